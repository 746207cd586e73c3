package tui

import (
	"fmt"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// The table's rows are made as they come into view; whatever the table
// draws, wherever its cursor goes, is what it draws with every row made.
func TestHistoryRowsMadeAsTheyComeIntoView(t *testing.T) {
	for _, w := range []int{80, 120} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			d, _, recs := historyOpen(t, 40, w, 20)
			check := func(step string) {
				t.Helper()
				m := d.root().screens[screenHistory].(historyModel)
				all := m
				all.rows = newHistoryRowMaker(m.c.styles, m.c.q, m.recs, m.marked, m.table.Columns(), w >= historyWideFrom)
				all.rows.fill(0, len(recs))
				all.table.SetRows(all.rows.rows)
				if got, want := m.table.View(), all.table.View(); got != want {
					t.Fatalf("after %s the table draws\n%s\nwant\n%s", step, got, want)
				}
			}
			check("opening")
			for i := range len(recs) + 2 {
				d.press("down")
				check(fmt.Sprintf("down %d", i+1))
			}
			for _, k := range []string{"g", "pgdown", "pgdown", "up", "G", "pgup", " ", "pgup", "k", "j"} {
				d.press(k)
				check(k)
			}
			for i := range 30 {
				d.send(tea.MouseMsg{Button: tea.MouseButtonWheelUp, Action: tea.MouseActionPress})
				check(fmt.Sprintf("wheel up %d", i+1))
			}
		})
	}
}
