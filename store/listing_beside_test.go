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
// are listed first. Summaries of the current form say all that is
// listed of a check-in without words (the second), so its record is not
// looked for then; doctor finds it gone.
func TestListingBesideFindsAMissingRecord(t *testing.T) {
	for _, current := range []bool{true, false} {
		for _, gap := range []int{0, 1, 2} {
			if current && gap == 1 {
				continue
			}
			for _, newestFirst := range []bool{false, true} {
				testListingBeside(t, current, gap, newestFirst)
			}
		}
	}
}

func testListingBeside(t *testing.T, current bool, gap int, newestFirst bool) {
	s := openTemp(t)
	ids := saveLoop(t, s)
	k, _ := parseID(ids[gap])
	err := s.db.Update(func(tx *bbolt.Tx) error {
		if !current {
			if err := tx.Bucket(bucketMeta).Put(keySummaryFormat, []byte("2")); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketCheckins).Delete(k)
	})
	if err != nil {
		t.Fatal(err)
	}
	var seen []string
	err = s.EachListed(newestFirst, func(c assessment.CheckIn) error {
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

// The head the listing looks for, from a check-in's id, is the head of
// its stored record.
func TestStoredHeadOf(t *testing.T) {
	for _, id := range []string{"20261001-080000-1", "19700101-000000-18446744073709551615", "21000101-000000-0"} {
		k, ok := parseID(id)
		if !ok {
			t.Fatalf("bad id %s", id)
		}
		if got, want := storedHeadOf(nil, formatID(k)), storedHead(nil, k); string(got) != string(want) {
			t.Errorf("storedHeadOf(%s) = %s, want %s", id, got, want)
		}
	}
}
