package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/leadcheck/leadcheck/assessment"
)

// Skipping statements 1 and 3 leaves relationship-building with two of
// four answers, short of the three it needs. After one pass over the two
// skipped statements the app asks, in the accessible flow's words, and f
// finishes with that side not scored, as `take --answers` would score it.
func TestTakeFinishesWithASideNotScored(t *testing.T) {
	q, s := testQuestionnaire(t), openStore(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	d.press("s", "4", "s", "4", "4", "4", "4", "4")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1, "Here is a statement you skipped")
	d.press("s")
	mustContain(t, d.view(), "Statement 3 of 8", stmt3)
	mustNotContain(t, d.view(), "Finish with")
	d.press("s") // the pass is over
	ask := "Finish with Relationship-building not scored, or answer the skipped statements again?"
	mustContain(t, d.view(), "Relationship-building needs 1 more answer before it can be scored (2 of 4 answered).",
		ask, "Finish › Answer again", "f finish • a answer again • esc leave")
	mustNotContain(t, d.view(), "Here is a statement you skipped")

	d.press("4", "s", "enter") // no answer while asking; enter is the button on view
	mustContain(t, d.view(), "Statement 1 of 8", stmt1, "Here is a statement you skipped")
	d.press("s", "s")
	mustContain(t, d.view(), ask)
	d.press("esc")
	mustContain(t, d.view(), "Leave this check-in?")
	d.press("n")
	mustContain(t, d.view(), ask)
	d.press("f")
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
	d.press("enter")
	mustContain(t, d.view(), "✓ saved", "Relationship-building ░", "not scored")

	recs, err := s.List()
	if err != nil || len(recs) != 1 {
		t.Fatalf("List() = %d, %v", len(recs), err)
	}
	got := recs[0].Scores
	want := assessment.Evaluate(q, recs[0].Answers, nil)
	if got.Dimensions["relationships"].Valid || !got.Dimensions["results"].Valid || got.Balance.Valid {
		t.Errorf("scores = %+v, want relationships and the balance not scored", got)
	}
	if got.Dimensions["results"] != want.Dimensions["results"] || len(recs[0].Answers) != 6 {
		t.Errorf("results %v from %d answers, want %v from 6", got.Dimensions["results"], len(recs[0].Answers), want.Dimensions["results"])
	}
}

// Answering a skipped statement in the pass is enough: no question.
func TestTakeShortSideAnsweredInThePass(t *testing.T) {
	d := startTake(t)
	d.press("s", "4", "s", "4", "4", "4", "4", "4", "s", "2")
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
}

// A side short through "did not come up" has nothing skipped to go back
// to: the app asks at once, and "answer again" leaves the person free to
// go back and change an answer.
func TestTakeShortThroughDidNotComeUp(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	var keys []string
	na := 0
	for _, it := range q.Items {
		if q.DimensionOf(it) == q.RelationshipsDimension().ID && na < 4 {
			keys, na = append(keys, "0"), na+1
			continue
		}
		keys = append(keys, "4")
	}
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
	d.press(keys...)
	v := d.view()
	mustContain(t, v, "Relationship-building needs 1 more answer before it can be scored (8 of 12 answered).",
		"Finish with Relationship-building not scored, or go back and change an answer?")
	d.press("a")
	mustContain(t, d.view(), "Press ← to go back to a statement and change its answer.", "Statement 24 of 24")
	mustNotContain(t, d.view(), "Finish with")
	first := 0
	for i, k := range keys {
		if k == "0" {
			first = i
			break
		}
	}
	d.press(strings.Split(strings.Repeat("left ", 23-first), " ")[:23-first]...)
	mustContain(t, d.view(), fmt.Sprintf("Statement %d of 24", first+1))
	d.press("3")
	mustContain(t, d.view(), "all statements done", "Looking back:")
}

// The question after the pass over the skipped statements, at 80×24 and
// 200×50: the key line under the question, both under the statement.
func TestGoldenFinishShort(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			opts := appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}
			tm := teatest.NewTestModel(t, New(opts.options()), teatest.WithInitialTermSize(size[0], size[1]))
			tm.Type("s4s44444")
			waitFor(t, tm, "you skipped")
			tm.Type("ss")
			waitFor(t, tm, "Answer again")
			teatest.RequireEqualOutput(t, loopCaseFinal(t, tm))
		})
	}
}

// The question fits the window down to the smallest one.
func TestFinishShortFitsTheWindow(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 40}, {200, 50}} {
		w, h := size[0], size[1]
		opts := appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}
		d := newDriver(t, opts, w, h)
		d.press("s", "4", "s", "4", "4", "4", "4", "4", "s", "s")
		v := d.view()
		mustContain(t, v, "Answer again", "f finish")
		lines := strings.Split(v, "\n")
		if len(lines) > h {
			t.Errorf("%d×%d: %d lines", w, h, len(lines))
		}
		for i, l := range lines {
			if lipgloss.Width(l) > w {
				t.Errorf("%d×%d: line %d is %d wide: %q", w, h, i, lipgloss.Width(l), l)
			}
		}
	}
}
