package tui

import (
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// An objective is kept as one line with single spaces, however it was
// typed after the stem; one left as the stem keeps the practice.
func TestCommitmentsTidyTheObjective(t *testing.T) {
	sugs := []assessment.Suggestion{{Facet: assessment.Facet{ID: "trust"}, Practice: "Let each person finish."}}
	for _, tc := range []struct{ typed, want string }{
		{objectiveStem + " ask more", "By the next check-in I will ask more"},
		{"  " + objectiveStem + "ask   more  ", "By the next check-in I will ask more"},
		{objectiveStem + "  ", "Let each person finish."},
		{"", "Let each person finish."},
	} {
		got := Commitments(sugs, []int{0}, []string{tc.typed})
		if len(got) != 1 || got[0].Objective != tc.want {
			t.Errorf("typed %q: objective %+v, want %q", tc.typed, got, tc.want)
		}
	}
}
