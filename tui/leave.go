package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// leaveText is the "leave this check-in?" question of every step before
// the result: it says what becomes of the answers given so far.
func (c *common) leaveText(answers int) string {
	n := answers
	lost := "Nothing has been answered yet."
	switch {
	case n > 0 && c.keptAsDraft():
		lost = fmt.Sprintf("Your %d %s %s kept as a draft; the next check-in offers to resume it.",
			n, plural(n, "answer", "answers"), plural(n, "is", "are"))
	case n > 0:
		lost = fmt.Sprintf("Your %d %s will be discarded — nothing is saved until the result appears.",
			n, plural(n, "answer", "answers"))
	}
	return "Leave this check-in? " + lost
}

// textLeave is the leave question of the reflection and the note. Both
// are free text, so esc and ctrl+c ask rather than act: a stray key must
// not throw a paragraph away. While it asks, the field keeps its text and
// takes no keys, so "stay" returns to the same step exactly as it was.
type textLeave struct {
	keys    textLeaveKeys
	asking  bool
	answers int // the statements answered, for the question
}

type textLeaveKeys struct {
	Yes, No, Back key.Binding
}

func newTextLeave() textLeave {
	return textLeave{keys: textLeaveKeys{
		Yes:  key.NewBinding(key.WithKeys("y", "Y", "ctrl+c"), key.WithHelp("y", "leave")),
		No:   key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "stay")),
		Back: key.NewBinding(key.WithKeys("b", "B"), key.WithHelp("b", "back a step")),
	}}
}

func (k textLeaveKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Yes, k.No, k.Back} }
func (k textLeaveKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// answer handles a key while the question is open; back is the step's
// message for going back a step.
func (l *textLeave) answer(km tea.KeyMsg, back tea.Msg) tea.Cmd {
	switch {
	case key.Matches(km, l.keys.Yes):
		l.asking = false
		return send(leaveCheckInMsg{})
	case key.Matches(km, l.keys.No):
		l.asking = false
	case key.Matches(km, l.keys.Back):
		l.asking = false
		return send(back)
	}
	return nil
}

// footer is the question and its keys, in place of the step's keys.
func (l textLeave) footer(c *common, h help.Model) string {
	q := c.leaveText(l.answers) + " (y/n, or b to go back a step)"
	return joinVertical(wrap(c.styles.Confirm, q, c.innerWidth()), c.helpView(h, l.keys))
}
