package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// The hand readers give what encoding/json gives, or leave the text to it.
func TestQuickCommitmentsAndReviewsReadAsJSONDoes(t *testing.T) {
	for _, text := range []string{
		`null`, `[]`,
		`[{"facet":"f1","practice":"p","objective":"o"}]`,
		`[{"facet":"f1","item":"i2","practice":"p","objective":""},{"facet":"f2","practice":"","objective":"x y"}]`,
		`[{"facet":"f1","practice":"a \u003c b","objective":"o"}]`,
		`[{"facet":"f1","practice":"p","objective":"o","extra":1}]`,
		`[{"facet":"f1","item":"","practice":"p","objective":"o"}]`,
	} {
		var want []assessment.Commitment
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		var got []assessment.Commitment
		if quickCommitments([]byte(text), &got) && !reflect.DeepEqual(got, want) {
			t.Errorf("commitments %s: got %#v, want %#v", text, got, want)
		}
	}
	for _, text := range []string{
		`null`, `[]`,
		`[{"check_in":"a","commitment":{"facet":"f","practice":"p","objective":"o"},"progress":"done"}]`,
		`[{"check_in":"a","commitment":{"facet":"f","item":"i","practice":"p","objective":"o"},"progress":"some-progress","note":"n"},` +
			`{"check_in":"b","commitment":{"facet":"g","practice":"p","objective":"o"},"progress":"not-started"}]`,
		`[{"check_in":"a","commitment":{"facet":"f","practice":"p","objective":"o"},"progress":"done","note":"\"n\""}]`,
	} {
		var want []assessment.Review
		if err := json.Unmarshal([]byte(text), &want); err != nil {
			t.Fatal(err)
		}
		var got []assessment.Review
		if quickReviews([]byte(text), &got) && !reflect.DeepEqual(got, want) {
			t.Errorf("reviews %s: got %#v, want %#v", text, got, want)
		}
	}
	// The common form is read by hand, not left to encoding/json.
	var cs []assessment.Commitment
	if !quickCommitments([]byte(`[{"facet":"f1","practice":"p","objective":"o"}]`), &cs) {
		t.Error("a plain list of commitments was not read by hand")
	}
}
