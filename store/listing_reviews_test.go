package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// doneReviews gives the reviews whose progress is done, as decoding them
// all and keeping those would.
func TestDoneReviews(t *testing.T) {
	c := assessment.Commitment{Facet: "growth", Practice: `Say "well done" once a week.`}
	all := []assessment.Review{
		{CheckIn: "20261101-090000-1", Commitment: c, Progress: assessment.Done, Note: "kept it"},
		{CheckIn: "20261101-090000-1", Commitment: c, Progress: "some"},
		{CheckIn: "20261101-090000-1", Commitment: assessment.Commitment{Facet: "trust"}, Progress: assessment.Done},
	}
	for _, tc := range []struct {
		name string
		in   []assessment.Review
		want []assessment.Review
	}{
		{"none", nil, nil},
		{"one of each, and another done", all, []assessment.Review{all[0], all[2]}},
		{"none done", all[1:2], nil},
	} {
		b, err := json.Marshal(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		got, ok := doneReviews(b)
		if !ok || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: %+v, %v; want %+v", tc.name, got, ok, tc.want)
		}
	}
	if _, ok := doneReviews([]byte(`{"progress":"done"}`)); ok {
		t.Error("an object read as an array of reviews")
	}
}
