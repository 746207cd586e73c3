package tui

import (
	"maps"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Below the smallest window the feedback form is left as the app is
// (too_small.go): the notice names the way out, and the form, out of
// view, takes no keys, which would answer statements no one can see.

// untouched reports whether leaving now loses nothing: the answers and
// the comment are as the form held them when it was opened.
func (m observerModel) untouched() bool {
	return maps.Equal(m.take.answers, m.start.Answers) && *m.comment == m.start.Comment
}

// smallKey handles a key while the window is too small: ctrl+c leaves,
// and q and esc too when that loses nothing.
func (m observerModel) smallKey(km tea.KeyMsg) (tea.Model, tea.Cmd) {
	g := newGlobalKeys()
	if key.Matches(km, g.Quit) || key.Matches(km, g.SmallQuit) && m.untouched() {
		m.left = true
		return m, tea.Quit
	}
	return m, nil
}
