package tui

import (
	"time"

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
	// open is the check-in whose commitments the next check-in reviews,
	// holding those still open; nil for none.
	open *assessment.CheckIn
}

type homeLoadedMsg struct {
	recent      []assessment.CheckIn
	count       int
	cadence     assessment.Cadence
	settingsErr error
	err         error
	draft       *assessment.Draft
	focus       []assessment.Suggestion
	open        *assessment.CheckIn
	firstRun    bool
}

func newHome(c *common) homeModel {
	return homeModel{c: c, keys: newHomeKeys(), help: help.New(), cadence: assessment.DefaultCadence}
}

// openHome shows the home screen, read afresh.
func openHome(c *common) openMsg {
	return openMsg{to: screenHome, build: func() (screen, tea.Cmd) {
		m := newHome(c)
		return m, m.init()
	}}
}

// init reads the settings, the latest check-ins and how many there are:
// no more than the dashboard shows, however long the history. The records
// come out of the store as copies, so no read transaction outlives the
// command.
func (m homeModel) init() tea.Cmd {
	p := m.c.practice
	return replyTo(screenHome, func() tea.Msg {
		var msg homeLoadedMsg
		msg.cadence, _, msg.settingsErr = p.Cadence()
		if d, ok, err := p.Draft(); ok && err == nil {
			msg.draft = &d
		}
		if msg.recent, msg.count, msg.err = p.Recent(dashRecent); msg.err != nil {
			return msg
		}
		msg.focus = focusLeftOpen(p, msg.recent)
		if msg.open, msg.err = p.OpenCommitments(time.Time{}); msg.err != nil {
			return msg
		}
		msg.firstRun = msg.err == nil && msg.count == 0 && p.FirstRun()
		return msg
	})
}

func (m homeModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		loaded := m
		loaded.loaded, loaded.recent, loaded.count, loaded.err = true, msg.recent, msg.count, msg.err
		loaded.cadence, loaded.settingsErr, loaded.draft = msg.cadence, msg.settingsErr, msg.draft
		loaded.focus, loaded.open = msg.focus, msg.open
		loaded.keys.Focus.SetEnabled(len(loaded.focus) > 0)
		if msg.firstRun {
			// The first-run form takes over, in place of the welcome;
			// until it shows, this screen still says it is reading.
			return m, send(openFirstRun(loaded))
		}
		return loaded, nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m homeModel) key(km tea.KeyMsg) (homeModel, tea.Cmd) {
	c := m.c
	switch {
	case key.Matches(km, m.keys.Start):
		return m, send(openCheckIn(c))
	case key.Matches(km, m.keys.History):
		return m, send(openHistory(c))
	case key.Matches(km, m.keys.Compare):
		return m, send(openCompare(c, nil, "", "", openHome(c)))
	case key.Matches(km, m.keys.Trends):
		return m, send(openTrends(c))
	case key.Matches(km, m.keys.Feedback):
		return m, send(openFeedback(c))
	case key.Matches(km, m.keys.Focus):
		return m, send(openFocus(c, m.recent[len(m.recent)-1], m.focus))
	case key.Matches(km, m.keys.Cadence):
		return m, send(openCadence(c, m.cadence))
	case key.Matches(km, m.keys.Quit):
		return m, tea.Quit
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
	}
	return m, nil
}

func (m homeModel) setSize(int, int) screen { return m }

// keyMap is the home keys, fewer of them in the short help as the
// window narrows.
func (m homeModel) keyMap() help.KeyMap {
	k := m.keys
	inner := m.c.innerWidth()
	k.narrow, k.cramped = inner < narrowHelp, inner < homeCrampedBelow
	return k
}

func (m homeModel) asksBeforeQuit() bool { return false }

// waiting is true until the home screen has read what it shows.
func (m homeModel) waiting() bool { return !m.loaded }

type homeKeys struct {
	// narrow keeps the short help to starting, quitting and "? more keys";
	// cramped leaves out the cadence key, which the dashboard then names
	// beside the cadence itself.
	narrow, cramped bool

	Start   key.Binding
	History key.Binding
	Compare key.Binding
	Trends  key.Binding
	// Feedback opens the report of the latest feedback round.
	Feedback key.Binding
	Cadence  key.Binding
	// Focus picks what to work on for the latest check-in, when it was
	// left without; off otherwise.
	Focus key.Binding
	Quit  key.Binding
	Help  key.Binding
}

func newHomeKeys() homeKeys {
	return homeKeys{
		Start:    key.NewBinding(key.WithKeys("enter", "t"), key.WithHelp("t", "check-in")),
		History:  key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Trends:   key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "trends")),
		Feedback: key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "feedback from your team")),
		Cadence:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "cadence")),
		Focus:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "pick what to work on"), key.WithDisabled()),
		Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:     helpKey(),
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
	return [][]key.Binding{{k.Start, k.History, k.Compare, k.Trends}, {k.Feedback, k.Cadence, k.Focus, k.Quit, k.Help}}
}
