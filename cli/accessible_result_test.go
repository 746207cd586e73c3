package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestAccessibleResultIsWords(t *testing.T) {
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.Answers{}
	for _, it := range q.Items {
		// Forward 4, reversed 2: every keyed answer 4 -> 75 on both sides.
		a[it.ID] = map[bool]int{false: 4, true: 2}[it.Reverse]
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC), "busy")
	prev := rec
	prev.TakenAt = time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	prev.Scores.Dimensions = map[string]assessment.Score{"relationships": assessment.Scored(69), "results": assessment.Scored(80)}
	got := accessibleResult(q, rec, &prev)
	for _, want := range []string{
		"Result of the check-in of Sun 29 Nov 2026, 09:00.",
		// SD 15, r 0.8: a margin of 13, and 18.6 points for a reliable change.
		"Relationship-building: 75 out of 100, give or take 13, up 6 since 1 Nov, within noise.",
		"Results focus: 75 out of 100, give or take 13, down 5 since 1 Nov, within noise.",
		"Balance: 0, give or take 19, balanced within noise.",
		"Facets, weakest first (indicative, each give or take about 26 points): Trust and listening 75;",
		"These scores are your own description of the last weeks",
		"Your note: busy",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("result lacks %q:\n%s", want, got)
		}
	}
	if strings.ContainsAny(got, "█░├┤●") {
		t.Errorf("accessible result has drawing characters:\n%s", got)
	}
}

// The time answering took is said as the result screen shows it beside
// the date, to the nearest minute and never under one.
func TestAccessibleResultAnsweredIn(t *testing.T) {
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		seconds float64
		want    string
	}{
		{0, "Result of the check-in of Sun 29 Nov 2026, 09:00.\n"},
		{20, "Result of the check-in of Sun 29 Nov 2026, 09:00, answered in 1 min.\n"},
		{390, "Result of the check-in of Sun 29 Nov 2026, 09:00, answered in 7 min.\n"},
	}
	for _, tt := range tests {
		rec := assessment.CheckIn{TakenAt: at, DurationSeconds: tt.seconds}
		if got := accessibleResult(q, rec, nil); !strings.HasPrefix(got, tt.want) {
			t.Errorf("%v s: want %q, got:\n%s", tt.seconds, tt.want, got)
		}
	}
}
