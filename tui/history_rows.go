package tui

import (
	btable "github.com/charmbracelet/bubbles/table"
	"github.com/charmbracelet/lipgloss"

	"github.com/leadcheck/leadcheck/assessment"
)

// historyRowMaker makes the table's rows only where the table draws
// them. The table widget draws no more than a page either side of its
// cursor, so of ten thousand rows a few dozen are ever seen at once, and
// making every row's texts was most of the time the screen took to lay
// them out. Rows not made yet are nil, which the widget never draws.
type historyRowMaker struct {
	st         Styles
	q          *assessment.Questionnaire
	recs       []assessment.CheckIn
	marked     string
	relW, resW int
	wide       bool
	rows       []btable.Row
}

func newHistoryRowMaker(st Styles, q *assessment.Questionnaire, recs []assessment.CheckIn, marked string, cols []btable.Column, wide bool) historyRowMaker {
	return historyRowMaker{st: st, q: q, recs: recs, marked: marked,
		relW: lipgloss.Width(cols[2].Title), resW: lipgloss.Width(cols[3].Title), wide: wide,
		rows: make([]btable.Row, len(recs))}
}

// fill makes the rows from..to (not included) that are not made yet,
// and reports whether it made any.
func (h historyRowMaker) fill(from, to int) bool {
	made := false
	for i := max(from, 0); i < min(to, len(h.rows)); i++ {
		if h.rows[i] == nil {
			h.rows[i] = h.row(i)
			made = true
		}
	}
	return made
}

// row is record i as a table row; the numbers are right-aligned under
// their titles.
func (h historyRowMaker) row(i int) btable.Row {
	g, r := h.st.Glyphs, h.recs[i]
	rel, res := h.q.RelationshipsDimension().ID, h.q.ResultsDimension().ID
	mark := " "
	if r.ID == h.marked {
		mark = g.Marked
	}
	profile := assessment.NoScore
	if r.Profile != nil {
		profile = truncate(r.Profile.Name, historyProfileMax)
	}
	return btable.Row{
		" " + mark + " ",
		historyRowDate(r, h.wide, h.sameDay(i)), // history_page.go
		padLeft(assessment.ScoreText(r.Scores.Dimensions[rel]), h.relW),
		padLeft(assessment.ScoreText(r.Scores.Dimensions[res]), h.resW),
		historyBalance(g, h.q, r.Scores.Balance, h.wide),
		profile,
		historyNote(g, r, h.wide),
	}
}

// sameDay reports whether the record before or after i was taken on
// the same day as it.
func (h historyRowMaker) sameDay(i int) bool {
	y, m, d := h.recs[i].TakenAt.Date()
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(h.recs) {
			continue
		}
		if y2, m2, d2 := h.recs[j].TakenAt.Date(); y == y2 && m == m2 && d == d2 {
			return true
		}
	}
	return false
}

// fillShown makes the rows the table draws around its cursor, and has
// it draw them again when any were missing: after the cursor moved.
func (m *historyModel) fillShown() {
	c, h := m.table.Cursor(), m.table.Height()
	if m.rows.fill(c-h, c+h) {
		m.table.UpdateViewport()
	}
}
