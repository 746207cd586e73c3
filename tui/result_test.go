package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// oct12 is when the seeded earlier check-in was taken.
var oct12 = time.Date(2025, 10, 12, 18, 30, 0, 0, time.UTC)

// seed saves an earlier check-in with the given answers, in item order.
func seed(t *testing.T, s *store.Store, q *assessment.Questionnaire, answers string, at time.Time) assessment.CheckIn {
	t.Helper()
	a := assessment.Answers{}
	for i, r := range answers {
		if r != '-' {
			a[q.Items[i].ID] = int(r - '0')
		}
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), at, "")
	if err := s.Save(&rec, q); err != nil {
		t.Fatal(err)
	}
	return rec
}

// "45342221" keys to relationships 4,3,4,2 (56) and results 5,4,4,5 (88):
// balance +31, the Driver profile, weakest facet Developing people (50).
const driverAnswers = "45342221"

func TestResultIsSavedAndShown(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, driverAnswers)
	d.press("enter")
	v := d.view()
	mustContain(t, v, "Check-in of Sat 29 Nov 2025, 09:00", "✓ saved",
		"Relationship-building", "56", "Results focus", "88",
		"+31", "leans results", "relationships", "results",
		"! Driver — the trap of this stage", "Your results are strong while your relationships are wearing thin.",
		"Try next", "Facets, weakest first")
	if line := optionLine(t, v, "Developing people"); !strings.HasPrefix(line, "▸ Developing people") ||
		!strings.HasSuffix(line, "38 ±19  weakest") {
		t.Errorf("the weakest facet should be marked: %q", line)
	}
	mustNotContain(t, v, "since", "not saved")

	recs, err := s.List()
	if err != nil || len(recs) != 1 {
		t.Fatalf("List() = %d records, %v; want 1", len(recs), err)
	}
	rec := recs[0]
	if rec.Answers["objectives-1"] != 5 || rec.Answers["momentum-2"] != 1 || len(rec.Answers) != 8 {
		t.Errorf("saved answers = %v", rec.Answers)
	}
	if rec.Profile == nil || rec.Profile.ID != "driver" {
		t.Errorf("saved profile = %+v, want driver", rec.Profile)
	}
	// The clock steps 3 s a reading. After the start: 8 answers, 7 more
	// statements shown, and the reading that stamps the result: 16 steps.
	if rec.DurationSeconds != 48 {
		t.Errorf("DurationSeconds = %v, want 48", rec.DurationSeconds)
	}
	for _, w := range rec.Warnings {
		if w.Code == assessment.WarnTooFast {
			t.Errorf("3 s a statement should not be too fast: %v", w)
		}
	}
	d.press("q")
	if !d.quit {
		t.Error("q on the result should quit when started on the check-in")
	}
}

func TestResultShowsChangeSinceEarlierCheckIn(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	// Earlier, keyed: relationships 3,3,2,3 (43.75, shown 44), results
	// 3,4,3,4 (62.5, shown 63), balance 18.75 (shown 19). Now 56, 88, +31.
	seed(t, s, q, "33344332", oct12)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, driverAnswers)
	d.press("enter")
	v := d.view()
	mustContain(t, v, "since 12 Oct")
	for label, change := range map[string]string{"Relationship-building": "+12", "Results focus": "+25", "Balance": "+12"} {
		line := optionLine(t, v, label+"  ")
		if !strings.HasSuffix(line, change) {
			t.Errorf("%s row should end in %s: %q", label, change, line)
		}
	}
}

func TestResultSaveFailureIsShown(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, driverAnswers)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	d.press("enter")
	v := d.view()
	mustContain(t, v, "✗ not saved", "✗ Your answers were not saved:", "database not open",
		"leaving this screen discards it")
	mustNotContain(t, v, "✓ saved")
	mustContain(t, v, "Driver") // the result itself still shows

	// In the narrowest window the time gives way to the status.
	d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	v = d.view()
	dashFits(t, v, 60, 20)
	if line := lineWith(v, "leadcheck · "); !strings.HasSuffix(line, "✗ not saved") ||
		!strings.Contains(line, "Check-in of Sat 29 Nov 2025 ") {
		t.Errorf("title at 60 columns: %q", line)
	}
}

func TestResultWithoutStoreSaysNothingSaved(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, driverAnswers)
	d.press("enter")
	mustContain(t, d.view(), "✗ not saved", "no database is open")
}

func TestResultScrollsWhenItDoesNotFit(t *testing.T) {
	q := testQuestionnaire(t)
	// A clock that never moves makes every answer instant: a too-fast
	// warning, at the bottom of the result.
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Start: ScreenTake, Now: func() time.Time { return t0 }}, 60, 20)
	answerAll(d, driverAnswers)
	d.press("enter")
	v := d.view()
	mustContain(t, v, "↓ more below", "↑/↓ scroll")
	mustNotContain(t, v, "Check your answers")
	if n := len(strings.Split(v, "\n")); n != 20 {
		t.Errorf("view is %d lines, want 20", n)
	}
	d.press("end")
	v = d.view()
	mustContain(t, v, "Check your answers", "Your typical answer took 0.0 s", "↑ end", "✓ saved")
	d.press("home")
	mustContain(t, d.view(), "↓ more below")
}

func TestResultEnterGoesHome(t *testing.T) {
	s := openStore(t)
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: s, Now: newClock().now}, 80, 24)
	d.press("t")
	answerAll(d, driverAnswers)
	d.press("enter", "enter")
	if d.quit {
		t.Fatal("enter on the result should go home when started from home")
	}
	mustContain(t, d.view(), "Last check-in", "Sat 29 Nov 2025", "today", "Driver", "+31 ±19 leans results", "1 check-in so far")
}

func TestRenderResultFitsWidth(t *testing.T) {
	q := testQuestionnaire(t)
	st := DefaultStyles("none")
	a := assessment.Answers{}
	for i, r := range driverAnswers {
		a[q.Items[i].ID] = int(r - '0')
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), t0, "A note that is long enough to need wrapping at the narrowest width we support.")
	prev := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), oct12, "")
	for _, w := range []int{56, 76, 100, 156} {
		out := RenderResult(q, rec, &prev, w, st)
		for i, l := range strings.Split(out, "\n") {
			if lipgloss.Width(l) > w {
				t.Errorf("width %d: line %d is %d wide: %q", w, i, lipgloss.Width(l), l)
			}
		}
		mustContain(t, out, "Check-in of Sat 29 Nov 2025, 09:00", "since 12 Oct", "Driver", "Your note")
	}
	// Two columns from wideFrom: the profile sits beside the scores.
	wide := RenderResult(q, rec, &prev, 156, st)
	// Relationships 56 are below the low band and results lead by more
	// than the margin: the trap rule's words come first in the profile.
	if line := optionLine(t, wide, "Relationship-building  "); !strings.Contains(line, "The trap of this stage") {
		t.Errorf("at 156 columns the profile text should be beside the scores: %q", line)
	}
}

// An old check-in keeps the names it was answered with, even after the
// questionnaire renames a facet.
func TestHistoryResultUsesTheQuestionnaireItWasAnsweredWith(t *testing.T) {
	old := testQuestionnaire(t)
	s := openStore(t)
	a := assessment.Answers{}
	for _, it := range old.Items {
		a[it.ID] = 4
	}
	oldFacet := old.Facets[0]
	rec := assessment.NewCheckIn(old, a, assessment.Evaluate(old, a, nil), t0, "")
	if err := s.Save(&rec, old); err != nil {
		t.Fatal(err)
	}
	cur := testQuestionnaire(t)
	cur.Facets[0].Name = "A renamed facet"
	cur.Hash = "changed"
	c := &common{styles: DefaultStyles("none"), q: cur, practice: appOptions{Questionnaire: cur, Store: s}.options().Practice,
		now: func() time.Time { return t0 }, width: 100, height: 40}
	v := viewResult(c, rec, nil).setSize(100, 40).view()
	mustContain(t, v, oldFacet.Name)
	mustNotContain(t, v, "A renamed facet")
}

// The balance meter's ends are named whole at every width the app runs
// at: when the meter is too narrow for both names they run on past it
// with arrows, rather than being cut to "re…" and "re…".
func TestResultNamesTheMeterEndsWhole(t *testing.T) {
	q := testQuestionnaire(t)
	from, to := compareRecord(q, historyAnswers(q, 10), oct12), compareRecord(q, historyAnswers(q, 11), t0)
	for w := 56; w <= 84; w++ {
		out := RenderResult(q, to, &from, w, DefaultStyles("none"))
		lines := strings.Split(out, "\n")
		for i, l := range lines {
			if !strings.HasPrefix(l, "Balance ") {
				continue
			}
			axis := lines[i+1]
			if !strings.Contains(axis, "relationships") || !strings.Contains(axis, "results") || lipgloss.Width(axis) > w {
				t.Errorf("width %d: meter's ends %q", w, axis)
			}
		}
	}
}
