package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func pasted(s string) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: true}
}

// Text pasted where no field takes it counts as keys typed, but a
// question about deleting, discarding or leaving is answered only by a
// key pressed for it: a paste holding "dy" must not delete a check-in.
func TestPastedKeysAnswerNoQuestion(t *testing.T) {
	d, s, _ := historyOpen(t, 3, 80, 24)
	for _, p := range []string{"dy", "y", "Y", "n"} {
		d.send(pasted(p))
		if recs, err := s.List(); err != nil || len(recs) != 3 {
			t.Fatalf("after pasting %q the store holds %d check-ins (%v); want all 3", p, len(recs), err)
		}
	}
	// The pasted d opened the question, which still waits for its answer.
	mustContain(t, d.view(), "Delete the check-in of", "y delete", "n/esc keep")
	d.press("y")
	if recs, err := s.List(); err != nil || len(recs) != 2 {
		t.Fatalf("a typed y left %d check-ins (%v); want 2", len(recs), err)
	}
}

// The same holds for leaving a check-in: a pasted y after esc stays.
func TestPastedKeysDoNotLeaveACheckIn(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("t", "4")
	mustContain(t, d.view(), "Statement 2 of 8")
	d.press("esc")
	mustContain(t, d.view(), "Leave this check-in?")
	d.send(pasted("y"))
	mustContain(t, d.view(), "Leave this check-in?")
	d.press("n")
	mustContain(t, d.view(), "Statement 2 of 8")
}
