package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// halfAnswers score relationships exactly 62.5 and results exactly 0, so
// the balance is exactly −62.5: relationships' plain statements answered
// 4 and its reversed ones scored 3, 3, 2 and 2 make a mean of 3.5, POMP
// 100·(3.5−1)/4 = 62.5; every results statement scores 1.
func halfAnswers(q *assessment.Questionnaire) assessment.Answers {
	a := assessment.Answers{}
	reversed := 0
	for _, it := range q.Items {
		keyed := 1
		if q.DimensionOf(it) == q.RelationshipsDimension().ID {
			keyed = 4
			if it.Reverse {
				keyed = 3 - reversed/2 // 3, 3, 2, 2
				reversed++
			}
		}
		if it.Reverse {
			keyed = q.Scale.Min + q.Scale.Max - keyed
		}
		a[it.ID] = keyed
	}
	return a
}

// Every screen that prints the scores says 62.5 as 63 and −62.5 as −63.
func TestHalfPointRoundsAwayFromZeroOnEveryScreen(t *testing.T) {
	q := testQuestionnaire(t)
	a := halfAnswers(q)
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), t0.Add(-24*time.Hour), "")
	if got := rec.Scores.Balance.Value; got != -62.5 {
		t.Fatalf("balance = %v, want −62.5", got)
	}
	s := openStore(t)
	dashSave(t, s, []assessment.CheckIn{rec})
	tests := []struct {
		name  string
		keys  []string
		wants []string
	}{
		{"home", nil, []string{"63", "−63"}},
		{"history", []string{"h"}, []string{"63", "−63"}},
		{"result", []string{"h", "enter"}, []string{"63 ±13", "−63 ±19"}},
		{"trends table", []string{"g", "t"}, []string{"63", "−63"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := dashOpen(t, s, dashSettings(t, "cadence: 4w\n"), 100, 40)
			d.press(tt.keys...)
			v := d.view()
			mustContain(t, v, tt.wants...)
			if strings.Contains(v, "62") {
				t.Errorf("62.5 shown as 62:\n%s", v)
			}
		})
	}
}
