package store

import (
	"errors"
	"maps"
	"reflect"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachForTrend gives what Scores gives without the reviews, for records
// with and without warnings and a met commitment, and for one stored in
// a form the field walk does not take; a flagged check-in whose record
// is gone is a damaged check-in, as it is to Scores.
func TestEachForTrendIsScoresWithoutReviews(t *testing.T) {
	s := openTemp(t)
	ids := saveLoop(t, s)
	met := newTestRecord(date(28, 9, 0, 0), "")
	met.Reviews = []assessment.Review{{CheckIn: ids[0], Progress: assessment.Done}}
	if err := s.Save(&met, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	quiet := newTestRecord(date(29, 9, 0, 0), "")
	quiet.Warnings = nil
	if err := s.Save(&quiet, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	k, _ := parseID(ids[2])
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketCheckins).Put(k, []byte(`{"schema":3,"warnings":[{"code":"c","message":"m"}],"taken_at":"2026-11-26T09:00:00Z"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.Scores()
	if err != nil {
		t.Fatal(err)
	}
	got, n, err := eachForTrend(s)
	if err != nil || len(got) != len(want) || n != len(want) {
		t.Fatalf("EachForTrend gave %d check-ins (%d told), %v; want %d", len(got), n, err, len(want))
	}
	flagged := 0
	for i := range want {
		want[i].Reviews = nil
		if got[i].Flagged() {
			flagged++
		}
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("EachForTrend's [%d] =\n%+v\nwant\n%+v", i, got[i], want[i])
		}
	}
	if flagged == 0 || flagged == len(got) {
		t.Errorf("%d of %d flagged: the test wants some of each", flagged, len(got))
	}

	if err := s.db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketCheckins).Delete(k) }); err != nil {
		t.Fatal(err)
	}
	if _, _, err := eachForTrend(s); !errors.Is(err, ErrDamaged) {
		t.Errorf("a flagged check-in without its record: err = %v, want damaged", err)
	}
}

// eachForTrend gathers what EachForTrend gives, each with its own
// scores, and the count it told.
func eachForTrend(s *Store) ([]assessment.CheckIn, int, error) {
	var out []assessment.CheckIn
	n := -1
	err := s.EachForTrend(func(count int) { n = count }, func(c assessment.CheckIn) error {
		c.Scores.Dimensions = maps.Clone(c.Scores.Dimensions)
		out = append(out, c)
		return nil
	})
	return out, n, err
}
