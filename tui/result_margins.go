package tui

import (
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// nearWords names the profiles the scores are within one SEM of, or is
// empty when they are clear of every other profile.
func (r resultView) nearWords() string {
	rel, res := r.q.RelationshipsDimension(), r.q.ResultsDimension()
	a, b := r.rec.Scores.Dimensions[rel.ID], r.rec.Scores.Dimensions[res.ID]
	if !a.Valid || !b.Valid {
		return ""
	}
	near := assessment.NearProfiles(r.q.Profiles, a.Value, b.Value, assessment.SEM(rel.Reference), assessment.SEM(res.Reference))
	names := make([]string, 0, len(near))
	for _, p := range near {
		names = append(names, safe(p.Name))
	}
	if len(names) == 0 {
		return ""
	}
	if n := len(names); n > 1 {
		names[n-2] += " and " + names[n-1]
		names = names[:n-1]
	}
	return "Near the boundary with " + strings.Join(names, ", ") + "."
}

// about says what the scores are and are not, and where the reference
// values behind the margins come from.
func (r resultView) about(w int) string {
	text := assessment.WhatScoresAre(r.q)
	if n := r.q.AnsweredWords(r.rec.Answers); n != "" {
		text = "Statements: " + n + ". " + text
	}
	return wrap(r.st.Muted, text, w)
}
