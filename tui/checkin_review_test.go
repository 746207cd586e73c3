package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The review that opens a check-in, the reflection after the statements,
// back-filling, and how the loop's steps fit the window.

func TestLoopReviewMarksDoneWithNoteAndSavesIt(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	prev := loopCaseSeedCommitted(t, s, q, oct12)
	d := loopCaseStart(t, q, s)
	v := d.view()
	mustContain(t, v, "Commitment 1 of 2", "By the next check-in I will let Ana run the weekly demo.",
		"Committed on Sun 12 Oct 2025 · Developing people", "Suggested practice: Each week, hand one task",
		"How did it go?", "  1  Not started", "  2  Some progress", "  3  Done", "› Skip: review it next time",
		"1–3 answer", "esc leave")
	d.press("3")
	mustContain(t, d.view(), "How did it go? ● Done", "Anything to add?", "enter continue")
	d.typeText("She ran two of them.")
	d.press("enter")
	v = d.view()
	mustContain(t, v, "Commitment 2 of 2", "Write your team's three most important results", "Committed on Sun 12 Oct 2025 · Clear objectives")
	mustNotContain(t, v, "Suggested practice") // the objective is the practice
	d.press("down", "down", "enter")           // from the skip, round to some progress
	mustContain(t, d.view(), "How did it go? ● Some progress")
	d.press("enter")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
	loopCaseToResult(t, d)

	got := loopCaseLatest(t, s).Reviews
	cs := loopCaseCommitments(q)
	want := []assessment.Review{
		{CheckIn: prev.ID, Commitment: cs[0], Progress: assessment.Done, Note: "She ran two of them."},
		{CheckIn: prev.ID, Commitment: cs[1], Progress: assessment.SomeProgress},
	}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("reviews = %+v\nwant %+v", got, want)
	}
}

func TestLoopReviewBackAndForth(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	loopCaseSeedCommitted(t, s, q, oct12)
	d := loopCaseStart(t, q, s)
	d.press("1", "enter", "s") // not started, no note; skip the second
	mustContain(t, d.view(), "Statement 1 of 8")
	mustContain(t, d.view(), "←/h back") // to the commitments
	d.press("left")                      // back from the first statement: the last commitment
	mustContain(t, d.view(), "Commitment 2 of 2", "› Skip: review it next time", "←/h back")
	d.press("b")
	mustContain(t, d.view(), "Commitment 1 of 2", "How did it go? ● Not started", "Anything to add?") // answered: on its note
	d.press("down")                                                                                   // changes the answer while on the note
	mustContain(t, d.view(), "How did it go? ● Some progress", "Anything to add?")
	d.send(tea.KeyMsg{Type: tea.KeyShiftTab})
	mustContain(t, d.view(), "› 2  Some progress", "s skip")
	mustNotContain(t, d.view(), "←/h back") // the first commitment has none before it
	d.press("esc")
	mustContain(t, d.view(), "Leave this check-in? Your review of 1 commitment will be discarded")
	d.press("n", "2", "enter", "2", "enter")
	mustContain(t, d.view(), "Statement 1 of 8")
	d.press("esc", "y")
	if !d.quit {
		t.Error("leaving the check-in from the command line should quit")
	}
}

func TestLoopReviewEscAsksBeforeLeaving(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	loopCaseSeedCommitted(t, s, q, oct12)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 80, 24)
	d.press("enter")
	mustContain(t, d.view(), "Commitment 1 of 2")
	d.press("ctrl+c")
	mustContain(t, d.view(), "Leave this check-in? Nothing has been answered yet.", "› Stay")
	d.press("esc")
	mustNotContain(t, d.view(), "Leave this check-in?")
	d.press("esc", "y")
	mustContain(t, d.view(), "Last check-in") // home
}

func TestLoopNoCommitmentsStartsOnTheStatements(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	seed(t, s, q, "33344332", oct12)
	d := loopCaseStart(t, q, s)
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
	d.press("left")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
}

func TestLoopReflectionIsSaved(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	d := loopCaseStart(t, q, s)
	answerAll(d, driverAnswers)
	v := d.view()
	mustContain(t, v, "Looking back: what do you notice about how you led? (optional)",
		"• Who on your team learned something new this period, and how did you help?",
		"• How did trust on your team change these past weeks, and what part did you play?",
		"• What moved your team's results forward, and what held them back?",
		"enter continue", "alt+enter/ctrl+j new line", "shift+tab back", "esc leave")
	d.typeText("I coached less.")
	d.press("shift+tab") // back to the last statement, the text kept
	mustContain(t, d.view(), "Statement 8 of 8", stmt8)
	d.press("right")
	mustContain(t, d.view(), "I coached less.")
	d.press("alt+enter")
	d.typeText("Two demos went well.")
	d.press("enter")
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
	d.press("esc", "b") // the note goes back to the reflection
	mustContain(t, d.view(), "Looking back", "Two demos went well.")
	d.press("enter")
	d.typeText("Reorg.")
	d.press("enter")
	rec := loopCaseLatest(t, s)
	if rec.Reflection != "I coached less.\nTwo demos went well." || rec.Note != "Reorg." {
		t.Errorf("reflection = %q, note = %q", rec.Reflection, rec.Note)
	}
}

func TestLoopBackfilledCheckIn(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	before := loopCaseSeedCommitted(t, s, q, oct12)
	seed(t, s, q, "55555555", oct12.AddDate(0, 0, 30)) // after the back-filled date
	at := oct12.AddDate(0, 0, 7)                       // Sun 19 Oct 2025
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now, TakenAt: at}, 80, 24)
	// The review is of the check-in before the back-filled date.
	mustContain(t, d.view(), "leadcheck · Check-in for Sun 19 Oct 2025", "Commitment 1 of 2")
	d.press("s", "s")
	mustContain(t, d.view(), "leadcheck · Check-in for Sun 19 Oct 2025", "Statement 1 of 8")
	loopCaseToResult(t, d)
	mustContain(t, d.view(), "Check-in of Sun 19 Oct 2025", "since 12 Oct")

	recs, err := s.List()
	if err != nil || len(recs) != 3 {
		t.Fatalf("List() = %d, %v", len(recs), err)
	}
	rec := recs[1] // in time order, between the two seeded ones
	if !rec.TakenAt.Equal(at) || recs[0].ID != before.ID {
		t.Errorf("back-filled check-in taken at %v, want %v", rec.TakenAt, at)
	}
	if rec.DurationSeconds <= 0 {
		t.Errorf("DurationSeconds = %v, want the answering time", rec.DurationSeconds)
	}
	for _, w := range rec.Warnings {
		if w.Code == assessment.WarnTooFast {
			t.Errorf("3 s a statement should not be too fast: %v", w)
		}
	}
}

func TestLoopTooSmallKeepsTypedText(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	loopCaseSeedCommitted(t, s, q, oct12)
	d := loopCaseStart(t, q, s)
	d.press("3")
	d.typeText("half")
	d.send(tea.WindowSizeMsg{Width: 59, Height: 20})
	mustContain(t, d.view(), "Make the window at least 60×20 — it is 59×20 now.")
	d.press("x")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, d.view(), "> half", "Commitment 1 of 2")
	d.press("enter", "s")
	loopCaseToResult(t, d)
	d.press("enter", "1", "enter")
	d.typeText("coach Ana")
	d.send(tea.WindowSizeMsg{Width: 40, Height: 10})
	d.send(tea.WindowSizeMsg{Width: 160, Height: 48})
	mustContain(t, d.view(), "By the next check-in I will coach Ana")
}

// Every step of the loop fits the window, with the real questionnaire.
func TestLoopScreensFitTheWindow(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	answers := strings.Repeat("4253", 6)[:len(q.Items)]
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 36}, {160, 48}} {
		w, h := size[0], size[1]
		s := openStore(t)
		prev := seed(t, s, q, answers, oct12)
		long := strings.Repeat("By the next check-in I will do something rather long to say. ", 3)
		cs := []assessment.Commitment{{Facet: q.Facets[0].ID, Practice: q.Facets[0].Practices[0], Objective: long}}
		if err := s.SetCommitments(prev.ID, cs); err != nil {
			t.Fatal(err)
		}
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, w, h)
		check := func(screen string, wants ...string) {
			t.Helper()
			v := d.view()
			mustContain(t, v, wants...)
			if n := len(strings.Split(v, "\n")); n > h {
				t.Errorf("%d×%d %s: %d lines", w, h, screen, n)
			}
			for i, l := range strings.Split(v, "\n") {
				if lw := lipgloss.Width(l); lw > w {
					t.Errorf("%d×%d %s: line %d is %d wide: %q", w, h, screen, i, lw, l)
				}
			}
		}
		check("review", "How did it go?", "  3  Done")
		d.press("2")
		check("review note", "> e.g.")
		d.press("esc")
		check("review leave question", "Leave this check-in?", "› Stay")
		d.press("n", "enter")
		answerAll(d, answers)
		check("reflection", "e.g. I kept")
		d.press("enter", "enter", "enter")
		check("focus", "0 of 3 picked")
		d.press("1", "2", "3", "?")
		check("focus with all keys", "3 of 3 picked")
		d.press("?", "enter")
		check("objectives", "Objective 1 of 3", "> By the next check-in I will")
		d.press("enter", "enter", "enter")
		check("saved", "Saved 3 commitments")
	}
}

func TestLoopReviewReadErrorIsShown(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	_ = s.Close()
	d := loopCaseStart(t, q, s)
	mustContain(t, d.view(), "✗ Could not read your last check-in, so its commitments cannot be reviewed",
		"Press enter to go on to the statements.", "enter continue", "esc leave")
	d.press("enter")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
}

// An objective or a practice imported from elsewhere can be far longer
// than the app lets one be typed: the review shows its beginning, and the
// answers stay on the screen.
func TestLoopReviewOfAVeryLongObjectiveFits(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	answers := strings.Repeat("4253", 6)[:len(q.Items)]
	for _, tc := range []struct {
		name                string
		objective, practice string
		w, h                int
	}{
		{"words, 80×24", strings.Repeat("word ", 2000), q.Facets[0].Practices[0], 80, 24},
		{"one long word, 60×20", strings.Repeat("o", 100000), strings.Repeat("p", 100000), 60, 20},
		{"many lines, 120×36", strings.Repeat("line\n", 500), "", 120, 36},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t)
			prev := seed(t, s, q, answers, oct12)
			cs := []assessment.Commitment{{Facet: q.Facets[0].ID, Practice: tc.practice, Objective: tc.objective}}
			if err := s.SetCommitments(prev.ID, cs); err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, tc.w, tc.h)
			for _, step := range []struct {
				keys []string
				want string
			}{{nil, "3  Done"}, {[]string{"2"}, "● Some progress"}} {
				keys := step.keys
				d.press(keys...)
				v := d.view()
				mustContain(t, v, "How did it go?", step.want, "…")
				if n := len(strings.Split(v, "\n")); n > tc.h {
					t.Errorf("after %v: %d lines, want at most %d", keys, n, tc.h)
				}
			}
		})
	}
}
