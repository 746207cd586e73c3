package assessment

import (
	"errors"
	"testing"
)

// A questionnaire's problems are listed as they come in the file, not
// facets' before items' as the checks go: here the items come first.
func TestQuestionnaireProblemsInFileOrder(t *testing.T) {
	src := `id: own
version: 1
title: Own
scale: {min: 1, max: 5, labels: [a, b, c, d, e]}
items:
  - {id: i1, facet: nope, text: "In {window}, I listened."}
  - {id: i2, facet: f1, text: "In {window}, I delivered."}
facets:
  - {id: f1, dimension: people, name: Trust}
  - {id: f2, dimension: ghost, name: Delivery}
dimensions:
  - {id: people, name: People}
  - {id: outcomes, name: Outcomes}
`
	_, err := Parse("q.yaml", []byte(src))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Parse = %v, want a validation error", err)
	}
	var lines []int
	for _, p := range ve.Problems {
		lines = append(lines, p.Line)
	}
	want := []int{6, 10, 10, 13}
	if len(lines) != len(want) {
		t.Fatalf("problems on lines %v, want %v:\n%v", lines, want, err)
	}
	for i := range want {
		if lines[i] != want[i] {
			t.Fatalf("problems on lines %v, want %v:\n%v", lines, want, err)
		}
	}
}
