package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// cadenceChoices are the quick choices: weekly to quarterly, the rhythms
// people plan in. Anything else between a week and a year is typed.
var cadenceChoices = []assessment.Cadence{{Days: 7}, {Days: 14}, {Days: 28}, {Days: 42}, {Days: 56}, {Days: 84}}

var errNoSettings = errors.New("no settings file was given to this run, so the choice cannot be saved")

// cadenceModel chooses how often to check in and saves it in the settings
// file, where the dashboard reads it to say when the next check-in is due.
type cadenceModel struct {
	c     *common
	keys  cadenceKeys
	help  help.Model
	input textinput.Model
	// cursor is the row: an index into cadenceChoices, or one past the
	// end for the typed cadence.
	cursor  int
	current assessment.Cadence // in use: the saved one or the default
	saving  bool
	saved   bool  // the last save went through
	err     error // the last typed cadence or save that failed
}

type cadenceSavedMsg struct {
	cadence assessment.Cadence
	err     error
}

func newCadence(c *common, current assessment.Cadence) cadenceModel {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = "e.g. 10d or 3w"
	in.CharLimit = 16
	in.Width = 16
	c.styles.textinput(&in)
	// A steady cursor, as in the note: blinking redraws for nothing.
	in.Cursor.SetMode(cursor.CursorStatic)
	m := cadenceModel{c: c, keys: newCadenceKeys(), help: help.New(), input: in, current: current}
	m.cursor = slices.Index(cadenceChoices, current)
	if m.cursor < 0 {
		m.input.SetValue(current.String())
		m.cursor = len(cadenceChoices)
	}
	m.moveTo(m.cursor)
	return m
}

// saveCadence keeps every other setting as it is. A settings file that
// cannot be read is left alone rather than overwritten.
func saveCadence(p Practice, c assessment.Cadence) error {
	if p.SettingsPath() == "" {
		return errNoSettings
	}
	return p.SetCadence(c)
}

func (m *cadenceModel) setSize(int, int) {}

func (m cadenceModel) onOther() bool { return m.cursor == len(cadenceChoices) }

// moveTo puts the cursor on row i, and the keyboard in the text field
// when that is the "other" row.
func (m *cadenceModel) moveTo(i int) {
	m.cursor = min(len(cadenceChoices), max(0, i))
	m.keys.typing(m.onOther())
	if m.onOther() {
		m.input.Focus()
	} else {
		m.input.Blur()
	}
}

func (m cadenceModel) update(msg tea.Msg) (cadenceModel, tea.Cmd) {
	switch msg := msg.(type) {
	case cadenceSavedMsg:
		m.saving, m.err, m.saved = false, msg.err, msg.err == nil
		if msg.err == nil {
			m.current = msg.cadence
		}
		return m, nil
	case tea.KeyMsg:
		if m.saving {
			return m, nil // a moment: leaving now would hide how the save went
		}
		switch {
		case key.Matches(msg, m.keys.Back):
			return m, send(backHomeMsg{})
		case key.Matches(msg, m.keys.Up):
			m.moveTo(m.cursor - 1)
			return m, nil
		case key.Matches(msg, m.keys.Down):
			m.moveTo(m.cursor + 1)
			return m, nil
		case key.Matches(msg, m.keys.Save):
			return m.save()
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
			return m, nil
		}
		if m.onOther() {
			// A new cadence is being typed: the old verdict no longer applies.
			m.err, m.saved = nil, false
		}
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// save checks the typed cadence, then writes the choice. Nothing is
// written when the text does not read as a cadence.
func (m cadenceModel) save() (cadenceModel, tea.Cmd) {
	m.saved = false
	var c assessment.Cadence
	if m.onOther() {
		var err error
		if c, err = assessment.ParseCadence(m.input.Value()); err != nil {
			m.err = err
			return m, nil
		}
	} else {
		c = cadenceChoices[m.cursor]
	}
	m.saving, m.err = true, nil
	p := m.c.practice
	return m, func() tea.Msg { return cadenceSavedMsg{cadence: c, err: saveCadence(p, c)} }
}

func (m cadenceModel) view() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), homeWidth)
	header := st.Title.Render("leadcheck") + st.Subtitle.Render(" · cadence")
	footer := m.c.helpView(m.help, m.keys)
	why := wrap(st.Muted, "Behaviour takes a few weeks to change, and a month is easy to remember: "+
		assessment.DefaultCadence.Words()+" is the default. The home screen says when the next check-in is due.", w)
	body := func(why string) string {
		parts := []string{"", wrap(st.Statement, "How often do you want to check in?", w)}
		if why != "" {
			parts = append(parts, why)
		}
		return stack(append(parts, "", m.options(), "", m.status(w))...)
	}
	b := body(why)
	if height(header)+height(b)+height(footer) > m.c.height {
		b = body("") // the choices and how the save went matter more than why
	}
	return m.c.screen(header, padLines(b, w), footer)
}

// options are the quick choices and the text field, the one in use marked
// by a glyph so it shows without colour.
func (m cadenceModel) options() string {
	st, g := m.c.styles, m.c.styles.Glyphs
	row := func(i int, text string) string {
		cur, mark, style := "  ", g.Open, st.Option
		if i == m.cursor {
			cur, style = st.OptionCursor.Render(g.Cursor)+" ", st.OptionCursor
		}
		if (i < len(cadenceChoices) && cadenceChoices[i] == m.current) ||
			(i == len(cadenceChoices) && !slices.Contains(cadenceChoices, m.current)) {
			mark = g.Chosen
		}
		return cur + style.Render(mark+" "+text)
	}
	var lines []string
	for i, c := range cadenceChoices {
		text := c.Words()
		if c == assessment.DefaultCadence {
			text += st.Muted.Render("  default")
		}
		lines = append(lines, row(i, text))
	}
	lines = append(lines, row(len(cadenceChoices), "other: ")+m.input.View())
	if m.onOther() {
		lines = append(lines, "      "+st.Muted.Render(fmt.Sprintf("days or weeks, e.g. 10d or 3w (%d days to a year)", assessment.MinCadenceDays)))
	}
	return stack(lines...)
}

// status says how the last save went, or where a choice will be kept.
func (m cadenceModel) status(w int) string {
	st, g := m.c.styles, m.c.styles.Glyphs
	path := homeRelative(m.c.practice.SettingsPath())
	switch {
	case m.saving:
		return st.Muted.Render("Saving…")
	case m.err != nil:
		return wrap(st.Error, g.Error+" Not saved: "+m.err.Error(), w)
	case m.saved:
		return stack(wrap(st.Success, g.Saved+" Saved: check in "+m.current.Words()+".", w),
			wrap(st.Muted, "Stored in "+path, w))
	case path == "":
		return wrap(st.Muted, "This run has no settings file, so a choice cannot be saved.", w)
	}
	return wrap(st.Muted, "Your choice is stored in "+path, w)
}

// homeRelative writes a path in the home directory from ~, as people
// type it and so that it fits on a line.
func homeRelative(path string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" || home == "/" {
		return path
	}
	if rest, ok := strings.CutPrefix(path, home+string(filepath.Separator)); ok {
		return "~" + string(filepath.Separator) + rest
	}
	return path
}

// cadenceKeys choose how often to check in. On the "other" row letters go
// to the text field, so only keys that cannot be part of a cadence move or
// leave there.
type cadenceKeys struct {
	Pick key.Binding // help only: stands for up and down
	Up   key.Binding
	Down key.Binding
	Save key.Binding
	Back key.Binding
	Help key.Binding
}

func newCadenceKeys() cadenceKeys {
	k := cadenceKeys{
		Pick: key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose")),
		Save: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Help: helpKey(),
	}
	k.typing(false)
	return k
}

// typing gives j, k and q to the text field while it has the cursor.
func (k *cadenceKeys) typing(on bool) {
	if on {
		k.Up = key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up"))
		k.Down = key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down"))
		k.Back = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "home"))
		return
	}
	k.Up = key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up"))
	k.Down = key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down"))
	k.Back = key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc/q", "home"))
}

func (k cadenceKeys) ShortHelp() []key.Binding { return []key.Binding{k.Pick, k.Save, k.Back, k.Help} }
func (k cadenceKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Save}, {k.Back, k.Help}}
}
