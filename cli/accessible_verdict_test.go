package cli

import (
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestAccessibleVerdictWords: the accessible compare and show name a
// reliable change as the compare screen does, improvement or decline,
// rather than "a reliable change" either way.
func TestAccessibleVerdictWords(t *testing.T) {
	ref := assessment.Reference{SD: 15, Reliability: 0.8}
	dc := func(from, to float64) assessment.DimensionChange {
		return assessment.CompareDimension(assessment.Dimension{Reference: ref}, assessment.Scored(from), assessment.Scored(to))
	}
	compares := []struct {
		d    assessment.DimensionChange
		want string
	}{
		{dc(83, 58), "83, then 58: down 25, a reliable decline (a reliable change needs 18.6 points)"},
		{dc(50, 75), "50, then 75: up 25, a reliable improvement (a reliable change needs 18.6 points)"},
		{dc(60, 75), "60, then 75: up 15, within noise (a reliable change needs 18.6 points)"},
	}
	for _, tt := range compares {
		if got := dimensionChangeWords(tt.d); got != tt.want {
			t.Errorf("dimensionChangeWords = %q, want %q", got, tt.want)
		}
	}
	prev := &assessment.CheckIn{TakenAt: time.Date(2026, 10, 19, 9, 0, 0, 0, time.UTC)}
	shows := []struct {
		before, now float64
		want        string
	}{
		{83, 58, "58 out of 100, give or take 13, down 25 since 19 Oct, a reliable decline"},
		{50, 75, "75 out of 100, give or take 13, up 25 since 19 Oct, a reliable improvement"},
		{60, 75, "75 out of 100, give or take 13, up 15 since 19 Oct, within noise"},
	}
	for _, tt := range shows {
		got := scoreWords(assessment.Scored(tt.now), 13, assessment.Scored(tt.before), prev, ref)
		if got != tt.want {
			t.Errorf("scoreWords = %q, want %q", got, tt.want)
		}
	}
}
