package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// objectiveStem starts every objective, so the person finishes a sentence
// about something they will have done rather than restate the practice.
const objectiveStem = "By the next check-in I will "

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
// to three of the suggested focus areas and writes each as an objective,
// which is saved on the check-in and reviewed at the start of the next.
// The check-in itself is already saved, so every way out keeps it.
type focusModel struct {
	c       *common
	keys    focusKeys
	confirm confirmKeys
	help    help.Model
	// leaving asks before ctrl+c drops the objectives (focus_leave.go).
	leaving bool

	rec         assessment.CheckIn
	suggestions []assessment.Suggestion
	picked      []bool
	inputs      []textinput.Model // one per suggestion; used for the picked ones

	phase   focusPhase
	cursor  int // the highlighted suggestion while picking
	editing int // the suggestion whose objective is being written
	err     error
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

// objectiveMaxChars is the longest objective the field takes: one
// sentence, with room to spare.
const objectiveMaxChars = 300

func newFocus(c *common, rec assessment.CheckIn, sugs []assessment.Suggestion) focusModel {
	m := focusModel{c: c, keys: newFocusKeys(c, len(sugs)), confirm: newConfirmKeys(), help: help.New(),
		rec: rec, suggestions: sugs, picked: make([]bool, len(sugs))}
	for _, s := range sugs {
		in := textinput.New()
		in.Prompt = "│ "
		in.Placeholder = objectiveStem + lowerFirst(s.Practice)
		in.CharLimit = objectiveMaxChars
		in.Cursor.SetMode(cursor.CursorStatic)
		c.styles.textinput(&in)
		in.SetValue(objectiveStem)
		m.inputs = append(m.inputs, in)
	}
	m.setSize(c.width, c.height)
	return m
}

// lowerFirst lower-cases the first letter of a practice, written as an
// instruction, so it reads on after the stem.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

func (m *focusModel) setSize(int, int) {
	// The prompt and the cursor cell take three columns; two more indent
	// the field under its facet.
	for i := range m.inputs {
		m.inputs[i].Width = max(1, m.width()-5)
	}
}

// width is the measure of the step's text: a little wider than a
// statement, as each suggestion carries a reason and a practice.
func (m focusModel) width() int { return min(m.c.innerWidth(), 76) }

// chosen are the indexes of the picked suggestions, in order.
func (m focusModel) chosen() []int {
	var out []int
	for i, p := range m.picked {
		if p {
			out = append(out, i)
		}
	}
	return out
}

// commitments are the picked suggestions with their objectives. A field
// left empty, or with the stem alone, keeps the practice as the objective.
func (m focusModel) commitments() []assessment.Commitment {
	var out []assessment.Commitment
	for _, i := range m.chosen() {
		s := m.suggestions[i]
		obj := strings.TrimSpace(m.inputs[i].Value())
		if obj == "" || obj == strings.TrimSpace(objectiveStem) {
			obj = s.Practice
		}
		out = append(out, assessment.Commitment{Facet: s.Facet.ID, Item: s.Item.ID, Practice: s.Practice, Objective: obj})
	}
	return out
}

func (m focusModel) update(msg tea.Msg) (focusModel, tea.Cmd) {
	switch msg := msg.(type) {
	case focusSavedMsg:
		m.err = msg.err
		m.phase = focusSaved
		if m.err != nil {
			m.phase = focusFailed
		}
		m.keys.setPhase(m.phase, m.editing == m.last())
		return m, nil
	case tea.KeyMsg:
		switch m.phase {
		case focusPicking:
			return m.updatePicking(msg)
		case focusWriting:
			if m.leaving {
				return m.updateLeaving(msg)
			}
			if msg.Type == tea.KeyCtrlC {
				return m.askLeave()
			}
			return m.updateWriting(msg)
		case focusSaved:
			if key.Matches(msg, m.keys.Close) {
				return m, send(closeResultMsg{})
			}
		case focusFailed:
			return m.updateFailed(msg)
		}
		return m, nil
	}
	if m.phase == focusWriting {
		var cmd tea.Cmd
		m.inputs[m.editing], cmd = m.inputs[m.editing].Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m focusModel) updatePicking(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Skip):
		return m, send(closeResultMsg{})
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
	case key.Matches(km, m.keys.Up):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(km, m.keys.Down):
		m.cursor = min(len(m.suggestions)-1, m.cursor+1)
	case key.Matches(km, m.keys.Toggle):
		m.picked[m.cursor] = !m.picked[m.cursor]
	case key.Matches(km, m.keys.Number):
		i := int(km.Runes[0] - '1')
		m.cursor, m.picked[i] = i, !m.picked[i]
	case key.Matches(km, m.keys.Next):
		// Enter with nothing picked takes the highlighted one: that is
		// what a person pressing enter on it means.
		if len(m.chosen()) == 0 {
			m.picked[m.cursor] = true
		}
		return m.edit(m.chosen()[0])
	}
	return m, nil
}

func (m focusModel) updateWriting(km tea.KeyMsg) (focusModel, tea.Cmd) {
	chosen := m.chosen()
	pos := 0
	for j, i := range chosen {
		if i == m.editing {
			pos = j
		}
	}
	switch {
	case key.Matches(km, m.keys.Next) && pos == len(chosen)-1:
		return m.save()
	case key.Matches(km, m.keys.Next), key.Matches(km, m.keys.NextField):
		return m.edit(chosen[min(pos+1, len(chosen)-1)])
	case key.Matches(km, m.keys.PrevField):
		return m.edit(chosen[max(pos-1, 0)])
	case key.Matches(km, m.keys.Back):
		m.inputs[m.editing].Blur()
		m.phase = focusPicking
		m.keys.setPhase(m.phase, false)
		return m, nil
	}
	var cmd tea.Cmd
	m.inputs[m.editing], cmd = m.inputs[m.editing].Update(km)
	return m, cmd
}

func (m focusModel) updateFailed(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Retry):
		return m.save()
	case key.Matches(km, m.keys.Back):
		return m.edit(m.editing)
	case key.Matches(km, m.keys.Skip):
		return m, send(closeResultMsg{})
	}
	return m, nil
}

// last is the last picked suggestion, whose enter saves.
func (m focusModel) last() int {
	c := m.chosen()
	if len(c) == 0 {
		return -1
	}
	return c[len(c)-1]
}

// edit puts the cursor in the objective of suggestion i.
func (m focusModel) edit(i int) (focusModel, tea.Cmd) {
	m.inputs[m.editing].Blur()
	m.editing, m.phase = i, focusWriting
	m.keys.setPhase(m.phase, i == m.last())
	m.inputs[i].CursorEnd()
	return m, m.inputs[i].Focus()
}

// save writes the commitments onto the saved check-in.
func (m focusModel) save() (focusModel, tea.Cmd) {
	m.inputs[m.editing].Blur()
	m.phase = focusSaving
	m.keys.setPhase(m.phase, false)
	p, id, cs := m.c.practice, m.rec.ID, m.commitments()
	return m, func() tea.Msg {
		return focusSavedMsg{err: p.SetCommitments(id, cs)}
	}
}
