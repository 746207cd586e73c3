package tui

import tea "github.com/charmbracelet/bubbletea"

// While objectives are being written, ctrl+c asks before leaving: the
// check-in is saved already, but the words typed are not. The root model
// lets the key through to this step only then (Model.quitAsks).

// writing reports whether an objective is being written.
func (m focusModel) writing() bool { return m.phase == focusWriting }

// askLeave opens the question; the field takes no keys meanwhile.
func (m focusModel) askLeave() focusModel {
	q := newQuestion(m.c, "Leave without saving what to work on? Your check-in is saved; the objectives typed here are not. "+
		"You can pick what to work on later from the home screen (f).", "Leave", "Stay", leaveKeys())
	m.leave = &q
	return m
}

// updateLeaving answers the leave question; "stay" puts the cursor back
// in the same objective, its text as it was.
func (m focusModel) updateLeaving(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch m.leave.answer(km) {
	case saidYes:
		m.leave = nil
		return m, send(closeResultMsg{})
	case saidNo:
		m.leave = nil
	}
	return m, nil
}

// quitAsks reports whether ctrl+c belongs to the screen on view, which
// asks before anything typed is thrown away, rather than quitting at once.
func (m Model) quitAsks() bool {
	return m.state.asksBeforeQuit() || m.state == stateFocus && m.focus.writing()
}
