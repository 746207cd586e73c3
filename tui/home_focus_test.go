package tui

import (
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestHomeOffersFocusForTheLatestCheckInWithout(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	rec := seed(t, s, q, "33344332", oct12)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 40)
	mustContain(t, d.view(), "Press f to pick one or two things to work on until the next one.")
	d.press("f")
	mustContain(t, d.view(), "Pick one to three things to work on until your next check-in.", "1  Trust and listening")
	d.press("1", "enter")
	d.typeText("let Ana run the weekly demo.")
	d.press("enter")
	mustContain(t, d.view(), "✓ Saved 1 commitment.", "enter/q home")
	got := loopCaseLatest(t, s)
	if got.ID != rec.ID || len(got.Commitments) != 1 ||
		got.Commitments[0].Objective != "By the next check-in I will let Ana run the weekly demo." {
		t.Fatalf("latest = %s with %+v, want %s with the objective", got.ID, got.Commitments, rec.ID)
	}
	d.press("q") // as the key line says
	mustContain(t, d.view(), "Your commitments")
	mustNotContain(t, d.view(), "Press f to pick")
	d.press("f") // nothing to pick any more: f does nothing
	mustContain(t, d.view(), "Your commitments")
}

func TestHomeOffersNoFocusWhenCommitted(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	loopCaseSeedCommitted(t, s, q, oct12)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 40)
	mustNotContain(t, d.view(), "Press f", "f picks")
	d.press("f")
	mustNotContain(t, d.view(), "Pick one to three things")
}

// A check-in answered with a questionnaire this leadcheck does not know
// (imported from elsewhere, its answers unchecked) offers no focus: the
// current questionnaire's statements would be matched to answers they
// were never given, and suggest nonsense.
func TestHomeOffersNoFocusForAnUnknownQuestionnaire(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 999
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, assessment.Answers{}, nil), oct12, "")
	rec.Questionnaire.Hash = "not-known-here"
	if err := s.Save(&rec, nil); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 40)
	mustNotContain(t, d.view(), "Press f", "f picks")
	d.press("f")
	mustNotContain(t, d.view(), "Pick one to three things")
}
