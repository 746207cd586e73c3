package tui

import (
	"slices"
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

// Between 60 and 79 columns the note's key line is wider than the room
// from the page's left edge: it breaks into even lines that start where
// the page does, not "esc leave" alone on the second line, nor one line
// two columns left of the page.
func TestKeyLineBreaksEvenUnderThePage(t *testing.T) {
	pair := []string{"enter continue • alt+enter/ctrl+j new line", "shift+tab back • esc leave"}
	one := []string{"enter continue • alt+enter/ctrl+j new line • shift+tab back • esc leave"}
	for _, tc := range []struct {
		w    int
		want []string
	}{
		{64, pair}, {70, pair}, {75, pair}, {79, one}, {80, one},
	} {
		d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}, tc.w, 24)
		d.press("4", "4", "4", "4", "4", "4", "4", "4")
		lines := strings.Split(strings.TrimRight(d.view(), "\n "), "\n")
		title := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "leadcheck · Check-in") })
		if title < 0 {
			t.Fatalf("%d columns: no title in\n%s", tc.w, strings.Join(lines, "\n"))
		}
		left := strings.Repeat(" ", strings.Index(lines[title], "leadcheck"))
		footer := lines[len(lines)-len(tc.want):]
		for i, want := range tc.want {
			if got := strings.TrimRight(footer[i], " "); got != left+want {
				t.Errorf("%d columns: key line %d\n%q\nwant\n%q", tc.w, i+1, got, left+want)
			}
		}
	}
}
