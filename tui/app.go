package tui

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Screen names a screen the program can start on.
type Screen int

const (
	// ScreenHome shows the last check-in and offers a new one.
	ScreenHome Screen = iota
	// ScreenTake goes straight into a check-in; leaving it ends the program.
	ScreenTake
)

// Options configure the program.
type Options struct {
	Questionnaire *assessment.Questionnaire
	// Store receives the finished check-in. Nil runs without one: the
	// result is shown with a notice that it was not saved.
	Store *store.Store
	Start Screen
	// Now is the clock; nil means time.Now. Tests fix it.
	Now func() time.Time
	// Theme is "auto" (or ""), "dark", "light" or "none". The caller turns
	// NO_COLOR into "none".
	Theme string
}

// state is the screen on view; one more than Screen, since the note and
// the result are reached but never started on.
type state int

const (
	stateHome state = iota
	stateTake
	stateNote
	stateResult
	stateHistory
	stateCompare
	stateTrends
)

// Messages from the screens to the router.
type (
	startCheckInMsg struct{}
	leaveCheckInMsg struct{}
	answeredAllMsg  struct{}
	noteBackMsg     struct{ leave bool }
	noteDoneMsg     struct{ note string }
	closeResultMsg  struct{}
)

// Messages for reading the saved check-ins.
type (
	// backHomeMsg returns to the home screen, read afresh.
	backHomeMsg    struct{}
	openHistoryMsg struct{}
	openTrendsMsg  struct{}
	// showHistoryMsg returns to the history as it was left, on the same row.
	showHistoryMsg struct{}
	viewRecordMsg  struct {
		rec  store.Record
		prev *store.Record
	}
	// openCompareMsg compares the check-ins with ids from and to (the
	// latest two when empty); recs, oldest first, saves reading them again,
	// and back is what leaving the comparison sends.
	openCompareMsg struct {
		recs     []store.Record
		from, to string
		back     tea.Msg
	}
)

// Model is the root model. It only routes: it handles the window size and
// the global quit key, moves between screens on their messages, and hands
// every other message to the one screen on view.
type Model struct {
	common *common
	keys   globalKeys
	state  state
	home   homeModel
	take   takeModel
	note   noteModel
	result resultModel

	history historyModel
	compare compareModel
	trends  trendsModel
}

// New builds the root model.
func New(opts Options) Model {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	c := &common{
		styles:   DefaultStyles(opts.Theme),
		q:        opts.Questionnaire,
		store:    opts.Store,
		now:      now,
		fromTake: opts.Start == ScreenTake,
	}
	m := Model{common: c, keys: newGlobalKeys()}
	if c.fromTake {
		m.state = stateTake
		m.take = newTake(c)
	} else {
		m.home = newHome(c)
	}
	return m
}

// Run shows the program full-screen until the person quits.
func Run(opts Options) error {
	if opts.Questionnaire == nil || len(opts.Questionnaire.Items) == 0 {
		return errors.New("no questionnaire statements to ask")
	}
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		return errors.New("the interactive app needs a terminal on standard input and output; record a check-in without one with leadcheck take --answers FILE")
	}
	if _, err := tea.NewProgram(New(opts), tea.WithAltScreen()).Run(); err != nil {
		return fmt.Errorf("terminal app: %w", err)
	}
	return nil
}

// Init starts the first screen.
func (m Model) Init() tea.Cmd {
	if m.state == stateHome {
		return m.home.init()
	}
	return nil
}

// Update implements tea.Model.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.common.width, m.common.height = msg.Width, msg.Height
		m.resizeActive()
		return m, nil
	case tea.KeyMsg:
		if m.common.tooSmall() {
			// Nothing on screen to act on; ctrl+c still gets out.
			if key.Matches(msg, m.keys.Quit) {
				return m, tea.Quit
			}
			return m, nil
		}
		// A check-in asks before ctrl+c throws answers away.
		if key.Matches(msg, m.keys.Quit) && m.state != stateTake && m.state != stateNote {
			return m, tea.Quit
		}
	// A reply to a screen's own command goes back to that screen.
	case homeLoadedMsg:
		var cmd tea.Cmd
		m.home, cmd = m.home.update(msg)
		return m, cmd
	case savedMsg:
		var cmd tea.Cmd
		m.result, cmd = m.result.update(msg)
		return m, cmd
	case historyLoadedMsg, historyDeletedMsg:
		var cmd tea.Cmd
		m.history, cmd = m.history.update(msg)
		return m, cmd
	case trendsLoadedMsg:
		var cmd tea.Cmd
		m.trends, cmd = m.trends.update(msg)
		return m, cmd
	case compareLoadedMsg:
		var cmd tea.Cmd
		m.compare, cmd = m.compare.update(msg)
		return m, cmd
	case startCheckInMsg, leaveCheckInMsg, answeredAllMsg, noteBackMsg, noteDoneMsg, closeResultMsg:
		return m.navigate(msg)
	case backHomeMsg, openHistoryMsg, showHistoryMsg, viewRecordMsg, openCompareMsg, openTrendsMsg:
		return m.browse(msg)
	}
	return m.updateActive(msg)
}

// navigate moves between screens.
func (m Model) navigate(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case startCheckInMsg:
		m.take, m.note = newTake(m.common), noteModel{}
		m.state = stateTake
	case leaveCheckInMsg, closeResultMsg:
		if m.common.fromTake {
			return m, tea.Quit
		}
		m.home = newHome(m.common)
		m.state = stateHome
		m.resizeActive()
		return m, m.home.init()
	case answeredAllMsg:
		if !m.note.ready() {
			m.note = newNote(m.common)
		}
		m.state = stateNote
		m.resizeActive()
		return m, m.note.focus()
	case noteBackMsg:
		m.note.blur()
		m.state = stateTake
		m.take = m.take.resume()
		if msg.leave {
			m.take = m.take.askLeave()
		}
	case noteDoneMsg:
		answers, timings, started := m.take.checkIn()
		m.result = newResult(m.common, answers, timings, started, msg.note)
		m.state = stateResult
		m.resizeActive()
		return m, m.result.init()
	}
	m.resizeActive()
	return m, nil
}

// browse moves between the screens that read saved check-ins.
func (m Model) browse(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case backHomeMsg:
		m.home, m.state = newHome(m.common), stateHome
		cmd = m.home.init()
	case openHistoryMsg:
		m.history, m.state = newHistory(m.common), stateHistory
		cmd = m.history.init()
	case showHistoryMsg:
		m.state = stateHistory
	case viewRecordMsg:
		m.result, m.state = viewResult(m.common, msg.rec, msg.prev), stateResult
	case openCompareMsg:
		m.compare, m.state = newCompare(m.common, msg), stateCompare
		cmd = m.compare.init()
	case openTrendsMsg:
		m.trends, m.state = newTrends(m.common), stateTrends
		cmd = m.trends.init()
	}
	m.resizeActive()
	return m, cmd
}

// updateActive hands a message to the screen on view.
func (m Model) updateActive(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.state {
	case stateHome:
		m.home, cmd = m.home.update(msg)
	case stateTake:
		m.take, cmd = m.take.update(msg)
	case stateNote:
		m.note, cmd = m.note.update(msg)
	case stateResult:
		m.result, cmd = m.result.update(msg)
	case stateHistory:
		m.history, cmd = m.history.update(msg)
	case stateCompare:
		m.compare, cmd = m.compare.update(msg)
	case stateTrends:
		m.trends, cmd = m.trends.update(msg)
	}
	return m, cmd
}

// resizeActive passes the window size to the screen on view; a screen
// coming into view gets it the same way, so none keeps a stale size.
func (m *Model) resizeActive() {
	w, h := m.common.width, m.common.height
	switch m.state {
	case stateTake:
		m.take.setSize(w, h)
	case stateNote:
		m.note.setSize(w, h)
	case stateResult:
		m.result.setSize(w, h)
	case stateHistory:
		m.history.setSize(w, h)
	case stateCompare:
		m.compare.setSize(w, h)
	case stateTrends:
		m.trends.setSize(w, h)
	}
}

// View implements tea.Model.
func (m Model) View() string {
	if m.common.width == 0 {
		return "" // no size yet: the first WindowSizeMsg is on its way
	}
	if m.common.tooSmall() {
		return m.common.tooSmallView()
	}
	switch m.state {
	case stateTake:
		return m.take.view()
	case stateNote:
		return m.note.view()
	case stateResult:
		return m.result.view()
	case stateHistory:
		return m.history.view()
	case stateCompare:
		return m.compare.view()
	case stateTrends:
		return m.trends.view()
	default:
		return m.home.view()
	}
}
