package store

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// Summaries written with the texts of the numbers kept are written as
// without, whatever numbers came before: 0 and -0, the smallest and
// largest, numbers written with an exponent, and those refused.
func TestScoreTextsWriteAsAppendSummary(t *testing.T) {
	texts := scoreTexts{}
	values := []float64{0, math.Copysign(0, -1), 62.5, 100.0 / 3, 1e-7, 1e21, 5e-324, math.MaxFloat64, -12.5, math.NaN(), math.Inf(1)}
	for range 2 {
		for _, a := range values {
			for _, b := range values {
				sameWithTexts(t, texts, a, b)
			}
		}
	}
}

func FuzzScoreTexts(f *testing.F) {
	f.Add(58.333333333333336, 1e-7)
	f.Add(-0.0, 1e21)
	texts := scoreTexts{} // one for every input, as one goroutine of doctor keeps it
	f.Fuzz(func(t *testing.T, a, b float64) { sameWithTexts(t, texts, a, b) })
}

func sameWithTexts(t *testing.T, texts scoreTexts, a, b float64) {
	t.Helper()
	st := storedSummary{TakenAt: time.Unix(1_790_000_000, 0).UTC(), Balance: assessment.Scored(b),
		Dimensions: map[string]assessment.Score{"relationships": assessment.Scored(a), "results": {}},
		Facets:     map[string]assessment.Score{"trust": assessment.Scored(a), "b": assessment.Scored(b)}}
	want, wantOK := appendSummary(nil, st)
	got, ok := appendSummaryWith(nil, st, texts)
	if ok != wantOK || ok && !bytes.Equal(got, want) {
		t.Fatalf("%v, %v: with texts kept %s (%v), without %s (%v)", a, b, got, ok, want, wantOK)
	}
}
