package store

import (
	"errors"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// A listing finds each record by a cursor beside the summaries'; a
// summary whose record is gone is still a damaged check-in, whichever way
// the walk goes and wherever the gap is, and the check-ins before the gap
// are listed first.
func TestListingBesideFindsAMissingRecord(t *testing.T) {
	for _, gap := range []int{0, 1, 2} {
		for _, newestFirst := range []bool{false, true} {
			s := openTemp(t)
			ids := saveLoop(t, s)
			k, _ := parseID(ids[gap])
			if err := s.db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketCheckins).Delete(k) }); err != nil {
				t.Fatal(err)
			}
			var seen []string
			err := s.EachListed(newestFirst, func(c assessment.CheckIn) error {
				seen = append(seen, c.ID)
				return nil
			})
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("gap %d, newest first %v: err = %v, want damaged", gap, newestFirst, err)
			}
			want := gap
			if newestFirst {
				want = len(ids) - 1 - gap
			}
			if len(seen) != want {
				t.Errorf("gap %d, newest first %v: listed %v before the gap, want %d of them", gap, newestFirst, seen, want)
			}
		}
	}
}
