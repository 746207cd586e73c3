package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// barLength is how many cells the bar on the line starting with label
// takes, filled or not.
func barLength(out, label string) int {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), label) {
			return strings.Count(l, "█") + strings.Count(l, "░")
		}
	}
	return -1
}

// The result's bars are never shorter than at 80 columns (76 inside the
// margins) and grow with the window, in one column and in two.
func TestResultBarsGrowWithTheWindow(t *testing.T) {
	q := testQuestionnaire(t)
	prev := compareRecord(q, historyAnswers(q, 3), oct12)
	rec := compareRecord(q, historyAnswers(q, 4), t0)
	last, lastFacet := 0, facetBar
	for _, w := range []int{76, 84, 116, 131, 143, 144, 156, 196} {
		out := RenderResult(q, rec, &prev, w, DefaultStyles("none"))
		score, facet := barLength(out, "Relationship-building  "), barLength(out, "Clear objectives")
		if score < last || facet < lastFacet {
			t.Errorf("width %d: score bar %d (was %d), facet bar %d (was %d)", w, score, last, facet, lastFacet)
		}
		last, lastFacet = score, facet
		for i, l := range strings.Split(out, "\n") {
			if lipgloss.Width(l) > w {
				t.Errorf("width %d: line %d is %d wide", w, i, lipgloss.Width(l))
			}
		}
	}
	if at80, at200 := barLength(RenderResult(q, rec, &prev, 76, DefaultStyles("none")), "Results focus"),
		barLength(RenderResult(q, rec, &prev, 196, DefaultStyles("none")), "Results focus"); at200 < at80+10 {
		t.Errorf("at 200 columns the bar is %d, at 80 %d: a large window should use its room", at200, at80)
	}
}

// The comparison's statements wrap at a reading width that grows with
// the window up to readMax, instead of a fixed narrow column.
func TestCompareStatementsUseTheRoom(t *testing.T) {
	q := testQuestionnaire(t)
	from, to := compareRecord(q, historyAnswers(q, 3), oct12), compareRecord(q, historyAnswers(q, 4), t0)
	cmp := assessment.Compare(q, compareSide(from), compareSide(to))
	for _, c := range []struct{ w, min, max int }{{156, 70, 80}, {196, 90, readMax}} {
		out := RenderComparison(q, from, to, cmp, assessment.DefaultCadence, c.w, DefaultStyles("none"))
		right := 0
		for _, l := range strings.Split(out, "\n") {
			if i := strings.Index(l, "In the last four weeks"); i >= 0 {
				right = max(right, lipgloss.Width(strings.TrimRight(l, " "))-lipgloss.Width(l[:i]))
			}
		}
		if right < c.min || right > c.max {
			t.Errorf("width %d: statements run %d columns, want %d to %d", c.w, right, c.min, c.max)
		}
	}
}
