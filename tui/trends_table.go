package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/leadcheck/leadcheck/assessment"
)

// RenderTrendTable writes recs, the check-ins of a window oldest first, as
// the trends screen's table: the slopes in words, then one line per
// check-in with its date, both scores, the balance and the profile. It is
// plain text, for screen readers and files, with no chart.
func RenderTrendTable(q *assessment.Questionnaire, recs []assessment.CheckIn, width int, withFlagged bool) string {
	return RenderTrendTableOf(q, &TrendPoints{points: trendPoints(q, recs)}, width, withFlagged)
}

// RenderTrendTableOf is RenderTrendTable from the check-ins' summaries.
func RenderTrendTableOf(q *assessment.Questionnaire, p *TrendPoints, width int, withFlagged bool) string {
	if p.Len() == 0 {
		return "No check-ins to list."
	}
	v := trendView{q: q, st: DefaultStyles("none"), points: p.points, withFlagged: withFlagged, spoken: true}
	v.from, v.to = span(v.points[0].at, v.points[len(v.points)-1].at)
	return ansi.Strip(v.table(width))
}

// table lists every check-in in the window, after the slopes, as plain
// text: it reads aloud well and needs no colour. When the profile names
// do not fit beside the numbers they go on a line of their own, as cut
// names would not tell "Leaning on people" from "Leaning on results".
func (v trendView) table(width int) string {
	st, q := v.st, v.q
	relID, resID := q.RelationshipsDimension().ID, q.ResultsDimension().ID
	layout := "2 Jan 2006"
	if sameDay(v.points) {
		layout = "2 Jan 2006 15:04"
	}
	dateW := len(time.Date(2026, 9, 22, 23, 59, 0, 0, time.UTC).Format(layout))
	w := []int{dateW, max(3, len(relID)), max(3, len(resID)), len("balance")}
	met := v.anyMet()
	if met {
		w = append(w, len("met"))
	}
	numbers := func(cells ...string) string {
		line := padRight(cells[0], w[0])
		for i := 1; i < len(cells); i++ {
			line += "  " + padLeft(cells[i], w[i])
		}
		return line
	}
	left := lipgloss.Width(numbers(make([]string, len(w))...)) + 2
	below := left+longestProfile(v.points) > width
	row := func(prof string, cells ...string) string {
		if below {
			return numbers(cells...) + "\n" + strings.Repeat(" ", w[0]+2) + truncate(prof, width-w[0]-2)
		}
		return numbers(cells...) + "  " + prof
	}
	// Named as the history's columns are, so the two tables read alike.
	head := []string{"Date", historyTitle(relID), historyTitle(resID), "Balance"}
	if met {
		head = append(head, "Met")
	}
	lines := []string{v.slopes(width), "", st.Heading.Render(row("Profile", head...))}
	for i, p := range v.points {
		bal := assessment.ScoreText(p.bal)
		if p.bal.Valid {
			bal = assessment.Signed(p.bal.Value)
		}
		prof := p.profile
		if prof == "" {
			prof = assessment.NoScore
		}
		prof += v.rowMarks(i)
		cells := []string{p.at.Format(layout), assessment.ScoreText(p.rel), assessment.ScoreText(p.res), bal}
		if met {
			cells = append(cells, v.metMark(p))
		}
		lines = append(lines, row(prof, cells...))
	}
	if met {
		lines = append(lines, "", wrap(st.Muted, v.mark(v.st.Glyphs.Met, "Met")+" met: a commitment from the check-in before was reviewed as done", width))
	}
	return strings.Join(lines, "\n")
}

func longestProfile(ps []trendPoint) int {
	n := len("profile")
	for _, p := range ps {
		n = max(n, lipgloss.Width(p.profile))
	}
	return n
}

// sameDay reports whether two of the points were taken on one day, when
// the table needs the time to tell them apart.
func sameDay(ps []trendPoint) bool {
	for i := 1; i < len(ps); i++ {
		y1, m1, d1 := ps[i-1].at.Date()
		y2, m2, d2 := ps[i].at.Date()
		if y1 == y2 && m1 == m2 && d1 == d2 {
			return true
		}
	}
	return false
}
