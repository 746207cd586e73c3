package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// noteLines is the height of the note field: room for a short
// reflection without turning the step into a form.
const noteLines = 4

// noteModel asks for an optional note after the last statement, with
// NoteForm.
type noteModel struct {
	c     *common
	keys  noteKeys
	help  help.Model
	value *string
	form  form
	// leave asks before esc or ctrl+c leaves (textStepLeave); nil when
	// not asking. answered counts the statements answered, for it.
	leave    *question
	answered int
}

func newNote(c *common) noteModel {
	m := noteModel{c: c, keys: newNoteKeys(), help: help.New(), value: new(string)}
	m.layout()
	return m
}

// ready tells a note made by newNote from the zero value, so a note typed
// before going back to the statements survives the trip.
func (m noteModel) ready() bool { return m.c != nil }

// text is the note as written, without surrounding blank lines.
func (m noteModel) text() string { return strings.TrimSpace(*m.value) }

// setText puts back the note of a resumed check-in.
func (m *noteModel) setText(s string) {
	*m.value = s
	m.layout()
}

func (m noteModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m noteModel) keyMap() help.KeyMap {
	if m.leave != nil {
		return m.leave.keys
	}
	return m.keys
}

// asksBeforeQuit is true: ctrl+c, like esc, asks before the text goes.
func (m noteModel) asksBeforeQuit() bool { return true }

func (m noteModel) waiting() bool { return false }

// layout builds the form at the window's width, the field as tall as
// noteLines when the window has room, down to two lines.
func (m *noteModel) layout() {
	w, fw := min(m.c.innerWidth(), statementWidth), min(m.c.innerWidth(), statementWidth+formFrame)
	m.form = newForm(m.c, noteForm(m.value, noteLines), fw)
	if spare := m.c.height - height(m.footer()) - height(m.header(w)) - height(m.body()); spare < 0 {
		m.form = newForm(m.c, noteForm(m.value, max(2, noteLines+spare)), fw)
	}
	if m.leave != nil {
		m.leave.setWidth(leaveWidth(m.c))
	}
}

func (m noteModel) update(msg tea.Msg) (screen, tea.Cmd) {
	km, isKey := msg.(tea.KeyMsg)
	if isKey && m.leave != nil {
		open, cmd := answerLeave(m.leave, km, noteBackMsg{})
		if !open {
			m.leave = nil
		}
		return m, cmd
	}
	if isKey {
		switch {
		case key.Matches(km, m.keys.Back):
			return m, send(noteBackMsg{})
		case key.Matches(km, m.keys.Leave):
			m.leave = textStepLeave(m.c, m.answered)
			return m, nil
		}
	}
	cmd := m.form.update(msg)
	if m.form.completed() {
		return m, send(noteDoneMsg{note: m.text()})
	}
	return m, cmd
}

func (m noteModel) header(w int) string {
	return spread(m.c.checkInTitle(), m.c.styles.Muted.Render("all statements done"), w)
}

func (m noteModel) body() string { return stack("", m.form.view()) }

// footer is the question about leaving, or the key line, broken where it
// is wider than the room from the form's left edge (footerRoom).
func (m noteModel) footer() string {
	if m.leave != nil {
		return m.leave.footer(m.c, m.help)
	}
	fw := min(m.c.innerWidth(), statementWidth+formFrame)
	return m.c.helpIn(m.help, m.keyMap(), m.c.footerRoom(fw))
}

func (m noteModel) view() string {
	w := min(m.c.innerWidth(), statementWidth)
	return m.c.screen(m.header(w), m.body(), m.footer())
}

// noteKeys take enter to go on: a note is a line or two, and a newline is
// the rarer need, so it gets the chord. They are huh's text keys (enter,
// alt+enter or ctrl+j, shift+tab), named as every screen names its keys;
// shift+tab and esc are the screen's.
type noteKeys struct {
	Done    key.Binding
	Newline key.Binding
	Back    key.Binding
	Leave   key.Binding
}

func newNoteKeys() noteKeys {
	return noteKeys{
		Done:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Newline: key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter/ctrl+j", "new line")),
		Back:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		Leave:   key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "leave")),
	}
}

func (k noteKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Done, k.Newline, k.Back, k.Leave} }
func (k noteKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }
