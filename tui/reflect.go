package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
)

// reflectLines is the reflection field's height when the window has room:
// more than the note's, as this is the step for thinking in sentences.
const reflectLines = 6

// reflectModel asks, after the statements, what the person notices about
// how they led, prompted by questions drawn from their answers. It comes
// before the note, which asks about the circumstances instead.
type reflectModel struct {
	c       *common
	keys    noteKeys
	help    help.Model
	area    textarea.Model
	prompts []string
	leave   textLeave
	// short drops the explanation under the title when the window is low.
	short bool
}

// Messages from the reflection to the router, like the note's.
type (
	reflectBackMsg struct{}
	reflectDoneMsg struct{}
)

func newReflect(c *common) reflectModel {
	k := newNoteKeys()
	area := newTextArea(c, k, "e.g. I kept the one-to-ones but cut them short when the release slipped", 2000, reflectLines)
	return reflectModel{c: c, keys: k, help: help.New(), area: area, leave: newTextLeave()}
}

// ready tells a reflection made by newReflect from the zero value, so the
// text survives a trip back to the statements.
func (m reflectModel) ready() bool { return m.c != nil }

// withPrompts sets the questions, drawn afresh from the answers each time
// the step is reached, since going back may have changed them. The text
// already written stays.
func (m reflectModel) withPrompts(prompts []string) reflectModel {
	m.prompts = prompts
	m.layout()
	return m
}

// text is the reflection as written, without surrounding blank lines.
func (m reflectModel) text() string { return strings.TrimSpace(m.area.Value()) }

func (m *reflectModel) focus() tea.Cmd { return m.area.Focus() }

func (m *reflectModel) blur() {
	if m.ready() {
		m.area.Blur()
	}
}

func (m *reflectModel) setSize(int, int) { m.layout() }

// layout gives the field what the window leaves, between two lines and
// reflectLines, dropping the explanation first when even that is short.
func (m *reflectModel) layout() {
	w := min(m.c.innerWidth(), statementWidth)
	m.area.SetWidth(w)
	footer := height(m.c.helpView(m.help, m.keys))
	m.short = false
	m.area.SetHeight(reflectLines)
	spare := m.c.height - footer - height(m.header(w)) - height(m.body(w))
	if spare < 0 {
		m.short = true
		spare = m.c.height - footer - height(m.header(w)) - height(m.body(w))
	}
	m.area.SetHeight(max(2, reflectLines+min(0, spare)))
}

func (m reflectModel) update(msg tea.Msg) (reflectModel, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && m.leave.asking {
		return m, m.leave.answer(km, reflectBackMsg{})
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, m.keys.Done):
			return m, send(reflectDoneMsg{})
		case key.Matches(km, m.keys.Back):
			return m, send(reflectBackMsg{})
		case key.Matches(km, m.keys.Leave):
			m.leave.asking = true
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	return m, cmd
}

func (m reflectModel) header(w int) string {
	return spread(m.c.checkInTitle(), m.c.styles.Muted.Render("all statements done"), w)
}

// body is the title, the prompts and the field. The title asks about the
// person's own leading, where the note after it asks about circumstances.
func (m reflectModel) body(w int) string {
	st := m.c.styles
	lines := []string{"", wrap(st.Statement, "Looking back: what do you notice about how you led? (optional)", w)}
	if !m.short {
		lines = append(lines, wrap(st.Muted,
			"Questions drawn from your answers; take any of them, in your own words. Press enter to go on to a note about what was going on around you.", w))
	}
	lines = append(lines, "")
	for _, p := range m.prompts {
		lines = append(lines, hanging("• ", p, st.Text, w))
	}
	return stack(append(lines, "", m.area.View())...)
}

func (m reflectModel) view() string {
	w := min(m.c.innerWidth(), statementWidth)
	footer := m.c.helpView(m.help, m.keys)
	if m.leave.asking {
		footer = m.leave.footer(m.c, m.help)
	}
	return m.c.screen(m.header(w), m.body(w), footer)
}
