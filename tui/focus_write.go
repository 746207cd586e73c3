package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// The second phase of the focus step: writing each picked suggestion as
// an objective, then saving them, or trying again when that failed.
// Meanwhile ctrl+c asks before leaving: the check-in is saved already,
// but the words typed are not, so the step takes the key from the router
// only then (asksBeforeQuit).

// writing reports whether an objective is being written.
func (m focusModel) writing() bool { return m.phase == focusWriting }

// askLeave opens the question; the field takes no keys meanwhile.
func (m focusModel) askLeave() focusModel {
	q := newQuestion(m.c, "Leave without saving what to work on? Your check-in is saved; the objectives typed here are not. "+
		"You can pick what to work on later from the home screen (f).", "Leave", "Stay", leaveKeys())
	q.setWidth(m.width()) // under the objectives, not across a large window
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

// write opens the objectives of the picked suggestions.
func (m focusModel) write() focusModel {
	m.phase = focusWriting
	m.form = newForm(m.c, focusWriteForm(m.suggestions, *m.picked, m.objectives, m.width()), m.width())
	m.keys.setPhase(m.phase, m.position() == len(*m.picked)-1)
	m.fitWriting()
	return m
}

// rewrite builds the objectives again for a new width, the cursor on the
// same one: their suggestions were broken into lines for the old width.
// What was typed stays, as the fields write into m.objectives.
func (m focusModel) rewrite() focusModel {
	pos := m.position()
	m = m.write()
	for range pos {
		m.form.update(huh.NextField())
	}
	m.keys.setPhase(m.phase, pos == len(*m.picked)-1)
	return m
}

// fitWriting gives the objectives the room below the header. When they
// do not all fit, the form scrolls to the one being written and a line
// under it says that more lies below or above.
func (m *focusModel) fitWriting() {
	room := m.writeRoom()
	m.form.setWidth(m.width())
	m.writeCut = height(m.form.view()) > room
	if m.writeCut {
		room--
	}
	m.form.setSize(m.width(), room)
}

// writeRoom is the height the objectives have below the header and the
// line that asks for them; more than that scrolls to the one being
// written.
func (m focusModel) writeRoom() int {
	return m.c.height - 1 - height(m.c.helpView(m.help, m.keys)) - 3
}

// writeMore is the line under objectives that do not all fit: whether
// the first objective's title is cut off above, and whether the last's
// line to type in is cut off below. huh keeps where its group scrolled
// to, so the lines on show tell.
func (m focusModel) writeMore() string {
	if !m.writeCut {
		return ""
	}
	lines := strings.Split(strings.TrimRight(ansi.Strip(m.form.view()), " \n"), "\n")
	bare := func(l string) string { return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "┃")) }
	picked := *m.picked
	first, last := safe(m.suggestions[picked[0]].Facet.Name), safe(m.suggestions[picked[len(picked)-1]].Facet.Name)
	above := bare(lines[0]) != first
	below := !strings.HasPrefix(bare(lines[len(lines)-1]), ">") ||
		!slices.ContainsFunc(lines, func(l string) bool { return bare(l) == last })
	switch {
	case above && below:
		return m.c.styles.Muted.Render("↕ more above and below")
	case above:
		return m.c.styles.Muted.Render("↑ more above")
	case below:
		return m.c.styles.Muted.Render("↓ more below")
	}
	return ""
}

func (m focusModel) updateWriting(km tea.KeyMsg) (focusModel, tea.Cmd) {
	pos, last := m.position(), len(*m.picked)-1
	switch {
	case key.Matches(km, m.keys.Back):
		return m.pick(), nil
	case key.Matches(km, m.keys.NextField):
		// Tab and ↓ move between the objectives, never past the last:
		// only enter saves.
		if pos < last {
			m.form.update(huh.NextField())
		}
	case key.Matches(km, m.keys.PrevField):
		if pos > 0 {
			m.form.update(huh.PrevField())
		}
	default:
		m.form.update(km)
	}
	if m.form.completed() {
		return m.save()
	}
	m.keys.setPhase(m.phase, m.position() == last)
	return m, nil
}

// position is where the objective with the cursor is among the picked.
func (m focusModel) position() int {
	if m.phase != focusWriting {
		return 0
	}
	for j, i := range *m.picked {
		if objectiveKey(i) == m.form.focused() {
			return j
		}
	}
	return 0
}

func (m focusModel) updateFailed(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Retry):
		return m.save()
	case key.Matches(km, m.keys.Back):
		return m.write(), nil
	case key.Matches(km, m.keys.Skip):
		return m, send(closeResultMsg{})
	}
	return m, nil
}

// save writes the commitments onto the saved check-in.
func (m focusModel) save() (focusModel, tea.Cmd) {
	m.phase = focusSaving
	m.keys.setPhase(m.phase, false)
	p, id, cs := m.c.practice, m.rec.ID, m.commitments()
	return m, replyTo(screenCheckIn, func() tea.Msg {
		return focusSavedMsg{err: p.SetCommitments(id, cs)}
	})
}
