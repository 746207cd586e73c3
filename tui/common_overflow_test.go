package tui

import (
	"strings"
	"testing"
)

// A page taller than the window keeps its top and stays centred across,
// so it does not jump left of its key line when a question opens below
// it: the title and the question start in the same column.
func TestTallPageStaysCentredAboveItsKeyLine(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 20}, {80, 24}, {120, 24}} {
		q := parseQuestionnaire(t, "../questions.yaml")
		d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Start: ScreenTake, Now: newClock().now}, size.w, size.h)
		for range q.Items {
			d.press("4")
		}
		mustContain(t, d.view(), "Looking back")
		d.press("esc")
		v := d.view()
		title, ask := columnOf(v, "leadcheck · Check-in"), columnOf(v, "┃ Leave this check-in?")
		if title < 0 || title != ask {
			t.Errorf("%dx%d: the title starts in column %d, the question in %d:\n%s", size.w, size.h, title, ask, v)
		}
	}
}

// columnOf is the column where s first starts on a line of view, or -1.
func columnOf(view, s string) int {
	for _, l := range strings.Split(view, "\n") {
		if i := strings.Index(l, s); i >= 0 {
			return len([]rune(l[:i]))
		}
	}
	return -1
}
