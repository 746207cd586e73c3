package tui

import (
	"regexp"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// A role's line keeps each side's name and its score together, at every
// width where the line has to wrap.
func TestFeedbackRoleKeepsNameWithScore(t *testing.T) {
	q := testQuestionnaire(t)
	s := feedbackStoreAs(t, q, assessment.RoleDirectReport, 4, 5, 2)
	together := regexp.MustCompile(`(Relationship-building|Results focus) \d+ ±\d+`)
	for _, size := range [][2]int{{60, 60}, {80, 60}, {120, 60}, {200, 60}} {
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, size[0], size[1])
		d.press("e")
		v := d.view()
		if got := len(together.FindAllString(v, -1)); got != 2 {
			t.Errorf("%dx%d: %d of the 2 sides are on one line with their score:\n%s", size[0], size[1], got, v)
		}
	}
}

// Under the trends, each round names both sides whole, dated as the
// check-ins are; a narrow window gives each side a line of its own. The
// team answered alike, and a margin is never shown as ±0.
func TestTrendsTeamsViewNamesSidesWhole(t *testing.T) {
	q := testQuestionnaire(t)
	s := feedbackStore(t, q, 4, 5, 2)
	for _, tc := range []struct {
		w     int
		lines []string
	}{
		{120, []string{"29 Nov 2025  Relationship-building you 50 · team 50 ±1   Results focus you 50 · team 50 ±1"}},
		{80, []string{"29 Nov 2025  Relationship-building you 50 · team 50 ±1",
			"             Results focus you 50 · team 50 ±1"}},
	} {
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, tc.w, 80)
		d.press("g", "a")
		mustContain(t, d.view(), tc.lines...)
		mustNotContain(t, d.view(), "Relationship-…", "2025-11-29")
	}
}
