package store

import (
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// An imported id whose sequence is the largest 64-bit number must not make
// the sequence wrap and later saves replace the check-ins at 1, 2, ...
func TestSaveAfterMaxSequenceNeverOverwrites(t *testing.T) {
	s := openTemp(t)
	first := save(t, s, date(1, 9, 0, 0), "first")
	top := newTestRecord(date(2, 9, 0, 0), "top")
	top.ID = "20261102-090000-18446744073709551615"
	top.TakenAt = date(2, 9, 0, 0)
	if _, _, err := s.Import([]assessment.CheckIn{top}, nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		second int
		wantID string
	}{
		{"same second as the first check-in", 0, "20261101-090000-2"},
		{"a new second", 5, "20261101-090005-1"},
		{"again the first second", 0, "20261101-090000-3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := save(t, s, date(1, 9, 0, tt.second), tt.name); got != tt.wantID {
				t.Errorf("saved as %s, want %s", got, tt.wantID)
			}
		})
	}
	r, err := s.Get(first)
	if err != nil || r.Note != "first" {
		t.Errorf("first check-in = %q, %v; want it kept", r.Note, err)
	}
	full := newTestRecord(date(2, 9, 0, 0), "no room")
	err = s.Save(&full, testQuestionnaire())
	if err == nil || !strings.Contains(err.Error(), "no free id is left for a check-in taken at 2026-11-02T09:00:00Z") {
		t.Errorf("save in the full second = %v", err)
	}
	if n, _ := s.Count(); n != 5 {
		t.Errorf("Count = %d, want 5", n)
	}
}
