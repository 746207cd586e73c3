package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// historyGoldenSizes are the terminal sizes every golden is taken at.
var historyGoldenSizes = [][2]int{{80, 24}, {160, 48}, {200, 50}}

// historyStep types keys, then waits for text that only the screen they
// lead to shows, so the next keys reach that screen.
type historyStep struct{ keys, until string }

// historyGolden runs the real program on home, takes the steps, then quits
// with ctrl+c and compares the final screen.
func historyGolden(t *testing.T, opts appOptions, w, h int, steps ...historyStep) {
	t.Helper()
	opts.Now = func() time.Time { return t0 }
	tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(w, h))
	for _, st := range steps {
		for _, r := range st.keys {
			tm.Send(keyMsg(string(r)))
		}
		waitFor(t, tm, st.until)
	}
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	teatest.RequireEqualOutput(t, []byte(final.View()))
}

// The history: empty, one check-in, and twelve with the second row marked
// and the cursor on the third.
func TestGoldenHistory(t *testing.T) {
	for _, n := range []int{0, 1, 12} {
		for _, size := range historyGoldenSizes {
			t.Run(fmt.Sprintf("%d/%dx%d", n, size[0], size[1]), func(t *testing.T) {
				q := testQuestionnaire(t)
				s := openStore(t)
				historySeed(t, s, q, n)
				steps := []historyStep{{"h", "No check-ins yet"}}
				if n > 0 {
					steps = []historyStep{{"h", "Date"}}
				}
				if n == 12 {
					steps = append(steps, historyStep{"j j", "marked:"})
				}
				historyGolden(t, appOptions{Questionnaire: q, Store: s}, size[0], size[1], steps...)
			})
		}
	}
}

// The comparison from home: too few check-ins, the latest two of twelve,
// and two check-ins answered with different questionnaire versions.
func TestGoldenCompare(t *testing.T) {
	for _, n := range []int{0, 1, 12} {
		for _, size := range historyGoldenSizes {
			t.Run(fmt.Sprintf("%d/%dx%d", n, size[0], size[1]), func(t *testing.T) {
				q := testQuestionnaire(t)
				s := openStore(t)
				historySeed(t, s, q, n)
				until := "A comparison needs two check-ins"
				if n == 12 {
					until = "Scores"
				}
				historyGolden(t, appOptions{Questionnaire: q, Store: s}, size[0], size[1], historyStep{"c", until})
			})
		}
	}
	for _, size := range historyGoldenSizes {
		t.Run(fmt.Sprintf("versions/%dx%d", size[0], size[1]), func(t *testing.T) {
			q1, q2 := testQuestionnaire(t), compareQuestionnaireV2(t)
			s := openStore(t)
			historySeed(t, s, q1, 11)
			historySeedFrom(t, s, q2, 11, 1)
			steps := []historyStep{{"c", "Not compared"}}
			if size[0] == 80 { // the marks are at the end: scroll there
				steps = []historyStep{{"c", "Scores"}, {"G", "↑ end"}}
			}
			historyGolden(t, appOptions{Questionnaire: q2, Store: s}, size[0], size[1], steps...)
		})
	}
}
