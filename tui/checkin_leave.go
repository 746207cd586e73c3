package tui

import (
	"fmt"

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

// leaveQuestion asks text before a step of the check-in is left.
func leaveQuestion(c *common, text string) *question {
	q := newQuestion(c, text, "Leave", "Stay", leaveKeys())
	q.setWidth(leaveWidth(c))
	return &q
}

// leaveWidth is the width of a check-in's questions: a statement's, so a
// question lines up under the page it asks about rather than run past
// it, and the key line under it stays where the page's was.
func leaveWidth(c *common) int { return min(c.innerWidth(), statementWidth) }

// textStepLeave is the leave question of the reflection and the note.
// Both are free text, so esc and ctrl+c ask rather than act: a stray key
// must not throw a paragraph away. While it asks, the field keeps its text
// and takes no keys, so "stay" returns to the same step exactly as it
// was; b goes back a step instead.
func textStepLeave(c *common, answered int) *question {
	q := newQuestion(c, c.leaveText(answered), "Leave", "Stay", leaveKeys().withBack())
	q.setWidth(leaveWidth(c))
	return &q
}

// answerLeave handles a key while a step asks whether to leave: open is
// false once the question is answered, and back is the step's message
// for going back a step.
func answerLeave(q *question, km tea.KeyMsg, back tea.Msg) (open bool, cmd tea.Cmd) {
	switch q.answer(km) {
	case saidYes:
		return false, send(leaveCheckInMsg{})
	case saidNo:
		return false, nil
	case wentBack:
		return false, send(back)
	}
	return true, nil
}
