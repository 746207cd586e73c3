package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestOpenCommitments(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	c := assessment.Commitment{Facet: "trust", Practice: "p", Objective: "o"}
	for _, tc := range []struct {
		name string
		// recs: per check-in, whether it commits and whether it reviews
		// the first one's commitments.
		commits, reviews []bool
		before           time.Time
		want             int // index of the open check-in, -1 for none
	}{
		{"none made", []bool{false, false}, []bool{false, false}, time.Time{}, -1},
		{"latest made them", []bool{true}, []bool{false}, time.Time{}, 0},
		{"skipped by a file check-in stay open", []bool{true, false, false}, []bool{false, false, false}, time.Time{}, 0},
		{"reviewed later are closed", []bool{true, false}, []bool{false, true}, time.Time{}, -1},
		{"back-filled before the review", []bool{true, false}, []bool{false, true}, day(2), 0},
		{"newer commitments win", []bool{true, true}, []bool{false, false}, time.Time{}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(filepath.Join(t.TempDir(), "h.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var ids []string
			for i := range tc.commits {
				r := assessment.CheckIn{TakenAt: day(i + 1), Answers: map[string]int{"a": 3}}
				if tc.reviews[i] {
					r.Reviews = []assessment.Review{{CheckIn: ids[0], Commitment: c, Progress: assessment.Done}}
				}
				if err := s.Save(&r, testQuestionnaire()); err != nil {
					t.Fatal(err)
				}
				if tc.commits[i] {
					if err := s.SetCommitments(r.ID, []assessment.Commitment{c}); err != nil {
						t.Fatal(err)
					}
				}
				ids = append(ids, r.ID)
			}
			got, err := s.OpenCommitments(tc.before)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.want < 0 && got != nil:
				t.Errorf("open = %s, want none", got.ID)
			case tc.want >= 0 && (got == nil || got.ID != ids[tc.want]):
				t.Errorf("open = %v, want %s", got, ids[tc.want])
			}
		})
	}
}
