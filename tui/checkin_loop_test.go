package tui

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// The practice loop's test helpers, and picking what to work on after the
// result (the review and the reflection are in flow_review_test.go).

// loopCaseQuestionnaire is the test questionnaire with practices and prompts.
// With driverAnswers it suggests, weakest first, Developing people (38),
// Trust and listening (75) and Clear objectives (88).
func loopCaseQuestionnaire(t testing.TB) *assessment.Questionnaire {
	t.Helper()
	return parseQuestionnaire(t, filepath.Join("testdata", "questions-guidance.yaml"))
}

// loopCaseCommitments are two commitments made in an earlier check-in: one in
// the person's own words, one that kept the suggested practice.
func loopCaseCommitments(q *assessment.Questionnaire) []assessment.Commitment {
	growth, _ := q.Facet("growth")
	objectives, _ := q.Facet("objectives")
	return []assessment.Commitment{
		{Facet: "growth", Practice: growth.Practices[0], Objective: "By the next check-in I will let Ana run the weekly demo."},
		{Facet: "objectives", Practice: objectives.Practices[0], Objective: objectives.Practices[0]},
	}
}

// loopCaseSeedCommitted saves an earlier check-in with loopCaseCommitments.
func loopCaseSeedCommitted(t *testing.T, s *store.Store, q *assessment.Questionnaire, at time.Time) assessment.CheckIn {
	t.Helper()
	rec := seed(t, s, q, "33344332", at)
	rec.Commitments = loopCaseCommitments(q)
	if err := s.SetCommitments(rec.ID, rec.Commitments); err != nil {
		t.Fatal(err)
	}
	return rec
}

// loopCaseStart opens a check-in from the command line on q and s.
func loopCaseStart(t *testing.T, q *assessment.Questionnaire, s *store.Store) *driver {
	t.Helper()
	return newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
}

// loopCaseToResult answers the statements and passes the reflection and the
// note with enter.
func loopCaseToResult(t *testing.T, d *driver) {
	t.Helper()
	answerAll(d, driverAnswers)
	mustContain(t, d.view(), "Looking back: what do you notice about how you led? (optional)")
	d.press("enter")
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
	d.press("enter")
	mustContain(t, d.view(), "✓ saved")
}

func loopCaseLatest(t *testing.T, s *store.Store) assessment.CheckIn {
	t.Helper()
	rec, ok, err := s.Latest()
	if err != nil || !ok {
		t.Fatalf("Latest() = %v, %v", ok, err)
	}
	return rec
}

func TestLoopFocusPickTwoAndWriteAnObjective(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	d := loopCaseStart(t, q, s)
	loopCaseToResult(t, d)
	mustContain(t, d.view(), "enter pick what to work on", "q quit")
	d.press("enter")
	mustContain(t, d.view(), "Pick one to three things to work on until your next check-in.",
		"› [ ] 1  Developing people", "Developing people is your lowest facet (38).",
		"Try: Each week, hand one task you would usually keep to a team member",
		"[ ] 2  Trust and listening", "[ ] 3  Clear objectives", "0 of 3 picked",
		"space/x pick", "1–3 pick", "enter continue", "q skip")
	// 1 and 3 by number; 2 on and off again with space and x.
	d.press("1", "3", "up", " ")
	mustContain(t, d.view(), "[x] 1  Developing people", "› [x] 2  Trust and listening", "[x] 3  Clear objectives")
	d.press("x")
	mustContain(t, d.view(), "› [ ] 2  Trust and listening", "2 of 3 picked")
	d.press("enter")
	mustContain(t, d.view(), "Objective 1 of 2", "> By the next check-in I will", "enter next")
	mustFocus(t, d.view(), "Developing people")
	mustNotContain(t, d.view(), "Trust and listening")
	d.typeText("let Ana run the weekly demo.")
	d.press("enter")
	mustContain(t, d.view(), "Objective 2 of 2", "enter save",
		"> By the next check-in I will let Ana run the weekly demo.")
	mustFocus(t, d.view(), "Clear objectives")
	d.press("enter") // the stem left as it is keeps the practice
	mustContain(t, d.view(), "✓ Saved 2 commitments. The next check-in starts by asking how they went.",
		"1. By the next check-in I will let Ana run the weekly demo.",
		"2. Write your team's three most important results", "enter/q quit")

	rec := loopCaseLatest(t, s)
	got, err := s.Get(rec.ID)
	if err != nil {
		t.Fatal(err)
	}
	objectives, _ := q.Facet("objectives")
	growth, _ := q.Facet("growth")
	want := []assessment.Commitment{
		{Facet: "growth", Practice: growth.Practices[0], Objective: "By the next check-in I will let Ana run the weekly demo."},
		{Facet: "objectives", Practice: objectives.Practices[0], Objective: objectives.Practices[0]},
	}
	if len(got.Commitments) != 2 || got.Commitments[0] != want[0] || got.Commitments[1] != want[1] {
		t.Errorf("commitments = %+v\nwant %+v", got.Commitments, want)
	}
	d.press("enter")
	if !d.quit {
		t.Error("enter after the confirmation should quit when started on the check-in")
	}
}

func TestLoopFocusEnterWithNothingPickedTakesTheHighlighted(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	d := loopCaseStart(t, q, s)
	loopCaseToResult(t, d)
	d.press("enter", "down", "enter")
	mustContain(t, d.view(), "Objective 1 of 1")
	mustFocus(t, d.view(), "Trust and listening")
	// Clearing the line also keeps the practice.
	d.press("esc")
	mustContain(t, d.view(), "[x] 2  Trust and listening") // back to the picks, pick kept
	d.press("enter")
	for range len(objectiveStem) {
		d.press("backspace")
	}
	d.press("enter")
	trust, _ := q.Facet("trust")
	if cs := loopCaseLatest(t, s).Commitments; len(cs) != 1 || cs[0].Objective != trust.Practices[0] {
		t.Errorf("commitments = %+v, want the practice as the objective", cs)
	}
}

func TestLoopFocusSkipSavesNoCommitments(t *testing.T) {
	for _, skip := range []string{"q", "esc"} {
		t.Run("from the result with "+skip, func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			d := loopCaseStart(t, q, s)
			loopCaseToResult(t, d)
			d.press(skip)
			if !d.quit {
				t.Errorf("%s on the result should quit as before", skip)
			}
			if cs := loopCaseLatest(t, s).Commitments; len(cs) != 0 {
				t.Errorf("commitments = %+v, want none", cs)
			}
		})
		t.Run("from the focus step with "+skip, func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 80, 24)
			d.press("enter")
			loopCaseToResult(t, d)
			d.press("enter", "1", skip)
			mustContain(t, d.view(), "Last check-in") // home
			if d.quit {
				t.Error("skipping a check-in started from home should go home")
			}
			if cs := loopCaseLatest(t, s).Commitments; len(cs) != 0 {
				t.Errorf("commitments = %+v, want none", cs)
			}
		})
	}
}

func TestLoopNoPracticesNoFocusStep(t *testing.T) {
	d := startTake(t)
	answerAll(d, driverAnswers)
	mustContain(t, d.view(), "Anything to remember") // and no reflection: no prompts
	d.press("enter")
	mustContain(t, d.view(), "enter/q quit")
	mustNotContain(t, d.view(), "pick what to work on")
	d.press("enter")
	if !d.quit {
		t.Error("enter on the result should quit as before when there is nothing to suggest")
	}
}

func TestLoopFocusFailedSaveIsShown(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	d := loopCaseStart(t, q, s)
	loopCaseToResult(t, d)
	d.press("enter", "1", "enter")
	_ = s.Close()
	d.press("enter")
	mustContain(t, d.view(), "✗ Your commitments were not saved: save commitments to",
		"Your check-in itself is saved. Press r to try again.", "r try again", "esc edit", "q leave without them")
	d.press("r")
	mustContain(t, d.view(), "✗ Your commitments were not saved")
	d.press("esc")
	mustContain(t, d.view(), "Objective 1 of 1")
	d.press("enter", "q")
	if !d.quit {
		t.Error("q should leave without the commitments")
	}
}
