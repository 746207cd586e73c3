package tui

import (
	"strings"
	"testing"
)

// On a wide window the feedback page is centred, and its key line starts
// where the page starts, with "more below" or without it, as on the
// result, compare and trends screens.
func TestFeedbackKeyLineUnderThePage(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	s := feedbackStore(t, q, 4, 5, 2)
	for _, size := range [][2]int{{200, 24}, {200, 60}} {
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, size[0], size[1])
		d.press("e")
		lines := strings.Split(d.view(), "\n")
		page, keys := -1, -1
		for _, l := range lines {
			if strings.Contains(l, "Feedback from your team") {
				page = len(l) - len(strings.TrimLeft(l, " "))
			}
			if strings.Contains(l, "q back") || strings.Contains(l, "esc back") {
				keys = len(l) - len(strings.TrimLeft(l, " "))
			}
		}
		if page < 20 || keys < 0 {
			t.Fatalf("%dx%d: no centred page (%d) or no key line (%d):\n%s", size[0], size[1], page, keys, d.view())
		}
		if keys < page-2 || keys > page+2 {
			t.Errorf("%dx%d: the key line starts at column %d, the page at %d", size[0], size[1], keys, page)
		}
	}
}
