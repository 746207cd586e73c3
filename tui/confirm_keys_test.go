package tui

import (
	"strings"
	"testing"
)

// A question's answer moves only with the arrow keys its buttons show, or
// with y and n. h and l, which back and move elsewhere, would flip it
// without a word on the key line: h pressed to go back turned "Stay" into
// "Leave", for the next enter to leave.
func TestQuestionKeepsItsAnswerOnLetters(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys []string
		want string
	}{
		{"h", []string{"h"}, "  Leave  › Stay"},
		{"l", []string{"l"}, "  Leave  › Stay"},
		{"h then enter", []string{"h", "enter"}, "Statement 2 of 8"},
		{"left", []string{"left"}, "› Leave    Stay"},
		{"left, right", []string{"left", "right"}, "  Leave  › Stay"},
	} {
		d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
		d.press("t", "4", "esc")
		mustContain(t, d.view(), "Leave this check-in?", "  Leave  › Stay")
		d.press(tc.keys...)
		if v := d.view(); !strings.Contains(v, tc.want) {
			t.Errorf("%s: want %q in\n%s", tc.name, tc.want, v)
		}
	}
}
