package assessment

import (
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
)

// TestScoringScoresAsEvaluate: a Scoring gives what Evaluate gives, to the
// bit, into a result of its own or over the one it gave before, for
// answer sets of every kind: full, sparse, straight-lined, with "did not
// come up", off the questionnaire.
func TestScoringScoresAsEvaluate(t *testing.T) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	real, err := Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, q := range []*Questionnaire{real, twelve(12), twelve(3)} {
		s := NewScoring(q)
		var reused Result
		for n := range 500 {
			a := Answers{}
			for _, it := range q.Items {
				switch r := rng.IntN(10); {
				case r < n%4: // skipped, more often in some sets
				case r == 9 && n%3 == 0:
					a[it.ID] = NotApplicable
				case n%7 == 0:
					a[it.ID] = q.Scale.Max // straight-lined
				default:
					a[it.ID] = q.Scale.Min + rng.IntN(q.Scale.Max-q.Scale.Min+1)
				}
			}
			if n%11 == 0 {
				a["not-an-item"] = q.Scale.Min
			}
			want := Evaluate(q, a, nil)
			if got := s.Evaluate(a, nil); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s, answers %v:\nScoring  %+v\nEvaluate %+v", q.ID, a, got, want)
			}
			s.EvaluateInto(&reused, a, nil) // over the result of the set before
			if !reflect.DeepEqual(reused, want) {
				t.Fatalf("%s, answers %v:\nEvaluateInto %+v\nEvaluate     %+v", q.ID, a, reused, want)
			}
		}
	}
}
