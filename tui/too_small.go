package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Below the smallest window the router draws a notice instead of the
// screen, and the screen takes no keys: nothing it would act on is on
// view. q, esc and ctrl+c quit there, the way out every screen offers,
// unless quitting would lose what is not kept yet (typed objectives, or a
// check-in whose draft could not be written). Then only ctrl+c quits, as
// it always has, and the notice says what it costs: growing the window
// brings the screen back exactly as it was.

// keptOnQuit is implemented by a screen that asks before quitting but
// may keep everything anyway (a check-in on a step written as a draft
// after every key). kept says whether quitting now loses nothing, and
// where says where the work is kept, "" when there is nothing to keep.
type keptOnQuit interface {
	keptOnQuit() (kept bool, where string)
}

// quitLosesNothing reports whether quitting now keeps all the person did,
// and where it is kept when that is worth saying.
func (m Model) quitLosesNothing() (bool, string) {
	s := m.screens[m.active]
	if s == nil || !s.asksBeforeQuit() {
		return true, ""
	}
	if k, ok := s.(keptOnQuit); ok {
		return k.keptOnQuit()
	}
	return false, ""
}

// smallKey handles a key while the window is too small.
func (m Model) smallKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	kept, _ := m.quitLosesNothing()
	if key.Matches(msg, m.keys.Quit) || (key.Matches(msg, m.keys.SmallQuit) && kept) {
		return m, tea.Quit
	}
	return m, nil
}

// tooSmallView says how large the window must be, how large it is, and
// how to leave.
func (m Model) tooSmallView() string {
	switch kept, where := m.quitLosesNothing(); {
	case !kept:
		return m.common.tooSmallNotice("ctrl+c quits, losing what is not saved yet.")
	case where != "":
		return m.common.tooSmallNotice("q to quit; " + where + ".")
	}
	return m.common.tooSmallNotice("q to quit.")
}

// tooSmallNotice fills the window with the sizes it needs and has, then
// leave, the way out.
func (c *common) tooSmallNotice(leave string) string {
	msg := fmt.Sprintf("Make the window at least %d×%d — it is %d×%d now.", minWidth, minHeight, c.width, c.height)
	if leave != "" {
		msg += " " + leave
	}
	return lipgloss.Place(c.width, c.height, lipgloss.Center, lipgloss.Center,
		wrap(c.styles.Warning, msg, c.width))
}
