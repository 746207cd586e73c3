package tui

import (
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
)

// focusPhase is where the focus step is: picking, writing the objectives,
// then saving them.
type focusPhase int

const (
	focusPicking focusPhase = iota
	focusWriting
	focusSaving
	focusSaved
	focusFailed
)

// focusModel follows the result of a fresh check-in: the person picks one
// to three of the suggested focus areas (FocusPickForm) and writes each as
// an objective (FocusWriteForm), which is saved on the check-in and
// reviewed at the start of the next. The check-in itself is already
// saved, so every way out keeps it.
type focusModel struct {
	c    *common
	keys focusKeys
	help help.Model
	// leave asks before ctrl+c drops the objectives (focus_leave.go); nil
	// when not asking.
	leave *question

	rec         assessment.CheckIn
	suggestions []assessment.Suggestion
	picked      *[]int   // indexes of the picked suggestions, in order
	objectives  []string // one per suggestion; used for the picked ones
	form        form

	phase focusPhase
	err   error
}

// Messages between the result, the focus step and the router.
type (
	// pickFocusMsg opens the focus step for a saved check-in.
	pickFocusMsg struct {
		rec         assessment.CheckIn
		suggestions []assessment.Suggestion
	}
	focusSavedMsg struct{ err error }
)

func newFocus(c *common, rec assessment.CheckIn, sugs []assessment.Suggestion) focusModel {
	m := focusModel{c: c, keys: newFocusKeys(c, len(sugs)), help: help.New(),
		rec: rec, suggestions: sugs, picked: new([]int), objectives: NewObjectives(len(sugs))}
	return m.pick()
}

// lowerFirst lower-cases the first letter of a practice, written as an
// instruction, so it reads on after the stem.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// width is the measure of the step's text: a little wider than a
// statement, as each suggestion carries a reason and a practice.
func (m focusModel) width() int { return min(m.c.innerWidth(), 76) }

func (m *focusModel) setSize(int, int) {
	switch {
	case m.phase == focusWriting:
		m.form.setSize(m.width(), m.writeRoom())
	case m.form.f != nil:
		m.form.setWidth(m.width())
	}
	if m.leave != nil {
		m.leave.setWidth(m.c.innerWidth())
	}
}

// pick opens the picking form, with what was picked before.
func (m focusModel) pick() focusModel {
	m.phase = focusPicking
	m.keys.setPhase(m.phase, false)
	m.form = newForm(m.c, FocusPickForm(m.suggestions, m.picked), m.width())
	return m
}

// write opens the objectives of the picked suggestions.
func (m focusModel) write() focusModel {
	m.phase = focusWriting
	m.form = newForm(m.c, FocusWriteForm(m.suggestions, *m.picked, m.objectives), m.width())
	m.keys.setPhase(m.phase, m.position() == len(*m.picked)-1)
	m.form.setSize(m.width(), m.writeRoom())
	return m
}

// writeRoom is the height the objectives have below the header and the
// line that asks for them; more than that scrolls to the one being
// written.
func (m focusModel) writeRoom() int {
	return m.c.height - 1 - height(m.c.helpView(m.help, m.keys)) - 3
}

// commitments are the picked suggestions with their objectives.
func (m focusModel) commitments() []assessment.Commitment {
	return Commitments(m.suggestions, *m.picked, m.objectives)
}

func (m focusModel) update(msg tea.Msg) (focusModel, tea.Cmd) {
	switch msg := msg.(type) {
	case focusSavedMsg:
		m.err = msg.err
		m.phase = focusSaved
		if m.err != nil {
			m.phase = focusFailed
		}
		m.keys.setPhase(m.phase, false)
		return m, nil
	case tea.KeyMsg:
		switch m.phase {
		case focusPicking:
			return m.updatePicking(msg)
		case focusWriting:
			if m.leave != nil {
				return m.updateLeaving(msg)
			}
			if msg.Type == tea.KeyCtrlC {
				return m.askLeave(), nil
			}
			return m.updateWriting(msg)
		case focusSaved:
			if key.Matches(msg, m.keys.Close) {
				return m, send(closeResultMsg{})
			}
		case focusFailed:
			return m.updateFailed(msg)
		}
	}
	return m, nil
}

func (m focusModel) updatePicking(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Skip):
		return m, send(closeResultMsg{})
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
		return m, nil
	case key.Matches(km, m.keys.Number):
		keys := []string{"home"}
		for range km.Runes[0] - '1' {
			keys = append(keys, "down")
		}
		m.form.keys(append(keys, "x")...)
		return m, nil
	case key.Matches(km, m.keys.Next) && len(*m.picked) == 0:
		// Enter with nothing picked takes the highlighted one: that is
		// what a person pressing enter on it means.
		m.form.keys("x")
	}
	m.form.update(km)
	if m.form.completed() {
		return m.write(), nil
	}
	return m, nil
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

// save writes the commitments onto the saved check-in.
func (m focusModel) save() (focusModel, tea.Cmd) {
	m.phase = focusSaving
	m.keys.setPhase(m.phase, false)
	p, id, cs := m.c.practice, m.rec.ID, m.commitments()
	return m, func() tea.Msg {
		return focusSavedMsg{err: p.SetCommitments(id, cs)}
	}
}
