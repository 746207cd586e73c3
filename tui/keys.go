package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// Every screen has its own key map, implementing help.KeyMap, beside it
// in <screen>.go, so the help line always shows exactly the keys that
// work there. This file holds the keys that are no one screen's: the
// router's, the scroll keys several screens share, and the help key.

// globalKeys are handled by the router before any screen sees a key.
type globalKeys struct {
	Quit key.Binding
	// SmallQuit quits while the window is too small to show a screen
	// (too_small.go).
	SmallQuit key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{
		Quit:      key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		SmallQuit: key.NewBinding(key.WithKeys("q", "esc", "ctrl+c"), key.WithHelp("q", "quit")),
	}
}

// scrollKeys move a viewport. The result, comparison and trends screens
// share them, so scrolling works the same everywhere.
type scrollKeys struct {
	Scroll key.Binding // help only: stands for all the scroll keys

	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
}

func newScrollKeys() scrollKeys {
	return scrollKeys{
		Scroll:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "scroll")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "bottom")),
	}
}

// setScroll lists the keys, and lets them act, only when there is
// something to scroll.
func (k *scrollKeys) setScroll(on bool) {
	for _, b := range []*key.Binding{&k.Scroll, &k.Up, &k.Down, &k.PageUp, &k.PageDown, &k.Top, &k.Bottom} {
		b.SetEnabled(on)
	}
}

// scroll moves vp for a scroll key and reports whether msg was one.
func (k scrollKeys) scroll(vp *viewport.Model, msg tea.KeyMsg) bool {
	switch {
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.Top):
		vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// whereInPage tells, beside the help line, whether more lies below; empty
// when everything fits.
func (k scrollKeys) whereInPage(st Styles, vp viewport.Model) string {
	switch {
	case !k.Down.Enabled():
		return ""
	case !vp.AtBottom():
		return st.Muted.Render("↓ more below")
	}
	return st.Muted.Render("↑ end")
}

// footerWidth is the width to spread a key line and its "more below"
// over: the content's, so both end where the content ends, unless they
// need more room than it has, and then the window's.
func footerWidth(keys, more string, content, window int) int {
	if content > 0 && lipgloss.Width(keys)+2+lipgloss.Width(more) <= content {
		return content
	}
	return window
}

// scrollHelp is the row of scroll keys in a full help.
func (k scrollKeys) scrollHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

func helpKey() key.Binding {
	return key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys"))
}

// narrowHelp is the inner width below which a short help line leaves out
// its less needed keys: the help widget overflows rather than cut a line
// that "…" alone cannot shorten enough.
const narrowHelp = 72
