package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// loopCaseSizes are the window sizes the practice loop's goldens show.
var loopCaseSizes = [][2]int{{80, 24}, {160, 48}, {200, 50}}

// loopCaseFinal stops the program where it is and returns its last screen.
func loopCaseFinal(t *testing.T, tm *teatest.TestModel) []byte {
	t.Helper()
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	return []byte(tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).View())
}

// The review of the last check-in's commitments, the first answered and
// its note being written.
func TestGoldenLoopReview(t *testing.T) {
	for _, size := range loopCaseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			loopCaseSeedCommitted(t, s, q, oct12)
			opts := appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}
			tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(size[0], size[1]))
			waitFor(t, tm, "Commitment 1 of 2")
			tm.Type("3")
			waitFor(t, tm, "Anything to add?")
			tm.Type("Ran two demos")
			waitFor(t, tm, "Ran two demos")
			teatest.RequireEqualOutput(t, loopCaseFinal(t, tm))
		})
	}
}

// Picking what to work on after the result, two of three picked.
func TestGoldenLoopFocus(t *testing.T) {
	for _, size := range loopCaseSizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			opts := appOptions{Questionnaire: loopCaseQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}
			tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(size[0], size[1]))
			tm.Type(driverAnswers)
			waitFor(t, tm, "Looking back")
			tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			waitFor(t, tm, "Anything to remember")
			tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			waitFor(t, tm, "saved")
			tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
			waitFor(t, tm, "Pick one to three")
			tm.Type("13")
			waitFor(t, tm, "2 of 3 picked")
			teatest.RequireEqualOutput(t, loopCaseFinal(t, tm))
		})
	}
}
