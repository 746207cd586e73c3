package tui

import (
	"fmt"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// historyStart is when the first seeded monthly check-in was taken.
var historyStart = time.Date(2024, 11, 12, 9, 0, 0, 0, time.UTC)

// historyNotes are written on every third seeded check-in.
var historyNotes = []string{
	"Reorganisation month: two teams merged.",
	"New hire started; lots of onboarding.",
	"Quarter end. Long hours.\nTeam was tired.",
	"Quiet month.",
}

// historyCentres are each month's typical keyed answer per dimension,
// relationships then results: relationships slide while results climb, the
// trap of this stage, with a few months that jump.
var historyCentres = [12][2]int{
	{4, 2}, {4, 3}, {3, 3}, {4, 2}, {3, 4}, {3, 3},
	{4, 4}, {2, 4}, {3, 5}, {2, 4}, {2, 5}, {3, 4},
}

// historyAnswers are month i's answers: around the month's centres, moved
// by a fixed pattern, so every run sees the same.
func historyAnswers(q *assessment.Questionnaire, i int) assessment.Answers {
	a := assessment.Answers{}
	for j, it := range q.Items {
		c := historyCentres[i%len(historyCentres)]
		centre := c[0]
		if q.DimensionOf(it) == q.ResultsDimension().ID {
			centre = c[1]
		}
		keyed := min(q.Scale.Max, max(q.Scale.Min, centre+(i*7+j*5)%3-1))
		if it.Reverse {
			keyed = q.Scale.Min + q.Scale.Max - keyed
		}
		a[it.ID] = keyed
	}
	return a
}

// historySeed saves n monthly check-ins with q, oldest first, and returns
// them as saved.
func historySeed(t testing.TB, s *store.Store, q *assessment.Questionnaire, n int) []assessment.CheckIn {
	t.Helper()
	return historySeedFrom(t, s, q, 0, n)
}

// historySeedFrom saves the monthly check-ins first to first+n-1.
func historySeedFrom(t testing.TB, s *store.Store, q *assessment.Questionnaire, first, n int) []assessment.CheckIn {
	t.Helper()
	var out []assessment.CheckIn
	for i := first; i < first+n; i++ {
		a := historyAnswers(q, i)
		note := ""
		if i%3 == 1 {
			note = historyNotes[(i/3)%len(historyNotes)]
		}
		rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), historyStart.AddDate(0, i, 0), note)
		rec.DurationSeconds = 240
		if err := s.Save(&rec, q); err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
	return out
}

// historyOpen starts the program on home with n seeded check-ins and
// opens the history.
func historyOpen(t testing.TB, n, w, h int) (*driver, *store.Store, []assessment.CheckIn) {
	t.Helper()
	q := testQuestionnaire(t)
	s := openStore(t)
	recs := historySeed(t, s, q, n)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, w, h)
	d.press("h")
	return d, s, recs
}

// historyRowOf returns the table line showing rec, trimmed.
func historyRowOf(t *testing.T, view string, rec assessment.CheckIn) string {
	t.Helper()
	return optionLine(t, view, rec.TakenAt.Format(historyDateTerse))
}

// historyFake makes n records in memory, newest first, as the history
// holds them, for tests that need more rows than are quick to save.
func historyFake(q *assessment.Questionnaire, n int) []assessment.CheckIn {
	recs := make([]assessment.CheckIn, n)
	for i := range recs {
		month := n - 1 - i
		a := historyAnswers(q, month)
		recs[i] = assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), historyStart.AddDate(0, 0, 7*month), "")
		recs[i].ID = fmt.Sprintf("fake-%03d", month)
	}
	return recs
}
