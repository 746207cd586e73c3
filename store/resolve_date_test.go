package store

import (
	"errors"
	"testing"
	"time"
)

// A date names the check-ins shown on it, where each was taken, though
// ids are in UTC; a date on which none is shown is still an id prefix.
func TestGetByShownDate(t *testing.T) {
	s := openTemp(t)
	plus2, minus5 := time.FixedZone("", 2*3600), time.FixedZone("", -5*3600)
	save(t, s, time.Date(2026, 11, 20, 0, 30, 0, 0, plus2), "a")  // 20261119-223000-1, shown 20 Nov
	save(t, s, time.Date(2026, 11, 19, 9, 0, 0, 0, plus2), "b")   // 20261119-070000-2, shown 19 Nov
	save(t, s, time.Date(2026, 11, 10, 21, 0, 0, 0, minus5), "c") // 20261111-020000-3, shown 10 Nov
	save(t, s, time.Date(2026, 11, 12, 9, 0, 0, 0, time.UTC), "d")
	save(t, s, time.Date(2026, 11, 12, 15, 0, 0, 0, time.UTC), "e")

	tests := []struct {
		ref      string
		wantNote string
		wantErr  error
	}{
		{"20261120", "a", nil},
		{"20261119", "b", nil}, // shown on 19 Nov, though both ids begin 20261119
		{"20261110", "c", nil},
		{"20261111", "c", nil}, // shown on no check-in: the id prefix
		{"20261112", "", ErrAmbiguous},
		{"20261113", "", ErrNotFound},
	}
	for _, tt := range tests {
		r, err := s.Get(tt.ref)
		if !errors.Is(err, tt.wantErr) || r.Note != tt.wantNote {
			t.Errorf("Get(%s) = %q, %v; want %q, %v", tt.ref, r.Note, err, tt.wantNote, tt.wantErr)
		}
	}
}
