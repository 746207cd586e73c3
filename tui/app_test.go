package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

func TestTooSmallThenRecoversWithAnswersKept(t *testing.T) {
	d := startTake(t)
	d.press("4", "5")
	d.send(tea.WindowSizeMsg{Width: 59, Height: 24})
	v := d.view()
	mustContain(t, v, "Make the window at least 60×20 — it is 59×24 now. ctrl+c quits, losing what is not saved yet.")
	mustNotContain(t, v, stmt2, "Statement 3 of 8")
	if lines := strings.Split(v, "\n"); len(lines) != 24 || lipgloss.Width(v) != 59 {
		t.Errorf("too-small notice should fill the 59×24 window, got %d lines, %d wide", len(lines), lipgloss.Width(v))
	}
	// Nothing on screen to act on, and no draft kept: ignored.
	d.press("1", "esc", "q", "left")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 19})
	mustContain(t, d.view(), "Make the window at least 60×20 — it is 80×19 now.")
	d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	v = d.view()
	mustContain(t, v, "Statement 3 of 8", stmt3)
	mustNotContain(t, v, "too small", "Leave this check-in?")
	d.press("left")
	if got := optionLine(t, d.view(), "Strongly agree"); got != "› ● 5  Strongly agree" {
		t.Errorf("answer given before the resize should be kept, got %q", got)
	}
}

func TestTooSmallCtrlCStillQuits(t *testing.T) {
	d := startTake(t)
	d.send(tea.WindowSizeMsg{Width: 40, Height: 10})
	d.press("ctrl+c")
	if !d.quit {
		t.Error("ctrl+c should quit even when the terminal is too small")
	}
}

func TestEveryScreenFitsTheWindow(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	answers := strings.Repeat("4253", 6)[:len(q.Items)]
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 36}, {160, 48}} {
		w, h := size[0], size[1]
		d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Now: newClock().now}, w, h)
		check := func(screen string) {
			t.Helper()
			v := d.view()
			if n := len(strings.Split(v, "\n")); n > h {
				t.Errorf("%d×%d %s: %d lines", w, h, screen, n)
			}
			for i, l := range strings.Split(v, "\n") {
				if lw := lipgloss.Width(l); lw > w {
					t.Errorf("%d×%d %s: line %d is %d wide: %q", w, h, screen, i, lw, l)
				}
			}
		}
		check("home")
		d.press("enter", "?")
		check("take with all keys")
		d.press("?")
		for i, r := range answers {
			check("take")
			if i == len(answers)-1 {
				d.press("esc")
				check("leave question")
				d.press("n")
			}
			d.press(string(r))
		}
		check("reflection")
		d.press("enter")
		check("note")
		d.press("enter")
		check("result")
		d.press("?")
		check("result with all keys")
		d.press("?", "enter")
		check("what to work on")
		d.press("enter")
		check("objective")
		d.press("esc", "q")
		check("home after")
	}
}

func TestThemeNoneHasNoColour(t *testing.T) {
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	none, dark := DefaultStyles("none"), DefaultStyles("dark")
	for name, s := range map[string]string{
		"error":  none.Error.Render("x"),
		"bar":    bar(none, none.Dimension[0], assessmentScore(50), 4),
		"cursor": none.OptionCursor.Render("x"),
	} {
		if strings.Contains(s, "38;2;") || strings.Contains(s, "48;2;") {
			t.Errorf("theme none: %s has colour: %q", name, s)
		}
	}
	if s := dark.Error.Render("x"); !strings.Contains(s, "38;2;248;113;113") {
		t.Errorf("theme dark: error should be coloured, got %q", s)
	}
}
