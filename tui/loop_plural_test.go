package tui

import (
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// One commitment is named in the singular wherever the loop speaks of
// how it went: on the result, and at the start of the next check-in.

func TestResultReviewHeadingCountsCommitments(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tc := range []struct {
		reviews   []assessment.Review
		want, not string
	}{
		{dashReviews[:1], "How your last commitment went", "How your last commitments went"},
		{dashReviews, "How your last commitments went", "How your last commitment went"},
	} {
		rec := dashLoopRecord(t)
		rec.Reviews = tc.reviews
		v := RenderResult(q, rec, nil, 80, DefaultStyles("none"))
		mustContain(t, v, tc.want)
		mustNotContain(t, v, tc.not)
	}
}

func TestReviewLeadInCountsCommitments(t *testing.T) {
	for _, tc := range []struct {
		n         int
		want, not string
	}{
		{1, "how did the commitment from your last check-in go?", "how did the commitments"},
		{2, "how did the commitments from your last check-in go?", "how did the commitment from"},
	} {
		q, s := loopCaseQuestionnaire(t), openStore(t)
		rec := seed(t, s, q, "33344332", oct12)
		if err := s.SetCommitments(rec.ID, loopCaseCommitments(q)[:tc.n]); err != nil {
			t.Fatal(err)
		}
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 40)
		v := d.view()
		mustContain(t, v, counter("Commitment", 1, tc.n), tc.want)
		mustNotContain(t, v, tc.not)
	}
}
