package tui

import (
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// Outcome is what a run of the app left behind, for the one line the
// command line prints once the screen is gone, as gum and glow leave
// theirs in the scrollback: a check-in saved, or one kept as a draft, or
// nothing when the person only looked.
type Outcome struct {
	// Saved is the last check-in saved in this run, if any.
	Saved *assessment.CheckIn
	// Draft is set when a check-in left unfinished in this run is kept
	// as a draft.
	Draft bool
}

// finished notes what became of a finished check-in: saved, or kept in a
// recovery file; either way its draft is gone (Practice.Finish).
func (c *common) finished(f Finished) {
	if f.Err == nil {
		rec := f.CheckIn
		c.saved = &rec
	}
	if f.Err == nil || f.Recovery != "" {
		c.drafts.kept = false
	}
}

// Outcome is what this run left behind.
func (m Model) Outcome() Outcome {
	if m.common == nil {
		return Outcome{}
	}
	return Outcome{Saved: m.common.saved, Draft: m.common.drafts.kept}
}

// Line is the outcome in one line, in the product's words, or "" when
// there is nothing to say: "Saved check-in 20261130-090000-1 ·
// relationships 56 ±13 · results 63 ±13". A draft left after a saved
// check-in is the newer news, so it wins.
func (o Outcome) Line(q *assessment.Questionnaire) string {
	switch {
	case o.Draft:
		return "Check-in kept as a draft; the next check-in offers to resume it."
	case o.Saved == nil:
		return ""
	}
	parts := []string{"Saved check-in " + safe(o.Saved.ID)}
	margins := assessment.MarginsOfRecord(q, o.Saved.Scores)
	for _, d := range []assessment.Dimension{q.RelationshipsDimension(), q.ResultsDimension()} {
		s := o.Saved.Scores.Dimensions[d.ID]
		words := assessment.NotScored
		if s.Valid {
			words = assessment.ScoreWithMargin(s, margins.Dimensions[d.ID])
		}
		parts = append(parts, d.ID+" "+words)
	}
	return strings.Join(parts, " · ")
}
