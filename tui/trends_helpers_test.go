package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// trendsDates are twelve monthly check-ins, irregularly spaced, ending
// nine days before t0.
var trendsDates = []time.Time{
	trendsDay(2024, 12, 3), trendsDay(2025, 1, 9), trendsDay(2025, 1, 30),
	trendsDay(2025, 3, 14), trendsDay(2025, 4, 2), trendsDay(2025, 5, 20),
	trendsDay(2025, 6, 11), trendsDay(2025, 7, 29), trendsDay(2025, 8, 15),
	trendsDay(2025, 9, 30), trendsDay(2025, 10, 12), trendsDay(2025, 11, 20),
}

// Keyed answer sums per dimension (4 statements of 1–5, so 4..20 and
// POMP = 100 × (sum − 4) / 16): relationships slip from 75 to 50 and
// recover to 69; results climb from 50 to 94.
var (
	trendsRelSums = []int{16, 16, 15, 15, 14, 13, 12, 12, 13, 14, 14, 15}
	trendsResSums = []int{12, 12, 13, 14, 15, 16, 17, 18, 18, 17, 18, 19}
)

func trendsDay(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 9, 0, 0, 0, time.UTC)
}

// trendsAnswers answers so that each dimension's keyed answers add up to
// the sums given for four statements (scaled up for more), spread as
// evenly as the scale allows.
func trendsAnswers(q *assessment.Questionnaire, relSum, resSum int) assessment.Answers {
	a := assessment.Answers{}
	for _, d := range []struct {
		id  string
		sum int
	}{{q.RelationshipsDimension().ID, relSum}, {q.ResultsDimension().ID, resSum}} {
		items := q.ItemsIn(d.id)
		total := d.sum * len(items) / 4 // the same mean with more statements
		for i, it := range items {
			k := total / len(items)
			if i < total%len(items) {
				k++
			}
			if it.Reverse {
				k = q.Scale.Min + q.Scale.Max - k
			}
			a[it.ID] = k
		}
	}
	return a
}

// trendsRecords are the first n of the twelve monthly check-ins.
func trendsRecords(q *assessment.Questionnaire, n int) []assessment.CheckIn {
	recs := make([]assessment.CheckIn, n)
	for i := range n {
		a := trendsAnswers(q, trendsRelSums[i], trendsResSums[i])
		recs[i] = assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), trendsDates[i], "")
	}
	return recs
}

// trendsSeed saves the first n of the twelve monthly check-ins.
func trendsSeed(t testing.TB, s *store.Store, q *assessment.Questionnaire, n int) {
	t.Helper()
	for _, r := range trendsRecords(q, n) {
		if err := s.Save(&r, q); err != nil {
			t.Fatal(err)
		}
	}
}

// trendsMany are n check-ins, one every six hours back from t0, with
// scores wandering over the whole range: more than any chart has columns.
func trendsMany(q *assessment.Questionnaire, n int) []assessment.CheckIn {
	recs := make([]assessment.CheckIn, n)
	for i := range n {
		a := trendsAnswers(q, 4+(i*7)%17, 4+(i*11)%17)
		at := t0.Add(-time.Duration(n-i) * 6 * time.Hour)
		recs[i] = assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), at, "")
	}
	return recs
}

// trendsOpen starts the app on home with the store given and a clock that
// stands still at t0, and opens the trends screen.
func trendsOpen(t testing.TB, q *assessment.Questionnaire, s *store.Store, w, h int) *driver {
	t.Helper()
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }}, w, h)
	d.press("g")
	return d
}

// trendsRecordsOf is every check-in in s, oldest first.
func trendsRecordsOf(t testing.TB, s *store.Store) []assessment.CheckIn {
	t.Helper()
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// trendsFit is the slopes the screen should show for recs.
func trendsFit(q *assessment.Questionnaire, recs []assessment.CheckIn) (rel, res assessment.Trend) {
	v := trendView{q: q, points: trendPoints(q, recs)}
	return v.trends()
}

// trendsFits fails if the view is taller or wider than the window.
func trendsFits(t testing.TB, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h {
		t.Errorf("%d×%d: %d lines:\n%s", w, h, len(lines), v)
	}
	for i, l := range lines {
		if lw := lipgloss.Width(l); lw > w {
			t.Errorf("%d×%d: line %d is %d wide: %q", w, h, i, lw, l)
		}
	}
}

func trendsHasBraille(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return r >= 0x2800 && r <= 0x28FF })
}

// trendsLineAfter is the line n below the first line containing marker.
func trendsLineAfter(t testing.TB, v, marker string, n int) string {
	t.Helper()
	lines := strings.Split(v, "\n")
	for i, l := range lines {
		if strings.Contains(l, marker) && i+n < len(lines) {
			return lines[i+n]
		}
	}
	t.Fatalf("no line %q in:\n%s", marker, v)
	return ""
}
