package tui

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/leadcheck/leadcheck/assessment"
)

// RenderTrendTable writes recs, the check-ins of a window oldest first, as
// the trends screen's table: the slopes in words, then one line per
// check-in with its date, both scores, the balance and the profile. It is
// plain text, for screen readers and files, with no chart.
func RenderTrendTable(q *assessment.Questionnaire, recs []assessment.CheckIn, width int) string {
	if len(recs) == 0 {
		return "No check-ins to list."
	}
	v := trendView{q: q, st: DefaultStyles("none"), points: trendPoints(q, recs)}
	v.from, v.to = span(v.points[0].at, v.points[len(v.points)-1].at)
	return ansi.Strip(v.table(width))
}
