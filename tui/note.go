package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
)

// noteLines is the height of the note field: room for a short
// reflection without turning the step into a form.
const noteLines = 4

// noteModel asks for an optional note after the last statement.
type noteModel struct {
	c     *common
	keys  noteKeys
	help  help.Model
	area  textarea.Model
	leave textLeave
}

func newNote(c *common) noteModel {
	k := newNoteKeys()
	area := newTextArea(c, k, "e.g. a reorganisation, a new hire, a hard quarter", 1000, noteLines)
	return noteModel{c: c, keys: k, help: help.New(), area: area, leave: newTextLeave()}
}

// newTextArea is the free-text field of the note and the reflection.
func newTextArea(c *common, k noteKeys, placeholder string, limit, lines int) textarea.Model {
	area := textarea.New()
	area.ShowLineNumbers = false
	area.Placeholder = placeholder
	area.CharLimit = limit
	area.Prompt = "│ "
	area.FocusedStyle, area.BlurredStyle = c.styles.textarea()
	area.KeyMap.InsertNewline = k.Newline
	// A steady cursor: blinking adds a timer that redraws the screen twice
	// a second for nothing a reader needs.
	area.Cursor.SetMode(cursor.CursorStatic)
	area.SetHeight(lines)
	return area
}

// ready tells a note made by newNote from the zero value, so a note typed
// before going back to the statements survives the trip.
func (m noteModel) ready() bool { return m.c != nil }

// text is the note as written, without surrounding blank lines.
func (m noteModel) text() string { return strings.TrimSpace(m.area.Value()) }

func (m *noteModel) focus() tea.Cmd { return m.area.Focus() }

func (m *noteModel) blur() {
	if m.ready() {
		m.area.Blur()
	}
}

func (m *noteModel) setSize(w, _ int) {
	m.area.SetWidth(min(max(0, w-2*padX), statementWidth))
}

func (m noteModel) update(msg tea.Msg) (noteModel, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && m.leave.asking {
		return m, m.leave.answer(km, noteBackMsg{})
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, m.keys.Done):
			return m, send(noteDoneMsg{note: strings.TrimSpace(m.area.Value())})
		case key.Matches(km, m.keys.Back):
			return m, send(noteBackMsg{})
		case key.Matches(km, m.keys.Leave):
			m.leave.asking = true
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.area, cmd = m.area.Update(msg)
	return m, cmd
}

func (m noteModel) view() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), statementWidth)
	header := spread(m.c.checkInTitle(), st.Muted.Render("all statements done"), w)
	body := stack(
		"",
		wrap(st.Statement, "Anything to remember about this period? (optional)", w),
		wrap(st.Muted, "A line on what was going on helps when you look back. Press enter to see your result.", w),
		"",
		m.area.View(),
	)
	footer := m.c.helpView(m.help, m.keys)
	if m.leave.asking {
		footer = m.leave.footer(m.c, m.help)
	}
	return m.c.screen(header, body, footer)
}

// noteKeys take enter to go on: a note is a line or two, and a newline is
// the rarer need, so it gets the chord.
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
