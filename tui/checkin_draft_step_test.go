package tui

import (
	"testing"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

// Each case leaves a check-in at one step, then resumes it and expects
// that step on screen with what was typed there.
func TestDraftResumesAtTheStepItWasLeft(t *testing.T) {
	for _, tc := range []struct {
		name  string
		leave func(*driver)
		step  string
		want  []string
	}{
		{"statement", func(d *driver) { d.press("4", "5", "3", "b", "b", "esc", "y") },
			assessment.StepStatements, []string{"Statement 2 of 8", "● 5  Strongly agree"}},
		{"reflection", func(d *driver) {
			answerAll(d, driverAnswers)
			d.typeText("I coached less.")
			d.press("esc", "y")
		}, assessment.StepReflection, []string{"Looking back", "I coached less."}},
		{"note", func(d *driver) {
			answerAll(d, driverAnswers)
			d.press("enter")
			d.typeText("Reorg.")
			d.press("ctrl+c", "y")
		}, assessment.StepNote, []string{"Anything to remember", "Reorg."}},
		{"review", func(d *driver) { d.press("3", "esc", "y") },
			assessment.StepReview, []string{"Commitment 2 of 2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			loopCaseSeedCommitted(t, s, q, oct12)
			opts, _ := draftOptions(t, s)
			opts.Questionnaire = q
			d := newDriver(t, opts, 80, 24)
			if tc.name != "review" {
				d.press("s", "s") // pass the review
			}
			tc.leave(d)
			if !d.quit {
				t.Fatal("the check-in was not left")
			}
			if dr, _ := loadDraft(t, opts.DraftPath); dr.Step != tc.step {
				t.Fatalf("draft step = %q, want %q", dr.Step, tc.step)
			}
			d = newDriver(t, opts, 80, 24)
			d.press("r")
			mustContain(t, d.view(), tc.want...)
		})
	}
}

// A draft written before steps were kept resumes in the statements.
func TestDraftWithoutStepResumesInTheStatements(t *testing.T) {
	s := openStore(t)
	opts, _ := draftOptions(t, s)
	q := opts.Questionnaire
	err := store.SaveDraft(opts.DraftPath, assessment.Draft{
		Questionnaire: assessment.QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash},
		Items:         len(q.Items), Answers: map[string]int{"trust-1": 4}, Position: 1, Note: "kept",
	})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, opts, 80, 24)
	d.press("r")
	mustContain(t, d.view(), "Statement 2 of 8", stmt2)
}

// A draft left in the note with a reflection written (the accessible mode
// leaves such drafts) keeps the reflection: it is saved with the
// check-in, and going back from the note finds it.
func TestDraftAtTheNoteKeepsItsReflection(t *testing.T) {
	for _, tc := range []struct {
		name  string
		keys  []string
		check func(t *testing.T, d *driver, s *store.Store)
	}{
		{"saved with the check-in", []string{"enter"}, func(t *testing.T, d *driver, s *store.Store) {
			if got := loopCaseLatest(t, s).Reflection; got != "I coached less." {
				t.Errorf("reflection = %q, want %q", got, "I coached less.")
			}
		}},
		{"found going back", []string{"shift+tab"}, func(t *testing.T, d *driver, s *store.Store) {
			mustContain(t, d.view(), "Looking back", "I coached less.")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			opts, _ := draftOptions(t, s)
			opts.Questionnaire = q
			answers := map[string]int{}
			for i, r := range driverAnswers {
				answers[q.Items[i].ID] = int(r - '0')
			}
			err := store.SaveDraft(opts.DraftPath, assessment.Draft{
				Questionnaire: assessment.QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash},
				Items:         len(q.Items), Answers: answers, Position: len(q.Items) - 1,
				Step: assessment.StepNote, Reflection: "I coached less.",
			})
			if err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, opts, 80, 24)
			d.press("r")
			mustContain(t, d.view(), "Anything to remember")
			d.press(tc.keys...)
			tc.check(t, d, s)
		})
	}
}
