package store

import (
	"math"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// Two summaries are called the same only when their JSON must be: a time
// at another offset, a -0 for a 0 or another profile is left to the JSON.
func TestSameSummaryFields(t *testing.T) {
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.FixedZone("", 3600))
	base := func() assessment.Summary {
		return assessment.Summary{TakenAt: at, Balance: assessment.Scored(0),
			Dimensions: map[string]assessment.Score{"rel": assessment.Scored(50), "res": {}},
			Profile:    &assessment.ProfileRef{ID: "p", Name: "P"}}
	}
	for _, tc := range []struct {
		name   string
		change func(*assessment.Summary)
		want   bool
	}{
		{"the same", func(*assessment.Summary) {}, true},
		{"the same instant at another offset", func(s *assessment.Summary) { s.TakenAt = at.UTC() }, false},
		{"-0 for 0", func(s *assessment.Summary) { s.Balance = assessment.Scored(math.Copysign(0, -1)) }, false},
		{"a score more", func(s *assessment.Summary) { s.Dimensions["x"] = assessment.Scored(1) }, false},
		{"no profile", func(s *assessment.Summary) { s.Profile = nil }, false},
		{"another profile name", func(s *assessment.Summary) { s.Profile = &assessment.ProfileRef{ID: "p", Name: "Q"} }, false},
		{"a note", func(s *assessment.Summary) { s.HasNote = true }, false},
	} {
		b := base()
		tc.change(&b)
		if got := sameSummaryFields(base(), b); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}
