package store

import (
	"bytes"
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
// A record that neither makes nor reviews a commitment is passed over
// without being decoded, so a history without any costs a look at each.
func (s *Store) OpenCommitments(before time.Time) (*assessment.CheckIn, error) {
	var open *assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		reviewed := map[string][]assessment.Commitment{}
		c := b.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if !mayCommit(v) {
				continue
			}
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

// mayCommit reports whether the stored record v may make or review
// commitments: whether it has either key. Inside a JSON string a quote
// is escaped, so text that merely mentions them never hides a key; a
// record whose text does is only decoded for nothing.
func mayCommit(v []byte) bool {
	return bytes.Contains(v, []byte(`"commitments"`)) || bytes.Contains(v, []byte(`"reviews"`))
}
