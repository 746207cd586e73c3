package store

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// OpenCommitments is the check-in whose commitments are still to be
// reviewed by a check-in taken at before (zero: now): the latest check-in
// before it that made commitments, unless a check-in after that one
// already reviewed any of them. Nil when there is none. A check-in that
// reviewed nothing (one recorded from a file without review: entries, say)
// leaves them open for the next, so no commitment goes unreviewed because
// of how a check-in was taken.
func (s *Store) OpenCommitments(before time.Time) (*assessment.CheckIn, error) {
	recs, err := s.List()
	if err != nil {
		return nil, err
	}
	reviewed := map[string]bool{}
	for i := len(recs) - 1; i >= 0; i-- {
		r := recs[i]
		if !before.IsZero() && !r.TakenAt.Before(before) {
			continue
		}
		if len(r.Commitments) > 0 {
			if reviewed[r.ID] {
				return nil, nil
			}
			return &r, nil
		}
		for _, rv := range r.Reviews {
			reviewed[rv.CheckIn] = true
		}
	}
	return nil, nil
}
