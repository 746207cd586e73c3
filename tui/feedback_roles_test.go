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
