package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
)

// A step with a text field has no ? (it is typed), so a key line too
// wide for the window breaks instead of leaving keys out: at 60 columns
// the note lost "shift+tab back", which nothing else named.
func TestKeyLineWithoutHelpKeyBreaks(t *testing.T) {
	tests := []struct {
		w, h  int
		lines int // of the key line
	}{
		{80, 24, 1},
		{60, 20, 2},
	}
	for _, tt := range tests {
		d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}, tt.w, tt.h)
		d.press("4", "4", "4", "4", "4", "4", "4", "4")
		v := d.view()
		mustContain(t, v, "Anything to remember")
		lines := strings.Split(strings.TrimRight(v, "\n "), "\n")
		footer := lines[len(lines)-tt.lines:]
		mustContain(t, strings.Join(footer, "\n"), "enter continue", "alt+enter/ctrl+j new line", "shift+tab back", "esc leave")
		if tt.lines > 1 {
			mustNotContain(t, lines[len(lines)-tt.lines-1], "continue")
		}
		for _, l := range lines {
			if w := lipgloss.Width(l); w > tt.w {
				t.Errorf("%d×%d: a line is %d wide: %q", tt.w, tt.h, w, l)
			}
		}
	}
}
