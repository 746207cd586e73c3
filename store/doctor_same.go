package store

import (
	"math"
	"slices"

	"github.com/leadcheck/leadcheck/assessment"
)

// sameSummaryFields reports whether a and b are the same in every field
// summaryJSON writes, down to the bits of each number and the offset of
// each time, so that their JSON is sure to be the same: comparing the
// JSON of ten thousand summaries took a tenth of a doctor's time. False
// says only that the JSON must be compared. Without whole, only the
// fields every form of summary has are compared (see summaryJSON).
func sameSummaryFields(a, b assessment.Summary, whole bool) bool {
	_, offA := a.TakenAt.Zone()
	_, offB := b.TakenAt.Zone()
	same := a.TakenAt.Equal(b.TakenAt) && offA == offB &&
		a.HasNote == b.HasNote && a.MetCommitment == b.MetCommitment &&
		sameScore(a.Balance, b.Balance) && sameScores(a.Dimensions, b.Dimensions) &&
		sameProfile(a.Profile, b.Profile)
	return same && (!whole || a.Flagged == b.Flagged && a.Questionnaire == b.Questionnaire &&
		a.NoteWritten == b.NoteWritten && slices.Equal(a.WarningCodes, b.WarningCodes) &&
		sameScores(a.Facets, b.Facets))
}

func sameScore(a, b assessment.Score) bool {
	return a.Valid == b.Valid && math.Float64bits(a.Value) == math.Float64bits(b.Value)
}

func sameScores(a, b map[string]assessment.Score) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for id, s := range a {
		t, ok := b[id]
		if !ok || !sameScore(s, t) {
			return false
		}
	}
	return true
}

func sameProfile(a, b *assessment.ProfileRef) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}
