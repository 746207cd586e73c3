package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

func wheelMsg(b tea.MouseButton) tea.MouseMsg {
	return tea.MouseMsg{Action: tea.MouseActionPress, Button: b}
}

func TestMouseClickOnAnswerPicksIt(t *testing.T) {
	d := startTake(t)
	lines := strings.Split(d.view(), "\n")
	y := -1
	for i, l := range lines {
		if strings.Contains(l, "4  Agree") {
			y = i
		}
	}
	if y < 0 {
		t.Fatalf("no option 4 in view:\n%s", d.view())
	}
	d.send(tea.MouseMsg{X: 5, Y: 0, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft}) // the header: nothing
	mustContain(t, d.view(), "Statement 1 of 8")
	d.send(tea.MouseMsg{X: 5, Y: y, Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	mustContain(t, d.view(), "Statement 2 of 8", stmt2)
	if got := d.checkIn().take().answers["trust-1"]; got != 4 {
		t.Errorf("clicked answer = %d, want 4", got)
	}
}

func TestMouseWheelScrollsResult(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Start: ScreenTake, Now: func() time.Time { return t0 }}, 60, 20)
	answerAll(d, driverAnswers)
	d.press("enter")
	mustNotContain(t, d.view(), "Check your answers")
	for range 20 {
		d.send(wheelMsg(tea.MouseButtonWheelDown))
	}
	mustContain(t, d.view(), "Check your answers", "↑ end")
	for range 20 {
		d.send(wheelMsg(tea.MouseButtonWheelUp))
	}
	mustContain(t, d.view(), "↓ more below")
}

func TestVimKeysMoveThroughStatements(t *testing.T) {
	d := startTake(t)
	d.press("4", "5", "h")
	mustContain(t, d.view(), "Statement 2 of 8", stmt2)
	d.press("h")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
	d.press("l")
	mustContain(t, d.view(), "Statement 2 of 8")
	d.press("k", "enter") // k moves the highlight up from the given 5
	if got := d.checkIn().take().answers["objectives-1"]; got != 4 {
		t.Errorf("answer after k enter = %d, want 4", got)
	}
}
