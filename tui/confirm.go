package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// question is a yes-or-no question in a screen's footer, in place of the
// screen's keys: leave this check-in, delete this check-in, discard the
// unfinished one. It is a ConfirmForm, whose buttons ←/→ and enter
// answer; y and n answer at once, esc always says no, and a question can
// take more keys for yes (a second ctrl+c, as people press it twice when
// they mean it) or offer a way back a step.
type question struct {
	text, yesWord, noWord string
	theme                 *huh.Theme
	form                  form
	yes                   *bool
	keys                  questionKeys
	// pasting says whether the key being handled came in a paste.
	pasting *bool
}

// questionKeys name the answers for the help line and add keys to them.
// Back is off unless the question offers it. Leave is for the help line
// only, on a question whose screen takes esc to ask about leaving.
type questionKeys struct {
	Yes, No, Back, Leave key.Binding
}

func (k questionKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Yes, k.No, k.Back, k.Leave}
}
func (k questionKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// outcome is what a key did to a question.
type outcome int

const (
	undecided outcome = iota
	saidYes
	saidNo
	wentBack
)

// leaveKeys answer "leave this check-in?": a second ctrl+c is yes.
func leaveKeys() questionKeys {
	return questionKeys{
		Yes:  key.NewBinding(key.WithKeys("y", "Y", "ctrl+c"), key.WithHelp("y", "leave")),
		No:   key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "stay")),
		Back: key.NewBinding(key.WithDisabled()),
	}
}

// withBack offers "back a step" on b, for the steps where a stray key
// must not throw a paragraph away.
func (k questionKeys) withBack() questionKeys {
	k.Back = key.NewBinding(key.WithKeys("b", "B"), key.WithHelp("b", "back a step"))
	return k
}

// plainKeys answer a question that only y or n settles, such as a delete:
// ctrl+c keeps its meaning (quit) and esc says no.
func plainKeys(yes, no string) questionKeys {
	return questionKeys{
		Yes:  key.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", yes)),
		No:   key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", no)),
		Back: key.NewBinding(key.WithDisabled()),
	}
}

// newQuestion asks text, with yes and no as the buttons' words; it starts
// on no.
func newQuestion(c *common, text, yes, no string, k questionKeys) question {
	// The question stands out as every question that needs an answer does.
	theme := formTheme(c.styles)
	theme.Focused.Title = c.styles.Confirm
	q := question{text: text, yesWord: yes, noWord: no, theme: theme, yes: new(bool), keys: k, pasting: &c.pasting}
	q.setWidth(c.innerWidth())
	return q
}

// answer handles a key while the question is open. A key that came in
// a paste answers nothing: leaving, deleting or discarding is said with
// a key pressed for it, not with a letter of text pasted where no field
// takes it.
func (q question) answer(km tea.KeyMsg) outcome {
	if q.pasting != nil && *q.pasting {
		return undecided
	}
	switch {
	case key.Matches(km, q.keys.Back):
		return wentBack
	case key.Matches(km, q.keys.Yes):
		return saidYes
	case key.Matches(km, q.keys.No):
		return saidNo
	}
	q.form.update(km)
	switch {
	case !q.form.completed():
		return undecided
	case *q.yes:
		return saidYes
	}
	return saidNo
}

// setWidth lays the question out again at width, wrapped at spaces only
// (prewrap); the answer so far stays.
func (q *question) setWidth(w int) {
	q.form = newThemedForm(ConfirmForm(prewrap(q.text, w), q.yesWord, q.noWord, q.yes), q.theme, w)
}

// footer is the question and its keys, for the bottom of the screen.
func (q question) footer(c *common, h help.Model) string {
	return joinVertical(q.form.view(), c.helpView(h, q.keys))
}
