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
			Profile:    &assessment.ProfileRef{ID: "p", Name: "P"},
			Facets:     map[string]assessment.Score{"trust": assessment.Scored(75)}, WarningCodes: []string{"too-fast"}}
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
		for _, whole := range []bool{false, true} {
			b := base()
			tc.change(&b)
			if got := sameSummaryFields(base(), b, whole); got != tc.want {
				t.Errorf("%s (whole %v): %v, want %v", tc.name, whole, got, tc.want)
			}
		}
	}
	// The fields of format 3 count only in a summary of that form.
	for _, tc := range []struct {
		name   string
		change func(*assessment.Summary)
	}{
		{"flagged", func(s *assessment.Summary) { s.Flagged = true }},
		{"another questionnaire", func(s *assessment.Summary) { s.Questionnaire.Version = 2 }},
		{"a note written", func(s *assessment.Summary) { s.NoteWritten = true }},
		{"another warning", func(s *assessment.Summary) { s.WarningCodes = []string{"straight-lining"} }},
		{"no warning", func(s *assessment.Summary) { s.WarningCodes = nil }},
		{"another facet score", func(s *assessment.Summary) { s.Facets = map[string]assessment.Score{"trust": assessment.Scored(50)} }},
		{"no facet scores", func(s *assessment.Summary) { s.Facets = nil }},
	} {
		b := base()
		tc.change(&b)
		if !sameSummaryFields(base(), b, false) || sameSummaryFields(base(), b, true) {
			t.Errorf("%s: the same in the old form %v, in the whole %v; want true, false", tc.name,
				sameSummaryFields(base(), b, false), sameSummaryFields(base(), b, true))
		}
	}
}
