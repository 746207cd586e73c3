package store

import (
	"reflect"
	"testing"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Read field by field, a check-in is what the whole record decodes to,
// for records as putRecord writes them (with a note that needs escapes)
// and one in another form, whatever is left out; score maps left out are
// nil.
func TestEachWithoutIsListWithout(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(1, 9, 0, 0), "a \"quoted\" <note>\non two lines")
	save(t, s, date(2, 9, 0, 0), "")
	other := save(t, s, date(3, 9, 0, 0), "")
	k, _ := parseID(other)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketCheckins).Put(k, []byte(`{"schema":2,"taken_at":"2026-11-03T09:00:00Z","answers":{"t1":3}}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, skip := range [][]string{nil, {"answers"}, {"answers", "note", "reflection", "commitments", "reviews"},
		{"answers", "scores.facets", "scores.facet_margins"}, {"scores.margins"}} {
		want, err := s.ListWithout(skip...)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			trimScores(&want[i].Scores, skip)
		}
		var got []assessment.CheckIn
		if err := s.EachWithout(func(c assessment.CheckIn) error { got = append(got, c); return nil }, skip...); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("without %v:\n got %+v\nwant %+v", skip, got, want)
		}
	}
}
