package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// focusWriteCase opens the objectives of the first three suggestions for
// a check-in whose weakest facets are on the relationships side, energy
// and pace the lowest, at w×h: picked from the home screen with f.
func focusWriteCase(t *testing.T, w, h int) *driver {
	t.Helper()
	q, s := parseQuestionnaire(t, "../questions.yaml"), openStore(t)
	a := assessment.Answers{}
	for _, it := range q.Items {
		x := 3
		switch f, _ := q.Facet(it.Facet); {
		case it.Facet == "morale":
			x = 1
		case f.Dimension == q.ResultsDimension().ID:
			x = 5
		}
		if it.Reverse {
			x = q.Scale.Min + q.Scale.Max - x
		}
		a[it.ID] = x
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), t0.AddDate(0, 0, -7), "")
	if err := s.Save(&rec, q); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, w, h)
	d.press("f", "1", "2", "3", "enter")
	mustContain(t, d.view(), "Objective 1 of 3", "Energy and sustainable pace")
	return d
}

// A suggestion is broken at spaces, never after the hyphen of
// "check-in" or "one-to-ones", at every width and after a resize.
func TestFocusWriteBreaksSuggestionsAtSpaces(t *testing.T) {
	for _, w := range []int{60, 64, 68, 72, 76, 80} {
		d := focusWriteCase(t, w, 60)
		for _, size := range []struct{ w, h int }{{w, 60}, {w - 1, 60}} {
			if size.w < 60 {
				continue
			}
			resizeTo(d, size.w, size.h)
			for _, l := range strings.Split(d.view(), "\n") {
				if strings.HasSuffix(strings.TrimSpace(l), "-") {
					t.Errorf("%d columns: a word is broken at its hyphen: %q", size.w, l)
				}
			}
		}
	}
}

// Objectives that do not all fit say where the others are, as every
// screen that hides rows does; the cursor stays on its objective when
// the window changes.
func TestFocusWriteSaysWhereMoreLies(t *testing.T) {
	for _, tc := range []struct {
		w, h   int
		moves  []string
		want   []string
		unseen []string
	}{
		{60, 20, nil, []string{"Objective 1 of 3", "↓ more below"}, []string{"more above"}},
		{60, 20, []string{"enter"}, []string{"Objective 2 of 3", "↑ more above"}, []string{"more below"}},
		{60, 20, []string{"enter", "enter"}, []string{"Objective 3 of 3", "↑ more above"}, []string{"more below"}},
		{60, 40, []string{"enter"}, []string{"Objective 2 of 3"}, []string{"more below", "more above"}},
		{80, 24, []string{"enter"}, []string{"Objective 2 of 3"}, []string{"more below", "more above"}},
	} {
		d := focusWriteCase(t, tc.w, tc.h)
		d.press(tc.moves...)
		mustContain(t, d.view(), tc.want...)
		mustNotContain(t, d.view(), tc.unseen...)
		// Below the minimum and back: the same objective, the same marks.
		resizeTo(d, 40, 10)
		resizeTo(d, tc.w, tc.h)
		mustContain(t, d.view(), tc.want...)
		mustNotContain(t, d.view(), tc.unseen...)
	}
}

func resizeTo(d *driver, w, h int) { d.send(tea.WindowSizeMsg{Width: w, Height: h}) }
