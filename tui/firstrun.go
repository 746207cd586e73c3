package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
)

// The first run: before the first check-in, while no settings file
// exists, the home screen opens this screen in place of its welcome, in
// the same frame. It shows FirstRunForm, which takes three choices at once
// (enter, with every choice on a sensible default), and saves them in the
// settings file, so it shows once; then it starts the check-in or shows
// the home screen. Keys the form does not use are the home screen's, as
// they are on its welcome.
//
// It is a screen like any other: this file, and its line among the
// screens (screen.go). The home screen opens it when its reading finds no
// check-in and no settings file.

// firstRunModel is the first-run form, framed as the home screen.
type firstRunModel struct {
	c *common
	// home is the home screen it stands in for, loaded: its title, its
	// notes and the keys the form leaves to it.
	home   homeModel
	keys   firstRunKeys
	help   help.Model
	answer *FirstRunAnswer
	form   form
	saving bool
	err    error // the settings could not be saved
}

type firstRunSavedMsg struct {
	answer FirstRunAnswer
	err    error
}

// openFirstRun shows the first-run form in place of home's welcome.
func openFirstRun(home homeModel) openMsg {
	return openMsg{to: screenFirstRun, build: func() (screen, tea.Cmd) { return newFirstRun(home), nil }}
}

func newFirstRun(home homeModel) firstRunModel {
	c := home.c
	theme := c.theme
	if theme == "" {
		theme = "auto"
	}
	a := &FirstRunAnswer{Days: assessment.DefaultCadence.Days, Theme: theme, StartNow: true}
	return firstRunModel{c: c, home: home, keys: newFirstRunKeys(), help: help.New(), answer: a,
		form: newForm(c, FirstRunForm(a), min(c.innerWidth(), homeWidth))}
}

func (m firstRunModel) setSize(int, int) screen {
	m.form.setWidth(min(m.c.innerWidth(), homeWidth))
	return m
}

func (m firstRunModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case firstRunSavedMsg:
		m.saving, m.err = false, msg.err
		if msg.err != nil {
			return m, nil
		}
		m.apply(msg.answer.Theme)
		if msg.answer.StartNow {
			return m, send(openCheckIn(m.c))
		}
		return m, send(openHome(m.c))
	case tea.KeyMsg:
		if m.saving {
			return m, nil
		}
		return m.key(msg)
	}
	return m, nil
}

func (m firstRunModel) key(km tea.KeyMsg) (firstRunModel, tea.Cmd) {
	last := m.form.focused() == "start"
	switch {
	case key.Matches(km, m.keys.Save):
		return m.save()
	case key.Matches(km, m.keys.Take):
		m.answer.StartNow = true
		return m.save()
	case key.Matches(km, m.keys.Next):
		// Never past the last choice: only enter saves.
		if !last {
			m.form.update(huh.NextField())
		}
	case key.Matches(km, m.keys.Prev):
		m.form.update(huh.PrevField())
	case key.Matches(km, m.keys.Change):
		m.form.update(km)
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
	default:
		_, cmd := m.home.update(km)
		return m, cmd
	}
	return m, nil
}

// save writes the cadence and the theme, keeping anything else a
// settings file written meanwhile holds.
func (m firstRunModel) save() (firstRunModel, tea.Cmd) {
	m.saving, m.err = true, nil
	a, p := *m.answer, m.c.practice
	return m, replyTo(screenFirstRun, func() tea.Msg {
		if p.SettingsPath() == "" {
			return firstRunSavedMsg{answer: a, err: errNoSettings}
		}
		err := p.SetPreferences(assessment.Cadence{Days: a.Days}, a.Theme)
		return firstRunSavedMsg{answer: a, err: err}
	})
}

// apply shows the chosen theme at once, unless this run's theme was set
// from outside (NO_COLOR, --theme), which outranks the saved one.
func (m firstRunModel) apply(theme string) {
	if m.c.theme != "" && m.c.theme != "auto" || theme == "auto" {
		return
	}
	m.c.styles = DefaultStyles(theme)
	m.c.theme = theme
}

func (m firstRunModel) view() string {
	w := min(m.c.innerWidth(), homeWidth)
	return m.home.frame(w, m.body(w), m.home.notes(min(w, dashMax)), m.footer())
}

// body is the form with what it is for, in place of home's welcome.
func (m firstRunModel) body(w int) string {
	st := m.c.styles
	lead := "Three choices before your first check-in; you can change them later (s for the cadence, leadcheck theme for the colours)."
	hint := "Press enter to save these and take your first check-in."
	if !m.answer.StartNow {
		hint = "Press enter to save these; t takes a check-in whenever you like."
	}
	parts := []string{wrap(st.Text, m.c.q.Description, w), "", wrap(st.Muted, lead, w), "", m.form.view(), "",
		wrap(st.Text, nextHint(len(m.c.q.Items))+" "+hint, w)}
	switch {
	case m.saving:
		parts = append(parts, "", st.Muted.Render("Saving…"))
	case m.err != nil:
		parts = append(parts, "", wrap(st.Error, st.Glyphs.Error+" Not saved: "+m.err.Error(), w))
	}
	body := stack(parts...)
	if height(body)+height(m.footer())+2 > m.c.height {
		body = stack(parts[2:]...) // the choices matter more than the introduction
	}
	return body
}

func (m firstRunModel) footer() string { return m.c.helpView(m.help, m.keyMap()) }

func (m firstRunModel) keyMap() help.KeyMap {
	k := m.keys
	k.narrow = m.c.innerWidth() < narrowHelp
	return k
}

func (m firstRunModel) asksBeforeQuit() bool { return false }

// waiting is true while the choices are saved.
func (m firstRunModel) waiting() bool { return m.saving }

// firstRunKeys are the form's keys in the app's words, with enter saving
// from any choice.
type firstRunKeys struct {
	// narrow leaves the moves between choices to the full help.
	narrow bool

	Save   key.Binding
	Change key.Binding
	Next   key.Binding
	Prev   key.Binding
	Take   key.Binding
	Quit   key.Binding // the home screen's, listed here
	Help   key.Binding
}

func newFirstRunKeys() firstRunKeys {
	return firstRunKeys{
		Save:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")),
		Change: key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "change")),
		Next:   key.NewBinding(key.WithKeys("down", "tab", "j"), key.WithHelp("↓/tab", "next")),
		Prev:   key.NewBinding(key.WithKeys("up", "shift+tab", "k"), key.WithHelp("↑", "previous")),
		Take:   key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "check-in now")),
		Quit:   key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Help:   helpKey(),
	}
}

func (k firstRunKeys) ShortHelp() []key.Binding {
	if k.narrow {
		return []key.Binding{k.Save, k.Change, k.Quit, k.Help}
	}
	return []key.Binding{k.Save, k.Change, k.Next, k.Quit, k.Help}
}

func (k firstRunKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Save, k.Take, k.Change}, {k.Next, k.Prev, k.Quit, k.Help}}
}
