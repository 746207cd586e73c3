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

// A date with no check-in names the check-ins either side of it.
func TestGetByDateNamesTheNearest(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(10, 9, 0, 0), "a") // 20261110-090000-1
	save(t, s, date(20, 9, 0, 0), "b") // 20261120-090000-2
	tests := []struct{ ref, want string }{
		{"20261115", `the nearest are 20261110-090000-1 and 20261120-090000-2`},
		{"20261101", `the nearest is 20261110-090000-1`},
		{"20261125", `the nearest is 20261120-090000-2`},
	}
	for _, tt := range tests {
		_, err := s.Get(tt.ref)
		want := `check-in "` + tt.ref + `" not found: no check-in is shown on that date or has an id that begins so; ` + tt.want
		if !errors.Is(err, ErrNotFound) || err.Error() != want {
			t.Errorf("Get(%s) = %v\nwant %s", tt.ref, err, want)
		}
	}
}
