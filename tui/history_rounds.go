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
	text := fmt.Sprintf("Feedback round %s is set against this check-in. Delete %s and %s responses too? "+
		"If kept, %s your next check-in.", strings.Join(ids, ", "), plural(len(tied), "it", "them"),
		plural(len(tied), "its", "their"), plural(len(tied), "it waits for", "they wait for"))
	q := newQuestion(m.c, text, "Delete "+plural(len(tied), "the round", "the rounds"), "Keep "+plural(len(tied), "it", "them"),
		plainKeys("delete the rounds too", "keep the rounds"))
	m.ask, m.tied = &q, tied
	m.layout()
	return m
}
