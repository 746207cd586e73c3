package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// reflectLines is the reflection field's height when the window has room:
// more than the note's, as this is the step for thinking in sentences.
const reflectLines = 6

// reflectModel asks, after the statements, what the person notices about
// how they led (ReflectionForm), prompted by questions drawn from their
// answers. It comes before the note, which asks about the circumstances.
type reflectModel struct {
	c       *common
	keys    noteKeys
	help    help.Model
	value   *string
	form    form
	prompts []string
	// leave asks before esc or ctrl+c leaves; nil when not asking.
	// answered counts the statements answered, for it.
	leave    *question
	answered int
	// short drops the explanation under the title when the window is low.
	short bool
}

// Messages from the reflection to the check-in's flow, like the note's.
type (
	reflectBackMsg struct{}
	reflectDoneMsg struct{}
)

func newReflect(c *common) reflectModel {
	return reflectModel{c: c, keys: newNoteKeys(), help: help.New(), value: new(string)}
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
func (m reflectModel) text() string { return strings.TrimSpace(*m.value) }

// setText puts back the reflection of a resumed check-in.
func (m *reflectModel) setText(s string) { *m.value = s }

func (m reflectModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m reflectModel) keyMap() help.KeyMap {
	if m.leave != nil {
		return m.leave.keys
	}
	return m.keys
}

// asksBeforeQuit is true: ctrl+c, like esc, asks before the text goes.
func (m reflectModel) asksBeforeQuit() bool { return true }

func (m reflectModel) waiting() bool { return false }

// layout builds the form at the window's width, dropping the explanation
// first when the window is short, then the field's lines, down to two.
func (m *reflectModel) layout() {
	w, fw := min(m.c.innerWidth(), statementWidth), min(m.c.innerWidth(), statementWidth+formFrame)
	m.short = false
	m.form = newForm(m.c, reflectionForm(m.prompts, m.value, reflectLines, fw), fw)
	spare := func() int { return m.c.height - height(m.footer()) - height(m.header(w)) - height(m.body(w)) }
	if spare() < 0 {
		m.short = true
	}
	if s := spare(); s < 0 {
		m.form = newForm(m.c, reflectionForm(m.prompts, m.value, max(2, reflectLines+s), fw), fw)
	}
	if m.leave != nil {
		m.leave.setWidth(leaveWidth(m.c))
	}
}

func (m reflectModel) update(msg tea.Msg) (screen, tea.Cmd) {
	km, isKey := msg.(tea.KeyMsg)
	if isKey && m.leave != nil {
		open, cmd := answerLeave(m.leave, km, reflectBackMsg{})
		if !open {
			m.leave = nil
		}
		return m, cmd
	}
	if isKey {
		switch {
		case key.Matches(km, m.keys.Back):
			return m, send(reflectBackMsg{})
		case key.Matches(km, m.keys.Leave):
			m.leave = textStepLeave(m.c, m.answered)
			return m, nil
		}
	}
	cmd := m.form.update(msg)
	if m.form.completed() {
		return m, send(reflectDoneMsg{})
	}
	return m, cmd
}

func (m reflectModel) header(w int) string {
	return spread(m.c.checkInTitle(), m.c.styles.Muted.Render("all statements done"), w)
}

// body is the form: the question, which asks about the person's own
// leading (the note after it asks about circumstances), the prompts and
// the field, with a line on what the prompts are for above it.
func (m reflectModel) body(w int) string {
	lines := []string{""}
	if !m.short {
		lines = append(lines, wrap(m.c.styles.Muted,
			"Questions drawn from your answers; take any of them, in your own words. Press enter to go on to a note about what was going on around you.", w), "")
	}
	return stack(append(lines, m.form.view())...)
}

// footer is the question about leaving, or the key line, broken where it
// is wider than the room from the form's left edge (footerRoom).
func (m reflectModel) footer() string {
	if m.leave != nil {
		return m.leave.footer(m.c, m.help)
	}
	fw := min(m.c.innerWidth(), statementWidth+formFrame)
	return m.c.helpIn(m.help, m.keyMap(), m.c.footerRoom(fw))
}

func (m reflectModel) view() string {
	w := min(m.c.innerWidth(), statementWidth)
	return m.c.screen(m.header(w), m.body(w), m.footer())
}
