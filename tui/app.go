package tui

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/term"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
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
	// Practice runs the use cases the screens need: it reads and saves
	// the check-ins, keeps the drafts and the cadence. Required. Without
	// a database it still takes a check-in, kept in a recovery file (or
	// shown with a notice that it was not saved).
	Practice Practice
	Start    Screen
	// Now is the clock; nil means time.Now. Tests fix it.
	Now func() time.Time
	// Theme is "auto" (or ""), "dark", "light" or "none". The caller turns
	// NO_COLOR into "none".
	Theme string
	// TakenAt back-fills a check-in: when set, it is recorded with this
	// time instead of the clock's (answers are still timed by the clock).
	TakenAt time.Time
	// Mouse turns on mouse reports: the wheel scrolls, a click picks an
	// answer. Off by default, as it stops the terminal's own selection.
	Mouse bool
}

// Model is the root model. It only routes: it handles the window size, a
// terminal too small to draw in and the quit key, opens and shows screens
// on their messages, and hands every other message to the one screen on
// view, or a reply to the screen that asked for it.
type Model struct {
	common  *common
	keys    globalKeys
	keyq    keyQueue
	screens [screenCount]screen
	active  screenID
	// start is the first command of the screen the program starts on.
	start tea.Cmd
}

// New builds the root model.
func New(opts Options) Model {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	c := &common{
		styles:   DefaultStyles(opts.Theme),
		theme:    opts.Theme,
		q:        opts.Questionnaire,
		practice: opts.Practice,
		now:      now,
		fromTake: opts.Start == ScreenTake,
		takenAt:  opts.TakenAt,
		drafts:   &draftKeeper{p: opts.Practice},
	}
	first := openHome(c)
	if c.fromTake {
		first = openCheckIn(c)
	}
	m := Model{common: c, keys: newGlobalKeys(), active: first.to}
	// No size yet: the first WindowSizeMsg lays the screen out.
	m.screens[first.to], m.start = first.build()
	return m
}

// Run shows the program full-screen until the person quits, and says what
// the run left behind (see Outcome).
func Run(opts Options) (Outcome, error) {
	if opts.Questionnaire == nil || len(opts.Questionnaire.Items) == 0 {
		return Outcome{}, errors.New("no questionnaire statements to ask")
	}
	if opts.Practice == nil {
		return Outcome{}, errors.New("the app was started without its use cases (Options.Practice)")
	}
	if !term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		return Outcome{}, errors.New("the interactive app needs a terminal on standard input and output; record a check-in without one with leadcheck take --answers FILE")
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
		return Outcome{}, fmt.Errorf("terminal app: %w", err)
	}
	m, _ := final.(Model)
	return m.Outcome(), nil
}

// Init starts the first screen.
func (m Model) Init() tea.Cmd { return m.start }

// Update implements tea.Model. Keys go through the queue (see
// keys_together.go); every other message is routed, and then the keys
// that were waiting for it follow.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case pendingKeysMsg:
		m, cmd = m.resumeKeys(msg)
	case tea.KeyMsg:
		if m.quitsNow(msg) {
			return m, tea.Quit
		}
		for _, k := range oneByOne(msg) {
			m.keyq.keys = append(m.keyq.keys, queuedKey{k, msg.Paste})
		}
	default:
		m, cmd = m.route(msg)
	}
	return m.release(cmd)
}

// key handles one key: global keys come first, then the screen on view
// gets it.
// quitsNow reports whether ctrl+c should end the program at once rather
// than wait its turn behind a screen that is still reading or saving: a
// load that hangs must not keep the person in. Where the screen asks
// before quitting, the key waits and asks as usual.
func (m Model) quitsNow(msg tea.KeyMsg) bool {
	if !key.Matches(msg, m.keys.Quit) || !(m.keyq.awaiting || m.waiting()) {
		return false
	}
	s := m.screens[m.active]
	return s == nil || !s.asksBeforeQuit()
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m.common.tooSmall() {
		return m.smallKey(msg) // too_small.go
	}
	// A step holding answers asks before ctrl+c throws them away.
	if key.Matches(msg, m.keys.Quit) && !m.screens[m.active].asksBeforeQuit() {
		return m, tea.Quit
	}
	return m.updateScreen(m.active, msg)
}

// route hands a message other than a key to where it belongs: exactly
// one screen gets it.
func (m Model) route(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.common.width, m.common.height = msg.Width, msg.Height
		m.resize()
		return m, nil
	case openMsg:
		var cmd tea.Cmd
		m.screens[msg.to], cmd = msg.build()
		return m.show(msg.to), cmd
	case showMsg:
		return m.show(msg.to), nil
	case replyMsg:
		return m.reply(msg)
	}
	return m.updateScreen(m.active, msg)
}

// show puts screen id on view, laid out for the window as it is now, so
// that no screen keeps a stale size.
func (m Model) show(id screenID) Model {
	m.active = id
	m.resize()
	return m
}

// resize passes the window size to the screen on view.
func (m *Model) resize() {
	m.screens[m.active] = m.screens[m.active].setSize(m.common.width, m.common.height)
}

// reply hands the answer to a command to the screen that sent it. A
// screen out of view takes it in, but its commands are dropped: a
// screen the person has left must not move them away from where they are.
func (m Model) reply(r replyMsg) (Model, tea.Cmd) {
	m, cmd := m.updateScreen(r.to, r.msg)
	if r.to != m.active {
		return m, nil
	}
	return m, cmd
}

// updateScreen hands msg to screen id; a screen never opened takes
// nothing.
func (m Model) updateScreen(id screenID, msg tea.Msg) (Model, tea.Cmd) {
	if m.screens[id] == nil {
		return m, nil
	}
	var cmd tea.Cmd
	m.screens[id], cmd = m.screens[id].update(msg)
	return m, cmd
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
		return m.tooSmallView()
	}
	return m.screens[m.active].view()
}
