package tui

import (
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// A note of 200,000 characters without a space, as an import can bring:
// wrapping and measuring it is linear, so the result screen and the
// history show it at once.

func longNoteRecord(q *assessment.Questionnaire) assessment.CheckIn {
	a := assessment.Answers{}
	for i, r := range driverAnswers {
		a[q.Items[i].ID] = int(r - '0')
	}
	return assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), oct12, strings.Repeat("x", 200_000))
}

func BenchmarkRenderResultLongNote(b *testing.B) {
	q := testQuestionnaire(b)
	rec := longNoteRecord(q)
	for b.Loop() {
		RenderResult(q, rec, nil, 80, DefaultStyles("none"))
	}
}

func BenchmarkViewLongNote(b *testing.B) {
	q := testQuestionnaire(b)
	s := openStore(b)
	rec := longNoteRecord(q)
	if err := s.Save(&rec, q); err != nil {
		b.Fatal(err)
	}
	for _, screen := range []struct {
		name string
		keys []string
	}{{"history", []string{"h"}}, {"result", []string{"h", "enter"}}} {
		d := newDriver(b, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 160, 48)
		d.press(screen.keys...)
		b.Run(screen.name, func(b *testing.B) {
			for b.Loop() {
				if d.m.View() == "" {
					b.Fatal("no frame")
				}
			}
		})
	}
}
