package tui

import (
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// Every form of the app is a huh form, defined once in forms.go and
// forms_checkin.go, so the accessible mode can run the same definition
// (accessible_form.go). A screen embeds its form: the screen draws the
// header and the footer with its keys, as every screen does, and the form
// its fields. This file holds what the screens share to do that.

// formTall is the height given to a form: more than any form needs, so
// huh never shrinks a field to fit. The screens fit themselves to the
// window by what they show around the form.
const formTall = 1000

// formFrame is the width of the bar and the space left of a form's
// fields: a form formFrame wider than the text around it keeps its words
// to the same measure.
const formFrame = 2

// prewrap breaks text at spaces to fit a form of width, for the text a
// screen hands to a form: huh would also break after a hyphen, leaving
// "check-" at the end of a line and "in" on the next.
func prewrap(text string, width int) string { return wordWrap(text, max(1, width-formFrame)) }

// settleLimit bounds how many of huh's own messages one update runs; a
// form that kept sending more would be a bug, and the rest then goes to
// the program instead.
const settleLimit = 100

// form is a huh form inside a screen. It is a pointer underneath, like
// the huh form, so copies of a screen share it.
type form struct {
	f *huh.Form
}

// newForm readies a form definition for a screen: the app's theme and
// keys, no help line of its own (the screen's footer lists the keys in the
// app's words), errors shown under the fields, and the given width.
func newForm(c *common, f *huh.Form, width int) form {
	return newThemedForm(f, formTheme(c.styles), width)
}

// newThemedForm is newForm with a theme of its own.
func newThemedForm(f *huh.Form, theme *huh.Theme, width int) form {
	f.WithTheme(theme).WithKeyMap(formKeyMap()).WithShowHelp(false).WithShowErrors(true)
	// Init focuses the first field. Its commands only ask for the window
	// size, which setWidth hands over next, and refresh dynamic titles,
	// which these forms do not have.
	f.Init()
	x := form{f: f}
	x.setWidth(width)
	return x
}

// setWidth lays the fields out at width, as tall as they are.
func (x form) setWidth(width int) { x.setSize(width, formTall) }

// setSize lays the fields out at width, in at most height lines: a taller
// group scrolls to the field with the cursor. The form is told through a
// window size message rather than WithWidth and WithHeight, so that huh
// measures every group again, as titles wrap differently at another width.
func (x form) setSize(width, height int) {
	x.update(tea.WindowSizeMsg{Width: max(1, width), Height: max(1, height)})
}

// update hands msg to the form, then runs at once the commands huh
// answers with. They only return huh's own messages (next field, next
// group), so a key that arrives right behind (keys typed together, a
// paste) lands in the field it was meant for, and the screen can tell
// from the form's state whether it was just completed.
func (x form) update(msg tea.Msg) tea.Cmd {
	_, cmd := x.f.Update(msg)
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0; n++ {
		if n == settleLimit {
			return tea.Batch(queue...)
		}
		next := queue[0]
		queue = queue[1:]
		if next == nil {
			continue
		}
		switch msg := next().(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			_, cmd := x.f.Update(msg)
			queue = append(queue, cmd)
		}
	}
	return nil
}

// keys sends key presses by name, for shortcuts that stand for a few of
// huh's keys: "2" on a list is "home", "down", "enter".
func (x form) keys(names ...string) {
	for _, n := range names {
		x.update(namedKey(n))
	}
}

func namedKey(name string) tea.KeyMsg {
	switch name {
	case "home":
		return tea.KeyMsg{Type: tea.KeyHome}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	case "up":
		return tea.KeyMsg{Type: tea.KeyUp}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "space":
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// view is the form as huh draws it, without the blank lines huh pads a
// group with to the height of the form's tallest group: a run of them
// becomes one, and none is left at the end.
func (x form) view() string {
	var out []string
	for _, l := range strings.Split(x.f.View(), "\n") {
		if strings.TrimSpace(l) == "" && (len(out) == 0 || strings.TrimSpace(out[len(out)-1]) == "") {
			continue
		}
		out = append(out, l)
	}
	if len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n")
}

func (x form) completed() bool { return x.f.State == huh.StateCompleted }

// focused is the key of the field with the cursor.
func (x form) focused() string { return x.f.GetFocusedField().GetKey() }

// formKeyMap is huh's key map without what the screens decide: quitting
// (ctrl+c and esc ask, or go back, screen by screen), filtering and "g"
// (letters are the screens' shortcuts), select-all (three picks at most)
// and the external editor. A question's buttons move with ←/→ only: h
// and l, which back and move on other screens, would flip its answer
// unseen. A binding with no keys never matches, even when huh enables
// it.
func formKeyMap() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	none := key.NewBinding()
	k.Quit = none
	k.Select.Filter, k.Select.SetFilter, k.Select.ClearFilter = none, none, none
	k.Select.GotoTop = key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "first"))
	k.Select.GotoBottom = key.NewBinding(key.WithKeys("end"), key.WithHelp("end", "last"))
	k.Select.Left = key.NewBinding(key.WithKeys("left"), key.WithHelp("←", "previous"))
	k.Select.Right = key.NewBinding(key.WithKeys("right"), key.WithHelp("→", "next"))
	k.MultiSelect.Filter, k.MultiSelect.SetFilter, k.MultiSelect.ClearFilter = none, none, none
	k.MultiSelect.SelectAll, k.MultiSelect.SelectNone = none, none
	k.MultiSelect.GotoTop = key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "first"))
	k.MultiSelect.GotoBottom = key.NewBinding(key.WithKeys("end"), key.WithHelp("end", "last"))
	k.Input.AcceptSuggestion = none
	k.Text.Editor = none
	k.Confirm.Toggle = key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", "toggle"))
	return k
}

// fieldMoves are the keys with which huh's text fields hand over to the
// next or the previous field.
var fieldMoves = key.NewBinding(key.WithKeys("enter", "tab", "shift+tab"))

// steadyText is a text field with a still cursor. huh's text fields blink
// theirs: each key press returns a timer command that waits half a
// second, which the screens would wait on (form.update runs commands at
// once), and the blinking redraws the screen twice a second for nothing
// a reader needs. Focusing and typing keep their effect; only the timer
// is dropped, so the cursor stays shown.
type steadyText struct {
	huh.Field
	// rebind writes the bound value into the text widget again: huh's
	// accessible prompt sets the value only, and the widget would write
	// its old text back over it when the field is left.
	rebind func()
}

// inputField is a one-line text field bound to value.
func inputField(in *huh.Input, value *string) huh.Field {
	in.Value(value)
	return &steadyText{Field: in, rebind: func() { in.Value(value) }}
}

// textField is a multi-line text field bound to value. The external
// editor is off: the app owns the terminal.
func textField(t *huh.Text, value *string) huh.Field {
	t.ExternalEditor(false).Value(value)
	return &steadyText{Field: t, rebind: func() { t.Value(value) }}
}

func (s *steadyText) Focus() tea.Cmd {
	s.Field.Focus()
	return nil
}

func (s *steadyText) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := s.Field.Update(msg)
	s.Field = m.(huh.Field)
	if km, ok := msg.(tea.KeyMsg); ok && !key.Matches(km, fieldMoves) {
		return s, nil
	}
	return s, cmd
}

func (s *steadyText) RunAccessible(w io.Writer, r io.Reader) error {
	err := s.Field.RunAccessible(w, r)
	s.rebind()
	return err
}
