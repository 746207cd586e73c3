package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// While objectives are being written, ctrl+c asks before leaving: the
// check-in is saved already, but the words typed are not. The root model
// lets the key through to this step only then (Model.quitAsks).

// writing reports whether an objective is being written.
func (m focusModel) writing() bool { return m.phase == focusWriting }

// updateLeaving answers the leave question; "stay" puts the cursor back
// in the same objective, its text as it was.
func (m focusModel) updateLeaving(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.confirm.Yes):
		m.leaving = false
		return m, send(closeResultMsg{})
	case key.Matches(km, m.confirm.No):
		m.leaving = false
		return m, m.inputs[m.editing].Focus()
	}
	return m, nil
}

// askLeave opens the question; the field stops taking keys meanwhile.
func (m focusModel) askLeave() (focusModel, tea.Cmd) {
	m.leaving = true
	m.inputs[m.editing].Blur()
	return m, nil
}

// leaveFooter is the question in place of the step's keys.
func (m focusModel) leaveFooter() string {
	q := "Leave without saving what to work on? Your check-in is saved; the objectives typed here are not. " +
		"You can pick what to work on later from the home screen (f). (y/n)"
	return joinVertical(wrap(m.c.styles.Confirm, q, m.c.innerWidth()), m.c.helpView(m.help, m.confirm))
}

// quitAsks reports whether ctrl+c belongs to the screen on view, which
// asks before anything typed is thrown away, rather than quitting at once.
func (m Model) quitAsks() bool {
	return m.state.asksBeforeQuit() || m.state == stateFocus && m.focus.writing()
}
