package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// dashSettings writes a settings file with the given YAML in a fresh
// directory and returns its path; empty YAML leaves the file missing.
func dashSettings(t testing.TB, yaml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "leadcheck", "settings.yaml")
	if yaml == "" {
		return path
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// dashCommitments are what the latest seeded check-in commits to.
var dashCommitments = []assessment.Commitment{
	{Facet: "growth", Practice: "Hand one task you would usually keep to a team member each week.",
		Objective: "Hand the release checklist to Priya and coach her through it."},
	{Facet: "trust", Practice: "Let each person finish, then sum up what they said before giving your view."},
}

// dashReviews are how the commitments of the check-in before went, as
// the latest seeded check-in reviewed them.
var dashReviews = []assessment.Review{
	{Commitment: assessment.Commitment{Facet: "objectives", Practice: "Share the three most important results by Monday.",
		Objective: "Share the quarter's top three results on one page."}, Progress: assessment.Done,
		Note: "Shared it on Tuesday; two people asked good questions."},
	{Commitment: assessment.Commitment{Facet: "momentum", Practice: "Answer any waiting decision within a working day.",
		Objective: "Answer every waiting decision within a day."}, Progress: assessment.SomeProgress},
	{Commitment: assessment.Commitment{Facet: "growth", Practice: "Agree one stretch task with each person."},
		Progress: assessment.NotStarted, Note: "No time in release month."},
}

// dashLoopRecords are the twelve monthly check-ins, the latest with a
// reflection, reviews of the commitments before and new commitments; the
// check-in before it met one of its own.
func dashLoopRecords(q *assessment.Questionnaire) []assessment.CheckIn {
	recs := trendsRecords(q, 12)
	last := &recs[len(recs)-1]
	last.Reflection = "Delivery held up; I cancelled two one-to-ones in release week."
	last.Reviews = dashReviews
	last.Commitments = dashCommitments
	recs[len(recs)-2].Reviews = []assessment.Review{{Progress: assessment.Done,
		Commitment: assessment.Commitment{Facet: "trust", Objective: "Keep every one-to-one."}}}
	return recs
}

// dashSave saves records into s, oldest first. They were answered with
// the current questionnaire, so no snapshot of it is needed.
func dashSave(t testing.TB, s *store.Store, recs []assessment.CheckIn) {
	t.Helper()
	for _, r := range recs {
		if err := s.Save(&r, nil); err != nil {
			t.Fatal(err)
		}
	}
}

// dashOpen starts the app on home with the clock standing at t0.
func dashOpen(t testing.TB, s *store.Store, settings string, w, h int) *driver {
	t.Helper()
	return newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: s, SettingsPath: settings,
		Now: func() time.Time { return t0 }}, w, h)
}

// dashFits fails if the view is taller or wider than the window.
func dashFits(t testing.TB, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Errorf("%d×%d: %d lines:\n%s", w, h, len(lines), v)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("%d×%d: line %d is %d wide: %q", w, h, i, lw, l)
		}
	}
}
