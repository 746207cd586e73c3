package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// The compare screen's two header lines end in the same column, where
// the comparison under them ends, at every width.
func TestCompareHeaderLinesEndTogether(t *testing.T) {
	q := testQuestionnaire(t)
	for _, w := range []int{80, 120, 200} {
		s := openStore(t)
		dashSave(t, s, trendsRecords(q, 3))
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, w, 50)
		d.press("c")
		lines := strings.Split(d.view(), "\n")
		var ends []int
		for _, l := range lines {
			if strings.Contains(l, "Check-ins 2 and 3 of 3") || strings.Contains(l, "days apart") {
				ends = append(ends, lipgloss.Width(strings.TrimRight(l, " ")))
			}
		}
		if len(ends) != 2 || ends[0] != ends[1] {
			t.Errorf("%d columns: the header lines end at %v, want one column twice:\n%s", w, ends, d.view())
		}
	}
}
