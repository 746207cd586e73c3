package tui

import (
	"math"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// Eight heights over lo..hi: a value goes to round(7 × (v − lo)/(hi − lo)),
// so each height spans 100/7 ≈ 14.3 points of a score.
func TestSparkline(t *testing.T) {
	s := assessment.Scored
	none := assessment.Score{}
	for _, tc := range []struct {
		name   string
		scores []assessment.Score
		lo, hi float64
		want   string
	}{
		{"nothing", nil, 0, 100, ""},
		{"ends: 0 lowest, 100 highest", []assessment.Score{s(0), s(100)}, 0, 100, "▁█"},
		// 50 → 3.5 rounds up to 4; 14.3 → 1.0; 20 → 1.4 → 1; 93 → 6.51 → 7.
		{"middle rounds up", []assessment.Score{s(50), s(14.3), s(20), s(93)}, 0, 100, "▅▂▂█"},
		// 64 → 4.48 → 4; 65 → 4.55 → 5.
		{"either side of a step", []assessment.Score{s(64), s(65)}, 0, 100, "▅▆"},
		{"not scored is a gap", []assessment.Score{s(75), none, s(75)}, 0, 100, "▆ ▆"},
		{"outside the range is clamped", []assessment.Score{s(-5), s(120)}, 0, 100, "▁█"},
		// Balance on −100..+100: 0 → 3.5 → 4; +31 → 4.585 → 5; −27 → 2.555 → 3.
		{"balance", []assessment.Score{s(-100), s(0), s(31), s(-27), s(100)}, -100, 100, "▁▅▆▄█"},
		{"empty range draws low", []assessment.Score{s(50)}, 50, 50, "▁"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := sparkline(tc.scores, tc.lo, tc.hi); got != tc.want {
				t.Errorf("sparkline = %q, want %q", got, tc.want)
			}
		})
	}
}

// The sparkline's balance and scores stay inside 0..100 and ±100 however
// the numbers fall, so a glyph is always one of the eight.
func TestSparklineUsesOnlyItsTicks(t *testing.T) {
	var scores []assessment.Score
	for v := -150.0; v <= 150; v += 0.7 {
		scores = append(scores, assessment.Scored(v), assessment.Scored(math.Nextafter(v, 0)))
	}
	for _, r := range sparkline(scores, -100, 100) {
		if !strings.ContainsRune(string(sparkTicks), r) {
			t.Fatalf("sparkline drew %q", r)
		}
	}
}

func TestMeterPlacesMarker(t *testing.T) {
	st := DefaultStyles("none")
	// 9 cells, 25 points apart: a margin of 25 is one cell either side,
	// of 40 reaches the cells where -15 and 65 round to.
	for _, c := range []struct {
		b      assessment.Score
		margin float64
		want   string
	}{
		{assessment.Scored(0), 0, "├───●───┤"},
		{assessment.Scored(-100), 0, "●───┼───┤"},
		{assessment.Scored(100), 0, "├───┼───●"},
		{assessment.Scored(50), 0, "├───┼─●─┤"},
		{assessment.Score{}, 19, "├───┼───┤"},
		{assessment.Scored(50), 25, "├───┼═●═┤"},
		{assessment.Scored(25), 40, "├──═╪●══┤"}, // -15..65: cells 3..7
		{assessment.Scored(-100), 25, "●═──┼───┤"},
	} {
		if got := meter(st, c.b, c.margin, 10); got != c.want { // 10 is even: drawn 9 wide
			t.Errorf("meter(%v) = %q, want %q", c.b, got, c.want)
		}
	}
}
