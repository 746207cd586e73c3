package store

import (
	"slices"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// OpenCommitments is the check-in whose commitments are still to be
// reviewed by a check-in taken at before (zero: now): the latest check-in
// before it that made commitments, holding only those no check-in after
// it has reviewed yet. Nil when there is none, or all are reviewed. A
// commitment skipped in a review ("review it next time") stays open, as
// does every one after a check-in that reviewed nothing (one recorded
// from a file without review: entries, say), so no commitment goes
// unreviewed because of how a check-in was taken.
//
// It reads the records back from the latest, and stops at the one it
// gives: the home screen asks on every visit, however long the history.
func (s *Store) OpenCommitments(before time.Time) (*assessment.CheckIn, error) {
	var open *assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		reviewed := map[string][]assessment.Commitment{}
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			if !before.IsZero() && !r.TakenAt.Before(before) {
				continue
			}
			if len(r.Commitments) > 0 {
				done := reviewed[r.ID]
				r.Commitments = slices.DeleteFunc(slices.Clone(r.Commitments), func(c assessment.Commitment) bool {
					return slices.Contains(done, c)
				})
				if len(r.Commitments) > 0 {
					open = &r
				}
				return nil
			}
			for _, rv := range r.Reviews {
				reviewed[rv.CheckIn] = append(reviewed[rv.CheckIn], rv.Commitment)
			}
		}
		return nil
	})
	return open, err
}
