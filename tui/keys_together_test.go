package tui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// keysTogether is one key message holding several runes, as Bubble Tea
// delivers keys that arrive in one read.
func keysTogether(s string, paste bool) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: paste}
}

func TestKeysTogetherAnswerOneStatementEach(t *testing.T) {
	for _, paste := range []bool{false, true} {
		d := startTake(t)
		d.send(keysTogether("34", paste))
		if got := d.checkIn().take().answers; len(got) != 2 || got["trust-1"] != 3 || got["objectives-1"] != 4 {
			t.Errorf("paste=%v: answers = %v, want trust-1: 3, objectives-1: 4", paste, got)
		}
		mustContain(t, d.view(), "3 / 8", stmt3)
	}
}

func TestKeysTogetherFinishTheStatementsAndReachTheNote(t *testing.T) {
	d := startTake(t)
	d.send(keysTogether("45342221", false))
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
	if n := len(d.checkIn().take().answers); n != 8 {
		t.Errorf("%d answers recorded, want 8", n)
	}
}

func TestKeysTogetherOnHomeOpenTheCheckInThenAnswer(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.send(keysTogether("t4", false))
	mustContain(t, d.view(), "2 / 8", stmt2)
	if got := d.checkIn().take().answers["trust-1"]; got != 4 {
		t.Errorf("trust-1 = %d, want 4: the key after t belongs to the check-in", got)
	}
}

func TestKeysTogetherTypeIntoTextFields(t *testing.T) {
	d := startTake(t)
	answerAll(d, "45342221")
	d.send(keysTogether("Reorg ", false), keysTogether("month.", true))
	if got := d.checkIn().note().text(); got != "Reorg month." {
		t.Errorf("note = %q, want %q", got, "Reorg month.")
	}
}

func TestKeysTogetherStopAtQuit(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.send(keysTogether("qt", false))
	if !d.quit {
		t.Error("q on the home screen should quit, and the t after it be dropped")
	}
}
