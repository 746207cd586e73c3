package tui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"github.com/leadcheck/leadcheck/assessment"
)

// The plain chart (NO_COLOR, or the trend command) labels the latest
// values with numbers alone, so no glyph beside the last point reads as
// one more check-in; the legend line above names the glyphs. Two close
// values on a chart of few rows land on one row, and their labels are
// kept on two.
func TestGoldenPlainChartLabels(t *testing.T) {
	q := testQuestionnaire(t)
	tests := []struct {
		name           string
		relSum, resSum int // of 4..20, POMP = 100 × (sum − 4) / 16
		rel, res       string
	}{
		{"close", 13, 14, "56", "63"},    // 56.25 and 62.5
		{"equal", 14, 14, "63", "63"},    // one cell, one glyph for both
		{"top", 20, 19, "100", "94"},     // the higher cannot move up
		{"bottom", 4, 5, "0", "6"},       // the lower is at the floor
		{"apart", 18, 6, "88", "13"},     // nothing to move
		{"reversed", 14, 13, "63", "56"}, // results below relationships
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first := trendsAnswers(q, 10, 10)
			last := trendsAnswers(q, tt.relSum, tt.resSum)
			recs := []assessment.CheckIn{
				assessment.NewCheckIn(q, first, assessment.Evaluate(q, first, nil), trendsDates[0], ""),
				assessment.NewCheckIn(q, last, assessment.Evaluate(q, last, nil), trendsDates[3], ""),
			}
			out := RenderTrend(q, recs, 60, 10, DefaultStyles("none"), true, false)
			teatest.RequireEqualOutput(t, []byte(out))
			chart := strings.SplitN(out, "Balance", 2)[0]
			rel := labelRows(chart, tt.rel)
			res := labelRows(chart, tt.res)
			if len(rel) == 0 || len(res) == 0 || (tt.rel == tt.res && len(rel) != 2) || (tt.rel != tt.res && rel[0] == res[0]) {
				t.Errorf("labels %s and %s not on two rows:\n%s", tt.rel, tt.res, chart)
			}
			if m := regexp.MustCompile(`[ox*] [ox*] \d`).FindString(out); m != "" {
				t.Errorf("a glyph beside a latest value: %q\n%s", m, out)
			}
		})
	}
}

// labelRows are the rows whose line ends in the label n.
func labelRows(chart, n string) []int {
	var rows []int
	for i, l := range strings.Split(chart, "\n") {
		l = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(l, " "), " (o)"), " (x)")
		if strings.HasSuffix(l, " "+n) {
			rows = append(rows, i)
		}
	}
	return rows
}
