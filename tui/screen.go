package tui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// screen is one full window of the app. The router holds one of each kind
// opened so far and shows one at a time. A screen is a value, as a Bubble
// Tea model is: update and setSize return it as it now is.
type screen interface {
	// update handles a message meant for the screen: a key or the mouse
	// while it is on view, or the answer to one of its own commands.
	update(msg tea.Msg) (screen, tea.Cmd)
	// view draws the whole window.
	view() string
	// setSize lays the screen out for a window of w×h, on every resize
	// and whenever the screen comes into view.
	setSize(w, h int) screen
	// keyMap is the keys that work now, as the footer lists them.
	keyMap() help.KeyMap
	// asksBeforeQuit reports whether ctrl+c is the screen's own key just
	// now: a step holding answers or typed words asks before they go.
	asksBeforeQuit() bool
	// waiting reports whether the screen is still reading what it shows,
	// or saving, so that a key now would act on what is not there yet:
	// the router holds keys back until it is done (keys_together.go).
	waiting() bool
}

// screenID names a screen the router holds.
type screenID int

// The screens are registered here, one line each. Adding a screen takes
// this line and one file, <name>.go, which holds:
//   - a model that implements screen, with its key map (a help.KeyMap);
//   - an open function returning an openMsg that builds the model and its
//     first command (openHistory is one), which the screens that lead to
//     it send;
//   - replyTo around each command whose answer must come back to it.
//
// The router itself needs nothing more: every message that moves between
// screens names the screen it is for.
const (
	screenHome     screenID = iota // home.go
	screenFirstRun                 // firstrun.go
	screenCheckIn                  // checkin.go: every step of a check-in
	screenHistory                  // history.go
	screenRecord                   // result.go: a saved check-in, from the history
	screenCompare                  // compare.go
	screenTrends                   // trends.go
	screenCadence                  // cadence.go
	screenFeedback                 // feedback.go
	screenCount                    // not a screen: how many there are
)

// The messages that move between screens, each naming the screen it is for.
type (
	// openMsg puts a new screen at to and shows it. The router calls
	// build when it takes the message, and runs the command it returns,
	// so the screen starts from what is true then.
	openMsg struct {
		to    screenID
		build func() (screen, tea.Cmd)
	}
	// showMsg shows the screen at to as it was left.
	showMsg struct{ to screenID }
	// replyMsg carries msg, what a command of the screen at to returned,
	// back to that screen, whichever is on view by then.
	replyMsg struct {
		to  screenID
		msg tea.Msg
	}
)

// replyTo addresses what cmd returns to the screen at to.
func replyTo(to screenID, cmd tea.Cmd) tea.Cmd {
	return func() tea.Msg { return replyMsg{to: to, msg: cmd()} }
}
