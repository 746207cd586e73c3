package practice

import (
	"os"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestDrafts(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	now := day(20)
	svc := service(q, nil, p, now)

	d := svc.NewDraft(day(3))
	want := assessment.Draft{Questionnaire: assessment.RefOf(q), Items: len(q.Items),
		Answers: assessment.Answers{}, Timings: assessment.Timings{}, StartedAt: now, TakenAt: day(3)}
	if d.Questionnaire != want.Questionnaire || d.Items != want.Items || !d.StartedAt.Equal(now) || !d.TakenAt.Equal(day(3)) {
		t.Errorf("NewDraft = %+v, want %+v", d, want)
	}
	if err := svc.KeepDraft(d); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(p.draft); err == nil {
		t.Error("a draft with nothing given was written")
	}

	d.Answers[q.Items[0].ID] = 2
	d.Step = assessment.StepStatements
	if err := svc.KeepDraft(d); err != nil {
		t.Fatal(err)
	}
	got, ok, err := svc.Draft()
	if !ok || err != nil || got.Answers[q.Items[0].ID] != 2 || !got.UpdatedAt.Equal(now) {
		t.Errorf("Draft = %+v, %v, %v; want the answer, stamped %s", got, ok, err, now)
	}
	if !svc.Resumable(got) {
		t.Error("a draft of the current questionnaire is not resumable")
	}
	got.Questionnaire.Hash = "older"
	if svc.Resumable(got) {
		t.Error("a draft of another questionnaire is resumable")
	}

	if err := svc.DiscardDraft(); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := svc.Draft(); ok {
		t.Error("the draft is there after DiscardDraft")
	}
	if err := svc.DiscardDraft(); err != nil {
		t.Errorf("discarding no draft: %v", err)
	}
}

// Without a draft file (no state directory) drafts are neither read nor
// written, and nothing fails.
func TestNoDrafts(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	p.draft = ""
	svc := service(q, nil, p, day(20))
	d := svc.NewDraft(time.Time{})
	d.Note = "x"
	if svc.KeepsDrafts() || svc.KeepDraft(d) != nil || svc.DiscardDraft() != nil {
		t.Error("drafts are kept without a draft file")
	}
	if _, ok, err := svc.Draft(); ok || err != nil {
		t.Errorf("Draft = %v, %v; want none", ok, err)
	}
}
