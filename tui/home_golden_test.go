package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"

	"github.com/leadcheck/leadcheck/assessment"
)

// The home screen as the program opens on it, the clock at t0 and the
// settings in a fresh directory: the first-run form on an empty database
// with no settings yet, the welcome once they are saved; twelve
// monthly check-ins, the last nine days ago, not due on the default four
// weeks and overdue on a weekly cadence; and the same with a reflection,
// reviews and commitments.
func TestGoldenDashboard(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tc := range []struct {
		name     string
		recs     []assessment.CheckIn
		settings string
		until    string
	}{
		{"first", nil, "", "take your first"},
		{"welcome", nil, "cadence: 4w\n", "Press t to"},
		{"not-due", trendsRecords(q, 12), "", "Next check-in"},
		{"due", trendsRecords(q, 12), "cadence: 1w\n", "Next check-in"},
		{"commitments", dashLoopRecords(q), "", "Your commitments"},
	} {
		for _, size := range [][2]int{{80, 24}, {160, 48}, {200, 50}} {
			t.Run(fmt.Sprintf("%s/%dx%d", tc.name, size[0], size[1]), func(t *testing.T) {
				s := openStore(t)
				dashSave(t, s, tc.recs)
				opts := appOptions{Questionnaire: q, Store: s, SettingsPath: dashSettings(t, tc.settings),
					Now: func() time.Time { return t0 }}
				tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(size[0], size[1]))
				waitFor(t, tm, tc.until)
				tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
				final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second))
				teatest.RequireEqualOutput(t, []byte(final.View()))
			})
		}
	}
}
