package tui

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
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
	// SettingsPath is the settings file (the cadence lives there); empty
	// uses the defaults and saves nothing.
	SettingsPath string
	// TakenAt back-fills a check-in: when set, it is recorded with this
	// time instead of the clock's (answers are still timed by the clock).
	TakenAt time.Time
	// Mouse turns on mouse reports: the wheel scrolls, a click picks an
	// answer. Off by default, as it stops the terminal's own selection.
	Mouse bool
	// DraftPath is the file an unfinished check-in is kept in, to be
	// resumed next time; empty keeps no drafts.
	DraftPath string
	// RecoveryDir receives a finished check-in the database could not
	// take, as a file 'leadcheck import' reads (the temporary directory
	// when it cannot be written); empty writes none. Version is recorded
	// in it.
	RecoveryDir, Version string
	// StoreErr is why Store is nil: the database could not be opened for
	// writing. The check-in still runs and ends in a recovery file.
	StoreErr error
}

// state is the screen on view; more than Screen, since the steps of a
// check-in after the statements are reached but never started on.
type state int

const (
	stateHome state = iota
	stateTake
	stateNote
	stateResult
	stateReview
	stateReflect
	stateFocus
	stateHistory
	stateCompare
	stateTrends
	stateCadence
	// stateResume offers to resume or discard an unfinished check-in.
	stateResume
)

// Messages for reading the saved check-ins.
type (
	// backHomeMsg returns to the home screen, read afresh.
	backHomeMsg    struct{}
	openHistoryMsg struct{}
	openTrendsMsg  struct{}
	// openCadenceMsg opens the cadence screen on the cadence in use.
	openCadenceMsg struct{ current assessment.Cadence }
	// showHistoryMsg returns to the history as it was left, on the same row.
	showHistoryMsg struct{}
	viewRecordMsg  struct {
		rec  store.Record
		prev *store.Record
	}
	// openCompareMsg compares the check-ins with ids from and to (the
	// latest two when empty); sums, oldest first, saves reading them
	// again, and back is what leaving the comparison sends.
	openCompareMsg struct {
		sums     []store.Summary
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
	keyq   keyQueue
	state  state
	home   homeModel
	take   takeModel
	note   noteModel
	result resultModel
	// The other steps of a check-in (flow.go).
	review  reviewModel
	reflect reflectModel
	focus   focusModel

	history historyModel
	compare compareModel
	trends  trendsModel
	cadence cadenceModel
	resume  resumeModel
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
		takenAt:  opts.TakenAt,

		settingsPath: opts.SettingsPath,
		drafts:       &draftKeeper{path: opts.DraftPath},
		recoveryDir:  opts.RecoveryDir,
		version:      opts.Version,
		storeErr:     opts.StoreErr,
	}
	m := Model{common: c, keys: newGlobalKeys()}
	if c.fromTake {
		m, _ = m.startCheckIn() // Init reads the last check-in
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
	popts := []tea.ProgramOption{tea.WithAltScreen()}
	if opts.Mouse {
		popts = append(popts, tea.WithMouseCellMotion())
	}
	p := tea.NewProgram(New(opts), popts...)
	// Bubble Tea quits cleanly on SIGTERM but leaves SIGHUP (a closed
	// terminal) to kill the process; quitting restores the terminal. An
	// unfinished check-in needs nothing flushed: its draft is on disk.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	done := make(chan struct{})
	defer func() { signal.Stop(hup); close(done) }()
	go func() {
		select {
		case <-hup:
			p.Quit()
		case <-done:
		}
	}()
	final, err := p.Run()
	if err != nil {
		return fmt.Errorf("terminal app: %w", err)
	}
	return notSaved(final)
}

// notSaved is an error when a check-in of this run went to a recovery
// file instead of the database, so the command says so, and where, once
// the screen is gone, and exits with status 1.
func notSaved(final tea.Model) error {
	m, ok := final.(Model)
	if !ok || len(m.common.recovered) == 0 {
		return nil
	}
	var advice []string
	for _, path := range m.common.recovered {
		advice = append(advice, store.RecoveryAdvice(path))
	}
	return fmt.Errorf("the check-in was not saved to the database. %s", strings.Join(advice, ". "))
}

// Init starts the first screen.
func (m Model) Init() tea.Cmd {
	switch m.state {
	case stateHome:
		return m.home.init()
	case stateResume:
		return nil
	}
	return m.review.init()
}

// Update implements tea.Model. Keys go through the queue (see
// keys_together.go); every other message is routed, and then the keys
// that were waiting for it follow.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case pendingKeysMsg:
		m, cmd = m.resumeKeys(msg)
	case tea.KeyMsg:
		m.keyq.keys = append(m.keyq.keys, oneByOne(msg)...)
	default:
		m, cmd = m.route(msg)
	}
	return m.release(cmd)
}

// key handles one key.
func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m.common.tooSmall() {
		// Nothing on screen to act on; ctrl+c still gets out.
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	// A check-in asks before ctrl+c throws answers away.
	if key.Matches(msg, m.keys.Quit) && !m.quitAsks() {
		return m, tea.Quit
	}
	return m.updateActive(msg)
}

// route hands a message other than a key to where it belongs.
func (m Model) route(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.common.width, m.common.height = msg.Width, msg.Height
		m.resizeActive()
		return m, nil
	// A reply to a screen's own command goes back to that screen.
	case homeLoadedMsg:
		var cmd tea.Cmd
		m.home, cmd = m.home.update(msg)
		return m, cmd
	case savedMsg:
		var cmd tea.Cmd
		m.result, cmd = m.result.update(msg)
		return m, cmd
	case focusSavedMsg:
		var cmd tea.Cmd
		m.focus, cmd = m.focus.update(msg)
		return m, cmd
	case historyLoadedMsg, historyDeletedMsg:
		var cmd tea.Cmd
		m.history, cmd = m.history.update(msg)
		return m, cmd
	case trendsLoadedMsg:
		var cmd tea.Cmd
		m.trends, cmd = m.trends.update(msg)
		return m, cmd
	case compareLoadedMsg, comparePairMsg:
		var cmd tea.Cmd
		m.compare, cmd = m.compare.update(msg)
		return m, cmd
	case cadenceSavedMsg:
		var cmd tea.Cmd
		m.cadence, cmd = m.cadence.update(msg)
		return m, cmd
	case startCheckInMsg, resumeDraftMsg, discardDraftMsg, leaveCheckInMsg, reviewLoadedMsg, reviewDoneMsg, firstBackMsg, answeredAllMsg,
		reflectBackMsg, reflectDoneMsg, noteBackMsg, noteDoneMsg, pickFocusMsg, closeResultMsg:
		return m.navigate(msg)
	case backHomeMsg, openHistoryMsg, showHistoryMsg, viewRecordMsg, openCompareMsg, openTrendsMsg, openCadenceMsg:
		return m.browse(msg)
	}
	return m.updateActive(msg)
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
	case openCadenceMsg:
		m.cadence, m.state = newCadence(m.common, msg.current), stateCadence
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
	case stateReview, stateTake, stateReflect, stateNote, stateResult, stateFocus:
		return m.updateCheckIn(msg)
	case stateHistory:
		m.history, cmd = m.history.update(msg)
	case stateCompare:
		m.compare, cmd = m.compare.update(msg)
	case stateTrends:
		m.trends, cmd = m.trends.update(msg)
	case stateCadence:
		m.cadence, cmd = m.cadence.update(msg)
	case stateResume:
		m.resume, cmd = m.resume.update(msg)
	}
	return m, cmd
}

// resizeActive passes the window size to the screen on view; a screen
// coming into view gets it the same way, so none keeps a stale size.
func (m *Model) resizeActive() {
	w, h := m.common.width, m.common.height
	switch m.state {
	case stateReview, stateTake, stateReflect, stateNote, stateResult, stateFocus:
		m.resizeCheckIn(w, h)
	case stateHistory:
		m.history.setSize(w, h)
	case stateCompare:
		m.compare.setSize(w, h)
	case stateTrends:
		m.trends.setSize(w, h)
	case stateCadence:
		m.cadence.setSize(w, h)
	case stateResume:
		m.resume.setSize(w, h)
	}
}

// View implements tea.Model.
func (m Model) View() string { return safetext.Styled(m.view()) }

// view is the screen before the last check: View lets only the styling's
// own colour sequences through, whatever a screen forgot to make safe.
func (m Model) view() string {
	if m.common.width == 0 {
		return "" // no size yet: the first WindowSizeMsg is on its way
	}
	if m.common.tooSmall() {
		return m.common.tooSmallView()
	}
	switch m.state {
	case stateReview, stateTake, stateReflect, stateNote, stateResult, stateFocus:
		return m.viewCheckIn()
	case stateHistory:
		return m.history.view()
	case stateCompare:
		return m.compare.view()
	case stateTrends:
		return m.trends.view()
	case stateCadence:
		return m.cadence.view()
	case stateResume:
		return m.resume.view()
	default:
		return m.home.view()
	}
}
