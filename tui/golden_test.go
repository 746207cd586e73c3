package tui

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// The golden tests run the real program. They compare the final screen,
// the model's last View, rather than the raw byte stream: the renderer
// skips frames depending on timing, so the stream differs from run to run
// while the screen does not. Regenerate with: go test ./tui/ -update

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// finish answers every statement with number keys, skips the note and
// waits for the saved result, then leaves with q.
func finish(t *testing.T, tm *teatest.TestModel, answers string) tea.Model {
	t.Helper()
	tm.Type(answers)
	waitFor(t, tm, "Anything to remember")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	waitFor(t, tm, "saved")
	tm.Type("q")
	return tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
}

func TestGoldenCheckIn(t *testing.T) {
	opts := appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}
	tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(80, 24))
	final := finish(t, tm, driverAnswers)
	teatest.RequireEqualOutput(t, []byte(final.View()))
}

// The result with an earlier check-in to compare with and a data-quality
// warning (a clock that never moves makes every answer instant).
func TestGoldenResult(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {160, 48}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			q := testQuestionnaire(t)
			s := openStore(t)
			seed(t, s, q, "33344332", oct12)
			opts := appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: func() time.Time { return t0 }}
			tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(size[0], size[1]))
			final := finish(t, tm, driverAnswers)
			teatest.RequireEqualOutput(t, []byte(final.View()))
		})
	}
}
