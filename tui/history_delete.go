package tui

import (
	"fmt"
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// Deleting a check-in from the history: d asks first, with a question in
// the footer, and y deletes it through Practice, after which its row goes.
// A check-in a feedback round is set against asks once more, about the
// round (history_rounds.go).

type historyDeletedMsg struct {
	id  string
	err error
}

// confirmDelete answers the question; yes deletes the check-in in a
// command, whose reply takes the row out.
func (m historyModel) confirmDelete(msg tea.KeyMsg) (historyModel, tea.Cmd) {
	switch m.ask.answer(msg) {
	case saidYes:
		if m.tied == nil {
			if tied := m.roundsTied(); len(tied) > 0 {
				return m.askRounds(tied), nil
			}
		}
		// Yes to the second question drops the rounds too.
		return m.deleteNow(m.tied != nil)
	case saidNo:
		if m.tied != nil {
			// The check-in goes; its rounds stay and wait for the next.
			return m.deleteNow(false)
		}
		m.deleting, m.ask = "", nil
		m.layout()
	}
	return m, nil
}

// deleteNow deletes the check-in in a command, and its feedback rounds
// with it when dropRounds is set.
func (m historyModel) deleteNow(dropRounds bool) (historyModel, tea.Cmd) {
	id, p := m.deleting, m.c.practice
	m.deleting, m.ask, m.tied = "", nil, nil
	m.layout()
	return m, replyTo(screenHistory, func() tea.Msg {
		return historyDeletedMsg{id: id, err: p.DeleteWithRounds(id, dropRounds)}
	})
}

// deleted takes the row out, leaving the cursor where it was: on the
// check-in that moved up into its place.
func (m *historyModel) deleted(msg historyDeletedMsg) {
	i := slices.IndexFunc(m.recs, func(r assessment.CheckIn) bool { return r.ID == msg.id })
	if i < 0 {
		return
	}
	when := m.recs[i].TakenAt.Format(historyDate)
	if msg.err != nil {
		m.status, m.statusErr = fmt.Sprintf("Could not delete the check-in of %s: %v", when, msg.err), true
		m.layout()
		return
	}
	m.recs = slices.Delete(slices.Clone(m.recs), i, i+1)
	if m.marked == msg.id {
		m.marked = ""
	}
	m.status = "Deleted the check-in of " + when + "."
	m.layout()
}
