package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// trendsGolden runs the real program from home with the clock at t0,
// types each key and waits for what only the screen it leads to shows,
// then quits with ctrl+c and compares the final screen.
func trendsGolden(t *testing.T, n, w, h int, steps ...[2]string) {
	t.Helper()
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, n)
	opts := appOptions{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }}
	tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(w, h))
	for _, st := range steps {
		tm.Send(keyMsg(st[0]))
		waitFor(t, tm, st[1])
	}
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
	teatest.RequireEqualOutput(t, []byte(final.View()))
}

// The trends screen with no check-ins, one, and twelve monthly ones
// irregularly spaced; and the twelve as a table.
func TestGoldenTrends(t *testing.T) {
	for _, n := range []int{0, 1, 12} {
		for _, size := range [][2]int{{80, 24}, {160, 48}, {200, 50}} {
			t.Run(fmt.Sprintf("%d/%dx%d", n, size[0], size[1]), func(t *testing.T) {
				until := "Per 30 days"
				if n == 0 {
					until = "No check-ins yet."
				}
				trendsGolden(t, n, size[0], size[1], [2]string{"g", until})
			})
		}
	}
	for _, size := range [][2]int{{80, 24}, {160, 48}, {200, 50}} {
		t.Run(fmt.Sprintf("table/%dx%d", size[0], size[1]), func(t *testing.T) {
			trendsGolden(t, 12, size[0], size[1], [2]string{"g", "Per 30 days"}, [2]string{"t", "Trends · table"})
		})
	}
	t.Run("map/80x24", func(t *testing.T) {
		trendsGolden(t, 12, 80, 24, [2]string{"g", "Per 30 days"}, [2]string{"m", "Trends · map"})
	})
}
