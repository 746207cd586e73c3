package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/leadcheck/leadcheck/assessment"
)

// What a narrow history table adds so that no row is mistaken for
// another and none goes unseen: the time on rows taken on the same day
// as a neighbour, where the date alone would make them look like one,
// and "more above" over the table and "more below" under it when rows
// are out of view there, in the words the result and compare screens use.

// historyDateTime is historyDateTerse with the time, for a row that
// shares its day with another.
const historyDateTime = "_2 Jan 2006 15:04"

// historySameDay says, for each record (in time order either way),
// whether the one before or after it was taken on the same day.
func historySameDay(recs []assessment.CheckIn) []bool {
	same := make([]bool, len(recs))
	for i := 1; i < len(recs); i++ {
		y1, m1, d1 := recs[i-1].TakenAt.Date()
		y2, m2, d2 := recs[i].TakenAt.Date()
		if y1 == y2 && m1 == m2 && d1 == d2 {
			same[i-1], same[i] = true, true
		}
	}
	return same
}

// historyRowDate is when r was taken, as its row shows it: a wide table
// always says the time, a narrow one only for a check-in that shares its
// day with another.
func historyRowDate(r assessment.CheckIn, wide, sameDay bool) string {
	switch {
	case wide:
		return r.TakenAt.Format(historyDateWide)
	case sameDay:
		return r.TakenAt.Format(historyDateTime)
	}
	return r.TakenAt.Format(historyDateTerse)
}

// anySameDay reports whether any two records share a day.
func anySameDay(recs []assessment.CheckIn) bool {
	for _, s := range historySameDay(recs) {
		if s {
			return true
		}
	}
	return false
}

// hiddenRows reports whether rows are out of view above or below. The
// table does not say which rows it shows, but the cursor's row is always
// among them and marked: its place on the page and in the list give the
// first row shown.
func (m historyModel) hiddenRows() (above, below bool) {
	lines := strings.Split(m.table.View(), "\n")
	if len(lines) < 2 {
		return false, false
	}
	at, shown := -1, 0
	for i, l := range lines[1:] { // the first line is the column titles
		l = ansi.Strip(l)
		if strings.TrimSpace(l) == "" {
			continue
		}
		shown++
		if strings.HasPrefix(l, m.c.styles.Glyphs.Cursor) {
			at = i
		}
	}
	if at < 0 {
		return false, false
	}
	first := m.table.Cursor() - at
	return first > 0, first+shown < len(m.table.Rows())
}

// pageMarkers are the markers for the rows out of view above and below
// the table, each "" when there are none.
func (m historyModel) pageMarkers() (above, below string) {
	st := m.c.styles
	up, down := m.hiddenRows()
	if up {
		above = st.Muted.Render("↑ more above")
	}
	if down {
		below = st.Muted.Render("↓ more below")
	}
	return above, below
}
