package tui

import (
	"strings"
	"testing"
	"time"
)

// The test questionnaire's statements, in order (testdata/questions.yaml).
const (
	stmt1 = "I let team members finish explaining a problem"
	stmt2 = "I set out in writing what my team needs to achieve"
	stmt3 = "I did a task myself that could have helped"
	stmt8 = "I left my team waiting days for a decision"
)

// startTake opens a check-in straight from the command line.
func startTake(t *testing.T) *driver {
	t.Helper()
	return newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
}

// optionLine finds the row of the scale showing answer x.
func optionLine(t *testing.T, view string, label string) string {
	t.Helper()
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, label) {
			return strings.TrimSpace(l)
		}
	}
	t.Fatalf("no option %q in view:\n%s", label, view)
	return ""
}

func TestTakeShowsStatementFacetScaleAndProgress(t *testing.T) {
	d := startTake(t)
	v := d.view()
	mustContain(t, v, "Statement 1 of 8", "Trust and listening", stmt1,
		"○ 1  Strongly disagree", "○ 5  Strongly agree", "1–5 answer", "esc leave")
	if got := optionLine(t, v, "Agree"); strings.HasPrefix(got, "›") {
		t.Errorf("nothing should be highlighted before a choice, got %q", got)
	}
}

func TestTakeNumberKeyAnswersAndMovesOn(t *testing.T) {
	d := startTake(t)
	d.press("4")
	mustContain(t, d.view(), "Statement 2 of 8", stmt2, "Clear objectives")
	mustNotContain(t, d.view(), stmt1)
	d.press("9", "0") // off the scale: ignored
	mustContain(t, d.view(), "Statement 2 of 8")
}

func TestTakeBackShowsEarlierAnswerAndChangesIt(t *testing.T) {
	for _, back := range []string{"left", "backspace", "b"} {
		t.Run(back, func(t *testing.T) {
			d := startTake(t)
			d.press("4", "5", back)
			v := d.view()
			mustContain(t, v, "Statement 2 of 8", stmt2)
			if got := optionLine(t, v, "Strongly agree"); got != "› ● 5  Strongly agree" {
				t.Errorf("earlier answer should be highlighted and marked, got %q", got)
			}
			d.press("2") // change it
			mustContain(t, d.view(), "Statement 3 of 8", stmt3)
			d.press(back)
			v = d.view()
			if got := optionLine(t, v, "Disagree"); got != "› ● 2  Disagree" {
				t.Errorf("changed answer should show, got %q", got)
			}
			if got := optionLine(t, v, "Strongly agree"); got != "○ 5  Strongly agree" {
				t.Errorf("old answer should be cleared, got %q", got)
			}
		})
	}
}

func TestTakeArrowsMoveHighlightAndEnterAnswers(t *testing.T) {
	d := startTake(t)
	d.press("enter") // nothing highlighted yet: nothing happens
	mustContain(t, d.view(), "Statement 1 of 8")
	d.press("down", "down", "j", "k")
	if got := optionLine(t, d.view(), "Disagree"); got != "› ○ 2  Disagree" {
		t.Fatalf("down, down, j, k should highlight 2, got %q", got)
	}
	d.press("up", "up", "up") // stops at the top
	if got := optionLine(t, d.view(), "Strongly disagree"); got != "› ○ 1  Strongly disagree" {
		t.Fatalf("up should stop at 1, got %q", got)
	}
	d.press("down", "enter")
	mustContain(t, d.view(), "Statement 2 of 8")
	d.press("up") // from nothing, up starts at the bottom
	if got := optionLine(t, d.view(), "Strongly agree"); got != "› ○ 5  Strongly agree" {
		t.Fatalf("up from nothing should highlight 5, got %q", got)
	}
	d.press("left")
	if got := optionLine(t, d.view(), "Disagree"); got != "› ● 2  Disagree" {
		t.Errorf("enter should have answered 2, got %q", got)
	}
}

func TestTakeNextMovesOnlyOverDealtWithStatements(t *testing.T) {
	d := startTake(t)
	d.press("right")
	mustContain(t, d.view(), "Statement 1 of 8") // nothing answered: stays
	d.press("3", "s", "left", "left")
	mustContain(t, d.view(), "Statement 1 of 8")
	d.press("right")
	mustContain(t, d.view(), "Statement 2 of 8") // answered
	d.press("n")
	mustContain(t, d.view(), "Statement 3 of 8") // skipped
	d.press("n")
	mustContain(t, d.view(), "Statement 3 of 8") // new: must be answered or skipped
}

func TestTakeSkipMarksStatementSkipped(t *testing.T) {
	d := startTake(t)
	d.press("s")
	mustContain(t, d.view(), "1 skipped · Statement 2 of 8", stmt2)
	d.press("left")
	mustContain(t, d.view(), stmt1, "Skipped. Answer it now, or press s to leave it skipped.")
	d.press("4")
	mustContain(t, d.view(), "Statement 2 of 8")
	mustNotContain(t, d.view(), "skipped")
}

func TestTakeTooManySkipsAsksForMoreBeforeResult(t *testing.T) {
	d := startTake(t)
	// Skip two of the four relationship statements (1 and 3): three of
	// four are needed.
	d.press("s", "4", "s", "4", "4", "4", "4", "4")
	v := d.view()
	mustContain(t, v, "Relationship-building needs 1 more answer before it can be scored (2 of 4 answered).",
		"Here is a statement you skipped", "Statement 1 of 8", stmt1)
	mustNotContain(t, v, "Anything to remember", "Results focus needs")
	// s again moves to the next skipped statement rather than out.
	d.press("s")
	mustContain(t, d.view(), "Statement 3 of 8", stmt3, "needs 1 more answer")
	d.press("2")
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
}

func TestTakeLeaveAsksFirst(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("enter", "4", "4", "4")
	for _, leave := range []string{"esc", "ctrl+c"} {
		d.press(leave)
		mustContain(t, d.view(), "Leave this check-in? Your 3 answers will be discarded — nothing is saved until the result appears.", "› Stay")
		d.press("4") // answers nothing while asking
		d.press("n")
		mustNotContain(t, d.view(), "Leave this check-in?")
		mustContain(t, d.view(), "Statement 4 of 8")
	}
	d.press("esc", "esc") // esc is "no" too
	mustContain(t, d.view(), "Statement 4 of 8")
	d.press("esc", "y")
	mustContain(t, d.view(), "A short check on how you balance people and results.") // home
	if d.quit {
		t.Error("leaving a check-in started from home should go home, not quit")
	}
}

func TestTakeLeaveFromCommandLineQuits(t *testing.T) {
	d := startTake(t)
	d.press("esc")
	mustContain(t, d.view(), "Leave this check-in? Nothing has been answered yet.", "› Stay")
	d.press("y")
	if !d.quit {
		t.Error("y should quit when started on the check-in")
	}
	d = startTake(t)
	d.press("ctrl+c", "ctrl+c")
	if !d.quit {
		t.Error("ctrl+c twice should quit")
	}
}

func TestTakeRecordsAnsweringTime(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
	d.press("4", "4", "left", "5") // a revisit is not timed again
	_, timings, started := d.checkIn().take().checkIn()
	if !started.Equal(t0) {
		t.Errorf("started = %v, want %v", started, t0)
	}
	for _, id := range []string{"trust-1", "objectives-1"} {
		if timings[id] != 3*time.Second {
			t.Errorf("timing of %s = %v, want 3s (one clock step from showing to answering)", id, timings[id])
		}
	}
}
