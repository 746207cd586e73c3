package tui

import (
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// The sparklines' heading counts the check-ins they draw, and says "last"
// once there are more than they hold, so it never contradicts the count
// of check-ins above it.
func TestHomeSparklineHeadingCountsWhatItDraws(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tc := range []struct {
		n         int
		want, not string
	}{
		{2, "  2 check-ins  ", "last 2"},
		{dashRecent, "  12 check-ins  ", "last 12"},
		{dashRecent + 1, "  last 12  ", "  12 check-ins  "},
	} {
		recs := trendsRecords(q, min(tc.n, dashRecent))
		if tc.n > dashRecent {
			// One more, four weeks after the twelfth, answered alike.
			last := recs[len(recs)-1]
			recs = append(recs, assessment.NewCheckIn(q, last.Answers, assessment.Evaluate(q, last.Answers, nil), last.TakenAt.AddDate(0, 0, 28), ""))
		}
		s := openStore(t)
		dashSave(t, s, recs)
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 80, 24)
		v := d.view()
		mustContain(t, v, countText(tc.n)+" so far", tc.want)
		mustNotContain(t, v, tc.not)
	}
}
