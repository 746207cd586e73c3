package tui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	btable "github.com/charmbracelet/bubbles/table"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The history table is plain text in fixed columns: the table widget
// truncates cells by counting characters, so styles cannot go inside them.
// From historyWideFrom columns the rows say in words what the narrow table
// says with glyphs and a legend.
const (
	historyWideFrom   = 100
	historyProfileMax = 24
	// historyNotePreview is as much of a note as a row ever shows: wider
	// than any terminal, and small enough that a note of megabytes costs
	// nothing to list.
	historyNotePreview = 300
	// historyDate names a check-in in sentences; the table pads the day
	// so that its dates line up, and a narrow one leaves the time to the
	// result screen, as check-ins are weeks apart.
	historyDate      = assessment.CheckInLayout
	historyDateWide  = "Mon _2 Jan 2006, 15:04"
	historyDateTerse = "_2 Jan 2006"
)

func (m historyModel) view() string {
	st := m.c.styles
	w := m.c.innerWidth()
	header := spread(st.Title.Render("leadcheck")+st.Subtitle.Render(" · History"), m.count(), w)
	footer := m.footer()
	switch {
	case !m.loaded:
		return m.c.screen(header, stack("", st.Muted.Render("Reading your history…")), footer)
	case m.err != nil:
		return m.c.screen(header, stack("", wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w)), footer)
	case len(m.recs) == 0:
		return m.c.screen(header, stack("", wrap(st.Text, "No check-ins yet. Press t to take your first one. "+
			nextHint(len(m.c.q.Items)), min(w, homeWidth))), footer)
	}
	above, below := m.pageMarkers() // history_page.go
	return m.c.screen(header, stack(padLeft(above, w), m.table.View(), padLeft(below, w)), footer)
}

func (m historyModel) count() string {
	if !m.loaded || m.err != nil || len(m.recs) == 0 {
		return ""
	}
	n := len(m.recs)
	return m.c.styles.Muted.Render(fmt.Sprintf("%d %s", n, plural(n, "check-in", "check-ins")))
}

// footer is the legend, then a question, a status or the marked row, then
// the keys.
func (m historyModel) footer() string {
	st := m.c.styles
	w := m.c.innerWidth()
	if m.deleting != "" {
		return joinVertical("", m.ask.footer(m.c, m.help))
	}
	note := ""
	switch {
	case m.status != "" && m.statusErr:
		note = wrap(st.Error, st.Glyphs.Error+" "+m.status, w)
	case m.status != "":
		note = wrap(st.Muted, m.status, w)
	case m.marked != "":
		note = wrap(st.Muted, st.Glyphs.Marked+" "+m.markedDate()+
			" marked: press c on another check-in to compare.", w)
	}
	legend := ""
	if m.loaded && len(m.recs) > 0 {
		legend = historyLegend(st, m.c.q, w, anyFlagged(m.recs))
	}
	return joinVertical(legend, note, m.c.helpView(m.help, m.keyMap()))
}

func (m historyModel) markedDate() string {
	for _, r := range m.recs {
		if r.ID == m.marked {
			return r.TakenAt.Format(historyDate)
		}
	}
	return ""
}

// layout fits the table between header and footer, and rebuilds its rows:
// after a load, a mark, a deletion or a resize.
func (m *historyModel) layout() {
	if m.c.width == 0 || !m.loaded {
		return
	}
	m.keys.empty, m.keys.single = len(m.recs) == 0, len(m.recs) == 1
	m.keys.narrow = m.c.innerWidth() < narrowHelp
	if m.ask != nil {
		m.ask.setWidth(m.c.innerWidth())
	}
	cursor := m.table.Cursor()
	cols, wide := historyColumns(m.c.q, m.recs, m.c.innerWidth())
	m.table.SetStyles(historyTableStyles(m.c.styles))
	m.table.SetColumns(cols)
	m.rows = newHistoryRowMaker(m.c.styles, m.c.q, m.recs, m.marked, cols, wide) // history_rows.go
	m.table.SetRows(m.rows.rows)
	m.table.SetWidth(m.c.innerWidth())
	const headerH = 2 // title, blank line
	m.table.SetHeight(max(2, m.c.height-headerH-1-height(m.footer())))
	m.table.SetCursor(cursor)
	m.fillShown()
}

// historyColumns sizes the columns to the width. A wide table gives the
// profile what its longest name needs and the note the rest; a narrow one
// gives the profile what is left, and drops it when even that is too
// little, as the result screen names it anyway.
func historyColumns(q *assessment.Questionnaire, recs []assessment.CheckIn, w int) ([]btable.Column, bool) {
	wide := w >= historyWideFrom
	rel := historyTitle(q.RelationshipsDimension().ID)
	res := historyTitle(q.ResultsDimension().ID)
	dateW, balW := len(historyDateTerse), len("Balance") // "−100 ←" is shorter
	if anySameDay(recs) {
		dateW = len(historyDateTime) // history_page.go
	}
	if wide {
		dateW = len(historyDateWide)
		balW = 7 + max(len(q.RelationshipsDimension().ID), len(q.ResultsDimension().ID), len("balanced"))
	}
	cols := func(gap, profileW, noteW int) []btable.Column {
		return []btable.Column{
			{Title: "", Width: 3}, // the cursor, the mark, a space
			{Title: "Date", Width: dateW + gap},
			{Title: rel, Width: lipgloss.Width(rel) + gap},
			{Title: res, Width: lipgloss.Width(res) + gap},
			{Title: "Balance", Width: balW + gap},
			{Title: "Profile", Width: profileW},
			{Title: "Note", Width: noteW},
		}
	}
	used := func(gap int) int {
		return 3 + dateW + lipgloss.Width(rel) + lipgloss.Width(res) + balW + 4*gap + len("Note")
	}
	if wide {
		profileW := len("Profile")
		for _, r := range recs {
			if r.Profile != nil {
				profileW = max(profileW, lipgloss.Width(truncate(r.Profile.Name, historyProfileMax)))
			}
		}
		profileW = min(profileW+2, w-used(2))
		return cols(2, profileW, w-used(2)-profileW+len("Note")), wide
	}
	for _, gap := range []int{2, 1} {
		if rest := w - used(gap); rest >= 8+gap {
			return cols(gap, min(rest, historyProfileMax+gap), len("Note")), wide
		}
	}
	return cols(1, 0, len("Note")), wide
}

// historyBalance is the signed balance and an arrow along the grid, from
// relationships (left) to results (right); wide tables name the side too.
func historyBalance(g Glyphs, q *assessment.Questionnaire, b assessment.Score, wide bool) string {
	if !b.Valid {
		return fmt.Sprintf("%4s", assessment.NoScore)
	}
	arrow, side := g.Even, assessment.LeanSide(q, b)
	switch q.LeanIn(b.Value) {
	case assessment.LeansResults:
		arrow = g.LeanRight
	case assessment.LeansRelationships:
		arrow = g.LeanLeft
	}
	s := padLeft(assessment.Signed(b.Value), 4) + " " + arrow
	if wide {
		s += " " + side
	}
	return s
}

// historyNote marks a note or a reflection, both written in the
// person's own words; a wide table shows how the note begins, or the
// reflection when there is no note.
func historyNote(g Glyphs, r assessment.CheckIn, wide bool) string {
	words := historyWords(g, r, wide)
	switch {
	case r.Flagged():
		return g.Warning + words
	case words == "":
		return ""
	}
	return " " + words
}

// historyWords is the note column without the flag.
func historyWords(g Glyphs, r assessment.CheckIn, wide bool) string {
	note := strings.TrimSpace(r.Note)
	if note == "" {
		note = strings.TrimSpace(r.Reflection)
	}
	if note == "" {
		return ""
	}
	if !wide {
		return g.Note
	}
	// Only the beginning is shown, read no further than a row can hold,
	// however long the note is.
	first, _, _ := strings.Cut(truncate(note, historyNotePreview), "␊")
	return g.Note + " " + first
}

// anyFlagged reports whether any check-in has a data-quality warning.
func anyFlagged(recs []assessment.CheckIn) bool {
	for _, r := range recs {
		if r.Flagged() {
			return true
		}
	}
	return false
}

// historyLegend explains the glyphs of a narrow table, and the flag of a
// check-in with data-quality warnings in any table that has one.
func historyLegend(st Styles, q *assessment.Questionnaire, w int, flagged bool) string {
	g := st.Glyphs
	flag := ""
	if flagged {
		flag = g.Warning + " data-quality warnings"
	}
	if w >= historyWideFrom {
		return wrap(st.Muted, flag, w)
	}
	rel, res := q.RelationshipsDimension().ID, q.ResultsDimension().ID
	legend := fmt.Sprintf("%s leans %s · %s leans %s · %s balanced · %s note or reflection", g.LeanLeft, rel, g.LeanRight, res, g.Even, g.Note)
	if lipgloss.Width(legend) > w {
		legend = fmt.Sprintf("%s %s · %s %s · %s balanced · %s note", g.LeanLeft, rel, g.LeanRight, res, g.Even, g.Note)
	}
	switch {
	case flag == "":
	case lipgloss.Width(legend+" · "+flag) <= w:
		legend += " · " + flag
	default:
		// The flag on a line of its own rather than the glyphs cut.
		legend += "\n" + flag
	}
	return wrap(st.Muted, legend, w)
}

// historyTableStyles draw the selected row with the cursor glyph as well as
// a style, so the selection shows without colour.
func historyTableStyles(st Styles) btable.Styles {
	cursor := st.Glyphs.Cursor
	return btable.Styles{
		Header: st.Muted,
		Cell:   st.Text,
		Selected: st.Selected.Transform(func(row string) string {
			_, size := utf8.DecodeRuneInString(row) // the blank kept for it
			return cursor + row[size:]
		}),
	}
}

// historyTitle capitalises a dimension id for a column title.
func historyTitle(id string) string {
	r, size := utf8.DecodeRuneInString(id)
	return strings.ToUpper(string(r)) + id[size:]
}
