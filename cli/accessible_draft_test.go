package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

func lines(s string, n int) string { return strings.Repeat(s+"\n", n) }

func TestTakeAccessibleGoesBackToSkippedStatements(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	// Every statement skipped, then every skipped one answered.
	r := leadcheck(t, db, lines("", 24)+lines("4", 24)+"\n\n\n", "take", "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	for _, want := range []string{"needs 9 more answers before it can be scored (0 of 12 answered).",
		"Here are the statements you skipped on Relationship-building and Results focus; answer them", "Saved as "} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if recs := records(t, db); len(recs) != 1 || len(recs[0].Answers) != 24 {
		t.Errorf("records = %+v", recs)
	}
}

func TestTakeAccessibleShortSideChoices(t *testing.T) {
	for _, tc := range []struct {
		name, choice string
		code, saved  int
		stderr       string
	}{
		{"finish not scored", "f\n\n\n\n", 0, 1, ""},
		{"stop keeps a draft", "q\n", 1, 0, "your 12 answers are kept as a draft: run 'leadcheck take' again to resume it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			// One side answered, the other skipped twice over.
			var in strings.Builder
			for i := range 24 {
				if i%2 == 0 {
					in.WriteString("4\n")
				} else {
					in.WriteString("\n")
				}
			}
			r := leadcheck(t, db, in.String()+lines("", 12)+tc.choice, "take", "--accessible")
			if r.code != tc.code || !strings.Contains(r.stderr, tc.stderr) {
				t.Fatalf("exit %d, stderr %q\n%s", r.code, r.stderr, r.stdout)
			}
			if !strings.Contains(r.stdout, "Still: ") || !strings.Contains(r.stdout, "f to finish with Results focus not scored") {
				t.Errorf("the choice was not offered:\n%s", r.stdout)
			}
			if recs := records(t, db); len(recs) != tc.saved {
				t.Errorf("%d records, want %d", len(recs), tc.saved)
			}
		})
	}
}

func TestTakeAccessibleInputEndKeepsADraftToResume(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	r := leadcheck(t, db, "4\n5\n", "take", "--accessible")
	want := "input ended before the check-in was finished; nothing was saved to the history, but your 2 answers are kept as a draft: run 'leadcheck take' again to resume it"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	r = leadcheck(t, db, "\n"+lines("3", 22)+"\n\n\n", "take", "--accessible")
	if r.code != 0 || !strings.Contains(r.stdout, "You have an unfinished check-in from ") || !strings.Contains(r.stdout, "(2 of 24 answered)") {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	if strings.Contains(r.stdout, "Statement 1 of 24") {
		t.Errorf("an answered statement was asked again:\n%s", r.stdout)
	}
	recs := records(t, db)
	if len(recs) != 1 || len(recs[0].Answers) != 24 || recs[0].Answers[recs[0].Questionnaire.ID] != 0 {
		t.Fatalf("records = %+v", recs)
	}
	if got := draftFiles(t, db); got != 0 {
		t.Errorf("%d drafts left after the save", got)
	}
}

// A draft the app left in the note resumes in the note here too.
func TestTakeAccessibleResumesTheAppsDraftAtItsStep(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	q, _ := loadQuestionnaire(Env{Questions: defaultQuestions, Getenv: func(string) string { return "" }}, &globals{})
	answers := map[string]int{}
	for _, it := range q.Items {
		answers[it.ID] = 4
	}
	path := draftPath(Env{Getenv: func(k string) string {
		return map[string]string{"XDG_STATE_HOME": filepath.Join(filepath.Dir(db), "state")}[k]
	}}, db)
	err := store.SaveDraft(path, assessment.Draft{Questionnaire: assessment.QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash},
		Items: len(q.Items), Answers: answers, Step: assessment.StepNote, Reflection: "Kept from the app", Note: "Half a note"})
	if err != nil {
		t.Fatal(err)
	}
	r := leadcheck(t, db, "r\n\n\n", "take", "--accessible")
	if r.code != 0 || strings.Contains(r.stdout, "Statement ") || !strings.Contains(r.stdout, "So far: Half a note") {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	if rec := records(t, db)[0]; rec.Note != "Half a note" || rec.Reflection != "Kept from the app" {
		t.Errorf("note %q, reflection %q", rec.Note, rec.Reflection)
	}
}

func draftFiles(t *testing.T, db string) int {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join(filepath.Dir(db), "state", "leadcheck", "drafts", "*.json"))
	return len(m)
}

// A check-in left in the review resumes there with what was answered:
// an earlier answer is shown and kept, and answering the next commitment
// does not drop it.
func TestTakeAccessibleResumedReviewKeepsItsAnswers(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, pipedAnswers("4", "1 3\nObjective one\n\n"), "take", "--accessible"); r.code != 0 {
		t.Fatalf("first check-in: exit %d, %s", r.code, r.stderr)
	}
	if r := leadcheck(t, db, "3\nDid it twice\n", "take", "--accessible"); r.code != 1 {
		t.Fatalf("left in the review: exit %d, %s", r.code, r.stderr)
	}
	r := leadcheck(t, db, "r\n2\n\n"+pipedAnswers("3", "\n"), "take", "--accessible")
	if r.code != 0 || !strings.Contains(r.stdout, "Answered before: done, with the note: Did it twice.") {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	rvs := records(t, db)[1].Reviews
	if len(rvs) != 2 || rvs[0].Progress != assessment.Done || rvs[0].Note != "Did it twice" || rvs[1].Progress != assessment.SomeProgress {
		t.Errorf("reviews = %+v, want commitment 1 done with its note, commitment 2 some progress", rvs)
	}
}
