package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// homeModel is the start screen: a dashboard of where the leader stands
// and what is due (home_dashboard.go draws it), or a welcome when there is no
// check-in yet.
type homeModel struct {
	c      *common
	keys   homeKeys
	help   help.Model
	loaded bool
	// recent are the last dashRecent check-ins, oldest first, for the
	// sparklines; the last is the latest.
	recent      []assessment.CheckIn
	count       int
	cadence     assessment.Cadence
	settingsErr error
	err         error
	// draft is an unfinished check-in, mentioned in a line; nil for none.
	draft *assessment.Draft
	// focus are the suggestions of the latest check-in when it was left
	// without commitments: f picks from them (home_focus.go).
	focus []assessment.Suggestion
	// first is the first-run form (firstrun.go), in place of the welcome
	// until the settings are saved; nil otherwise.
	first *firstRunModel
}

type homeLoadedMsg struct {
	recent      []assessment.CheckIn
	count       int
	cadence     assessment.Cadence
	settingsErr error
	err         error
	draft       *assessment.Draft
	focus       []assessment.Suggestion
	firstRun    bool
}

func newHome(c *common) homeModel {
	return homeModel{c: c, keys: newHomeKeys(), help: help.New(), cadence: assessment.DefaultCadence}
}

// init reads the settings, the latest check-ins and how many there are:
// no more than the dashboard shows, however long the history. The records
// come out of the store as copies, so no read transaction outlives the
// command.
func (m homeModel) init() tea.Cmd {
	p := m.c.practice
	return func() tea.Msg {
		var msg homeLoadedMsg
		msg.cadence, _, msg.settingsErr = p.Cadence()
		if d, ok, err := p.Draft(); ok && err == nil {
			msg.draft = &d
		}
		if msg.recent, msg.count, msg.err = p.Recent(dashRecent); msg.err != nil {
			return msg
		}
		msg.focus = focusLeftOpen(p, msg.recent)
		msg.firstRun = msg.err == nil && msg.count == 0 && isFirstRun(p.SettingsPath())
		return msg
	}
}

func (m homeModel) update(msg tea.Msg) (homeModel, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		m.loaded, m.recent, m.count, m.err = true, msg.recent, msg.count, msg.err
		m.cadence, m.settingsErr, m.draft = msg.cadence, msg.settingsErr, msg.draft
		m.focus = msg.focus
		m.keys.Focus.SetEnabled(len(m.focus) > 0)
		if msg.firstRun {
			m.first = newFirstRun(m.c)
		}
	case tea.KeyMsg:
		if m.first != nil {
			if cmd, handled := m.first.update(msg); handled {
				return m, cmd
			}
		}
		switch {
		case key.Matches(msg, m.keys.Start):
			return m, send(startCheckInMsg{})
		case key.Matches(msg, m.keys.History):
			return m, send(openHistoryMsg{})
		case key.Matches(msg, m.keys.Compare):
			return m, send(openCompareMsg{back: backHomeMsg{}})
		case key.Matches(msg, m.keys.Trends):
			return m, send(openTrendsMsg{})
		case key.Matches(msg, m.keys.Focus):
			return m, send(pickFocusMsg{rec: m.recent[len(m.recent)-1], suggestions: m.focus})
		case key.Matches(msg, m.keys.Cadence):
			return m, send(openCadenceMsg{current: m.cadence})
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
		}
	default:
		if m.first != nil {
			cmd, _ := m.first.update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m *homeModel) setSize(int, int) {
	if m.first != nil {
		m.first.setSize()
	}
}

type homeKeys struct {
	// narrow keeps the short help to starting, quitting and "? more keys";
	// cramped leaves out the cadence key, which the dashboard then names
	// beside the cadence itself.
	narrow, cramped bool

	Start   key.Binding
	History key.Binding
	Compare key.Binding
	Trends  key.Binding
	Cadence key.Binding
	// Focus picks what to work on for the latest check-in, when it was
	// left without; off otherwise.
	Focus key.Binding
	Quit  key.Binding
	Help  key.Binding
}

func newHomeKeys() homeKeys {
	return homeKeys{
		Start:   key.NewBinding(key.WithKeys("enter", "t"), key.WithHelp("t", "check-in")),
		History: key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Trends:  key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "trends")),
		Cadence: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "cadence")),
		Focus:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "pick what to work on"), key.WithDisabled()),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:    helpKey(),
	}
}

// homeCrampedBelow is the inner width under which every home key and
// "? more keys" no longer fit on one line.
const homeCrampedBelow = 80

func (k homeKeys) ShortHelp() []key.Binding {
	switch {
	case k.narrow:
		return []key.Binding{k.Start, k.Quit, k.Help}
	case k.cramped:
		return []key.Binding{k.Start, k.History, k.Trends, k.Compare, k.Quit, k.Help}
	}
	return []key.Binding{k.Start, k.History, k.Trends, k.Compare, k.Cadence, k.Quit, k.Help}
}

func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Start, k.History, k.Compare, k.Trends}, {k.Cadence, k.Focus, k.Quit, k.Help}}
}
