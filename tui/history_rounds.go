package tui

import (
	"fmt"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// Deleting a check-in that a feedback round is set against: once the
// delete is confirmed, a second question asks whether the round and its
// responses go too, or stay and wait for the next check-in.

// roundsTied are the rounds set against the check-in being deleted; a
// failed read asks nothing more, and the rounds then wait.
func (m historyModel) roundsTied() []assessment.Round {
	tied, err := m.c.practice.RoundsTiedTo(m.deleting)
	if err != nil {
		return nil
	}
	return tied
}

// askRounds puts the second question.
func (m historyModel) askRounds(tied []assessment.Round) historyModel {
	ids := make([]string, len(tied))
	for i, r := range tied {
		ids[i] = safe(r.ID)
	}
	n := len(tied)
	text := fmt.Sprintf("%s %s %s set against this check-in. Delete %s and %s responses too? "+
		"If kept, %s your next check-in.", plural(n, "Feedback round", "Feedback rounds"), strings.Join(ids, ", "),
		plural(n, "is", "are"), plural(n, "it", "them"), plural(n, "its", "their"), plural(n, "it waits for", "they wait for"))
	rounds := plural(n, "the round", "the rounds")
	q := newQuestion(m.c, text, "Delete "+rounds, "Keep "+plural(n, "it", "them"),
		plainKeys("delete "+rounds+" too", "keep "+rounds))
	m.ask, m.tied = &q, tied
	m.layout()
	return m
}
