package assessment

import (
	"reflect"
	"testing"
)

func TestReviewsByCommitment(t *testing.T) {
	a := Commitment{Facet: "trust", Practice: "Listen first", Objective: "Let each person finish"}
	b := Commitment{Facet: "delivery", Practice: "Track weekly", Objective: "Review the board on Fridays"}
	stranger := Commitment{Facet: "morale", Practice: "Say thanks"}
	c := CheckIn{ID: "20261102-090000-1", Commitments: []Commitment{a, b}}
	doneB := Review{CheckIn: c.ID, Commitment: b, Progress: Done, Note: "Every Friday"}
	for _, tt := range []struct {
		name    string
		reviews []Review
		want    []Review
	}{
		{"none given", nil, []Review{{}, {}}},
		{"the second answered", []Review{doneB}, []Review{{}, doneB}},
		{"another check-in's review is left out",
			[]Review{{CheckIn: "20261005-090000-1", Commitment: a, Progress: Done}}, []Review{{}, {}}},
		{"an unknown progress is left out",
			[]Review{{CheckIn: c.ID, Commitment: a, Progress: "maybe"}}, []Review{{}, {}}},
		{"a commitment not made here is left out",
			[]Review{{CheckIn: c.ID, Commitment: stranger, Progress: Done}, doneB}, []Review{{}, doneB}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.ReviewsByCommitment(tt.reviews); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}
