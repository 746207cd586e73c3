package assessment

import "testing"

// A judge worked out once raises the trap where TrapOf does: low, a
// reliable drop, neither, with a margin of the record's own or none.
func TestTrapJudgeIsTrapOf(t *testing.T) {
	q := mustMini(t)
	j := q.TrapJudge()
	low, _ := q.LowBand("relationships")
	scores := func(rel, res float64, margin ...float64) Scores {
		s := Scores{Dimensions: map[string]Score{"relationships": Scored(rel), "results": Scored(res)}}
		if len(margin) > 0 {
			s.Margins = map[string]float64{MarginKeyBalance: margin[0]}
		}
		return s
	}
	for _, tt := range []struct {
		s    Scores
		prev *Scores
	}{
		{scores(low-10, 90), nil}, {scores(low-10, low+4), nil}, {scores(90, 100), ptr(scores(90, 100))},
		{scores(60, 95), ptr(scores(95, 95))}, {scores(60, 95, 40), ptr(scores(95, 95))},
		{scores(low-10, low+4, 1), nil}, {Scores{}, nil}, {scores(60, 95), ptr(Scores{})},
	} {
		var prev *CheckIn
		before := Score{}
		if tt.prev != nil {
			prev = &CheckIn{Scores: *tt.prev}
			before = tt.prev.Dimensions[j.RelID]
		}
		want, _ := q.TrapOf(CheckIn{Scores: tt.s}, prev, Trend{})
		if got := j.Raised(tt.s, before); got != want.Raised {
			t.Errorf("scores %+v after %+v: judge %v, TrapOf %v", tt.s, tt.prev, got, want.Raised)
		}
	}
}
