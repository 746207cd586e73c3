package store

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"go.etcd.io/bbolt"

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

// TestOpenCommitmentsPartlyReviewed: a commitment a review skipped stays
// open, alone, until a check-in reviews it too.
func TestOpenCommitmentsPartlyReviewed(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 9, 0, 0, 0, time.UTC) }
	first := assessment.Commitment{Facet: "trust", Practice: "p1", Objective: "listen first"}
	second := assessment.Commitment{Facet: "growth", Practice: "p2", Objective: "one point after each review"}
	for _, tc := range []struct {
		name string
		// reviews: per check-in after the one that committed, the
		// commitments it reviewed.
		reviews [][]assessment.Commitment
		want    []assessment.Commitment // nil: none open
	}{
		{"none reviewed", [][]assessment.Commitment{nil}, []assessment.Commitment{first, second}},
		{"first reviewed, second skipped", [][]assessment.Commitment{{first}}, []assessment.Commitment{second}},
		{"second reviewed, first skipped", [][]assessment.Commitment{{second}}, []assessment.Commitment{first}},
		{"both reviewed at once", [][]assessment.Commitment{{first, second}}, nil},
		{"one each time", [][]assessment.Commitment{{first}, {second}}, nil},
		{"one, then nothing", [][]assessment.Commitment{{first}, nil}, []assessment.Commitment{second}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(filepath.Join(t.TempDir(), "h.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			committed := assessment.CheckIn{TakenAt: day(1), Answers: map[string]int{"a": 3}}
			if err := s.Save(&committed, testQuestionnaire()); err != nil {
				t.Fatal(err)
			}
			if err := s.SetCommitments(committed.ID, []assessment.Commitment{first, second}); err != nil {
				t.Fatal(err)
			}
			for i, cs := range tc.reviews {
				r := assessment.CheckIn{TakenAt: day(i + 2), Answers: map[string]int{"a": 3}}
				for _, c := range cs {
					r.Reviews = append(r.Reviews, assessment.Review{CheckIn: committed.ID, Commitment: c, Progress: assessment.Done})
				}
				if err := s.Save(&r, testQuestionnaire()); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.OpenCommitments(time.Time{})
			switch {
			case err != nil:
				t.Fatal(err)
			case tc.want == nil && got != nil:
				t.Errorf("open = %s with %v, want none", got.ID, got.Commitments)
			case tc.want != nil && (got == nil || got.ID != committed.ID || !slices.Equal(got.Commitments, tc.want)):
				t.Errorf("open = %+v, want %s with %v", got, committed.ID, tc.want)
			}
		})
	}
}

// TestMayCommit: a record is passed over only when it neither makes nor
// reviews a commitment, however its own text speaks of them.
func TestMayCommit(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "h.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	c := assessment.Commitment{Facet: "trust", Practice: "p", Objective: `"commitments":[]`}
	talk := `I wrote "commitments": [] and "reviews": [] on the board.`
	for _, tc := range []struct {
		name string
		r    assessment.CheckIn
		want bool
	}{
		{"neither", assessment.CheckIn{}, false},
		{"a note and a reflection that name them", assessment.CheckIn{Note: talk, Reflection: talk}, false},
		{"commitments", assessment.CheckIn{Commitments: []assessment.Commitment{c}}, true},
		{"reviews", assessment.CheckIn{Note: talk, Reviews: []assessment.Review{{CheckIn: "20260101-090000-1", Commitment: c, Progress: assessment.Done}}}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r
			r.TakenAt, r.Answers = time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), map[string]int{"a": 3}
			if err := s.Save(&r, testQuestionnaire()); err != nil {
				t.Fatal(err)
			}
			k, _ := parseID(r.ID)
			var v []byte
			s.db.View(func(tx *bbolt.Tx) error {
				v = slices.Clone(tx.Bucket(bucketCheckins).Get(k))
				return nil
			})
			if got := mayCommit(v); got != tc.want {
				t.Errorf("mayCommit(%s) = %v, want %v", v, got, tc.want)
			}
		})
	}
}
