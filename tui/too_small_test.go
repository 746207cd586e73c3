package tui

import (
	"reflect"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// Below the smallest window q, esc and ctrl+c quit wherever quitting
// loses nothing, and the notice says so; a check-in kept as a draft is
// left exactly as ctrl+c leaves it. Where quitting would lose answers
// (no draft is kept), q and esc do nothing and only ctrl+c quits.
func TestTooSmallQuitKeys(t *testing.T) {
	for _, c := range []struct {
		name    string
		take    bool // on the statements rather than the home screen
		drafts  bool // the check-in is kept as a draft
		answers []string
		w, h    int
		key     string
		notice  string
		quits   bool
	}{
		{"home q", false, false, nil, 40, 10, "q",
			"Make the window at least 60×20 — it is 40×10 now. q to quit.", true},
		{"home esc", false, false, nil, 59, 24, "esc",
			"Make the window at least 60×20 — it is 59×24 now. q to quit.", true},
		{"home other key", false, false, nil, 80, 19, "t",
			"Make the window at least 60×20 — it is 80×19 now. q to quit.", false},
		{"draft q", true, true, []string{"4", "5"}, 60, 19, "q",
			"Make the window at least 60×20 — it is 60×19 now. q to quit; this check-in is kept as a draft.", true},
		{"draft esc", true, true, []string{"4", "5", "s"}, 30, 8, "esc",
			"Make the window at least 60×20 — it is 30×8 now. q to quit; this check-in is kept as a draft.", true},
		{"nothing answered", true, false, nil, 59, 20, "q",
			"Make the window at least 60×20 — it is 59×20 now. q to quit.", true},
		{"no draft q", true, false, []string{"4"}, 59, 20, "q",
			"Make the window at least 60×20 — it is 59×20 now. ctrl+c quits, losing what is not saved yet.", false},
		{"no draft esc", true, false, []string{"4"}, 59, 20, "esc",
			"Make the window at least 60×20 — it is 59×20 now. ctrl+c quits, losing what is not saved yet.", false},
		{"no draft ctrl+c", true, false, []string{"4"}, 59, 20, "ctrl+c",
			"Make the window at least 60×20 — it is 59×20 now. ctrl+c quits, losing what is not saved yet.", true},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}
			if c.drafts {
				opts, _ = draftOptions(t, opts.Store)
			}
			if c.take {
				opts.Start = ScreenTake
			}
			d := newDriver(t, opts, 80, 24)
			d.press(c.answers...)
			before, _ := loadDraftIf(t, opts.DraftPath)
			d.send(tea.WindowSizeMsg{Width: c.w, Height: c.h})
			mustContain(t, d.view(), c.notice)
			d.press(c.key)
			if d.quit != c.quits {
				t.Fatalf("%s at %d×%d: quit = %v, want %v", c.key, c.w, c.h, d.quit, c.quits)
			}
			after, _ := loadDraftIf(t, opts.DraftPath)
			if !reflect.DeepEqual(before, after) {
				t.Errorf("the draft changed on quitting:\n%+v\nwant\n%+v", after, before)
			}
			if c.drafts && len(after.Answers) != 2 {
				t.Errorf("draft holds %d answers, want 2", len(after.Answers))
			}
		})
	}
}

// loadDraftIf is the draft at path, or none when the test keeps none.
func loadDraftIf(t *testing.T, path string) (assessment.Draft, bool) {
	t.Helper()
	if path == "" {
		return assessment.Draft{}, false
	}
	return loadDraft(t, path)
}
