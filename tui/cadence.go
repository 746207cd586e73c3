package tui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

var errNoSettings = errors.New("no settings file was given to this run, so the choice cannot be saved")

// cadenceModel chooses how often to check in (CadenceForm) and saves it in
// the settings file, where the dashboard reads it to say when the next
// check-in is due. After a save the form starts again on the new cadence,
// so the screen says how the save went and another choice can follow.
type cadenceModel struct {
	c       *common
	keys    cadenceKeys
	help    help.Model
	answer  *CadenceAnswer
	form    form
	current assessment.Cadence // in use: the saved one or the default
	saving  bool
	saved   bool  // the last save went through
	err     error // the last save that failed
}

type cadenceSavedMsg struct {
	cadence assessment.Cadence
	err     error
}

// openCadence shows the cadence screen on the cadence in use.
func openCadence(c *common, current assessment.Cadence) openMsg {
	return openMsg{to: screenCadence, build: func() (screen, tea.Cmd) { return newCadence(c, current), nil }}
}

func newCadence(c *common, current assessment.Cadence) cadenceModel {
	m := cadenceModel{c: c, keys: newCadenceKeys(), help: help.New(), current: current}
	m.restart(NewCadenceAnswer(current))
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

// restart builds the form afresh on answer.
func (m *cadenceModel) restart(a CadenceAnswer) {
	m.answer = &a
	m.form = newForm(m.c, CadenceForm(m.answer), m.width())
}

func (m cadenceModel) width() int { return min(m.c.innerWidth(), homeWidth) }

func (m cadenceModel) setSize(int, int) screen {
	m.form.setWidth(m.width())
	return m
}

// keyMap gives q to the typed cadence while it has the cursor.
func (m cadenceModel) keyMap() help.KeyMap {
	k := m.keys
	k.typing(m.typing())
	return k
}

func (m cadenceModel) asksBeforeQuit() bool { return false }

// waiting is true while the cadence is saved.
func (m cadenceModel) waiting() bool { return m.saving }

// typing reports whether the other cadence is being typed, when letters
// are text.
func (m cadenceModel) typing() bool { return m.form.focused() == "other" }

func (m cadenceModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case cadenceSavedMsg:
		m.saving, m.err, m.saved = false, msg.err, msg.err == nil
		if msg.err == nil {
			m.current = msg.cadence
		}
		m.restart(*m.answer)
		return m, nil
	case tea.KeyMsg:
		if m.saving {
			return m, nil // a moment: leaving now would hide how the save went
		}
		m.keys.typing(m.typing())
		switch {
		case key.Matches(msg, m.keys.Back):
			return m, send(openHome(m.c))
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
			return m, nil
		}
		if m.typing() {
			// A new cadence is being typed: the old verdict no longer applies.
			m.err, m.saved = nil, false
		}
		m.form.update(msg)
		if m.form.completed() {
			return m.save()
		}
	}
	return m, nil
}

// save writes the choice; the form has checked a typed cadence already.
func (m cadenceModel) save() (cadenceModel, tea.Cmd) {
	c, err := m.answer.Cadence()
	if err != nil {
		m.err = err
		m.restart(*m.answer)
		return m, nil
	}
	m.saving, m.saved, m.err = true, false, nil
	p := m.c.practice
	return m, replyTo(screenCadence, func() tea.Msg { return cadenceSavedMsg{cadence: c, err: saveCadence(p, c)} })
}

func (m cadenceModel) view() string {
	st := m.c.styles
	w := m.width()
	header := st.Title.Render("leadcheck") + st.Subtitle.Render(" · Cadence")
	footer := m.c.helpView(m.help, m.keyMap())
	why := wrap(st.Muted, "Behaviour takes a few weeks to change, and a month is easy to remember: "+
		assessment.DefaultCadence.Words()+" is the default. The home screen says when the next check-in is due.", w)
	body := func(why string) string {
		parts := []string{""}
		if why != "" {
			parts = append(parts, why, "")
		}
		return stack(append(parts, m.form.view(), "", m.status(w))...)
	}
	b := body(why)
	if height(header)+height(b)+height(footer) > m.c.height {
		b = body("") // the choices and how the save went matter more than why
	}
	return m.c.screen(header, padLines(b, w), footer)
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
	return wrap(st.Muted, "In use: "+m.current.Words()+". Your choice is stored in "+path, w)
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

// cadenceKeys choose how often to check in: the arrows and enter are the
// form's, the rest the screen's. While the other cadence is typed, letters
// go to the field, so only keys that cannot be part of a cadence leave or
// ask for help there.
type cadenceKeys struct {
	Pick key.Binding // help only: stands for up and down
	Up   key.Binding
	Down key.Binding
	Save key.Binding
	// Choices goes back from the typed cadence to the list.
	Choices key.Binding
	Back    key.Binding
	Help    key.Binding
}

func newCadenceKeys() cadenceKeys {
	k := cadenceKeys{
		Pick:    key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose")),
		Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Save:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Choices: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "choices")),
		Help:    helpKey(),
	}
	k.typing(false)
	return k
}

// typing gives q to the text field while it has the cursor.
func (k *cadenceKeys) typing(on bool) {
	k.Pick.SetEnabled(!on)
	k.Up.SetEnabled(!on)
	k.Down.SetEnabled(!on)
	k.Choices.SetEnabled(on)
	if on {
		k.Back = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back"))
		return
	}
	k.Back = key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("q", "back"))
}

func (k cadenceKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Pick, k.Choices, k.Save, k.Back, k.Help}
}
func (k cadenceKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Up, k.Down, k.Choices, k.Save}, {k.Back, k.Help}}
}
