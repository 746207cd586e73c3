package tui

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/leadcheck/leadcheck/assessment"
)

// Every screen has its own key map, implementing help.KeyMap, so the help
// line always shows exactly the keys that work there.

// globalKeys are handled by the router before any screen sees a key.
type globalKeys struct {
	Quit key.Binding
}

func newGlobalKeys() globalKeys {
	return globalKeys{Quit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit"))}
}

type homeKeys struct {
	Start key.Binding
	Quit  key.Binding
	Help  key.Binding
}

func newHomeKeys() homeKeys {
	return homeKeys{
		Start: key.NewBinding(key.WithKeys("enter", "t"), key.WithHelp("enter/t", "start a check-in")),
		Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:  helpKey(),
	}
}

func (k homeKeys) ShortHelp() []key.Binding { return []key.Binding{k.Start, k.Quit, k.Help} }
func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Start}, {k.Quit, k.Help}}
}

type takeKeys struct {
	// narrow drops the arrow keys from the short help, so that "? more"
	// still fits at the smallest width.
	narrow bool

	Answer key.Binding
	Pick   key.Binding // help only: stands for up, down and enter
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Back   key.Binding
	Next   key.Binding
	Skip   key.Binding
	Leave  key.Binding
	Help   key.Binding
}

// newTakeKeys binds one digit per scale point. Only single digits can be
// typed, so a scale reaching past 9 is answered with the arrows for the
// rest.
func newTakeKeys(s assessment.Scale) takeKeys {
	var digits []string
	for x := max(s.Min, 0); x <= min(s.Max, 9); x++ {
		digits = append(digits, strconv.Itoa(x))
	}
	answer := key.NewBinding(key.WithKeys(digits...), key.WithHelp(fmt.Sprintf("%d–%d", s.Min, s.Max), "answer"))
	if len(digits) == 0 {
		answer.SetEnabled(false)
	}
	return takeKeys{
		Answer: answer,
		Pick:   key.NewBinding(key.WithKeys("up", "down", "enter"), key.WithHelp("↑/↓ enter", "choose")),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:   key.NewBinding(key.WithKeys("left", "backspace", "b"), key.WithHelp("←/b", "back")),
		Next:   key.NewBinding(key.WithKeys("right", "n"), key.WithHelp("→/n", "next answered")),
		Skip:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Leave:  key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "leave")),
		Help:   helpKey(),
	}
}

func (k takeKeys) ShortHelp() []key.Binding {
	if k.narrow {
		return []key.Binding{k.Answer, k.Back, k.Skip, k.Leave, k.Help}
	}
	return []key.Binding{k.Answer, k.Pick, k.Back, k.Skip, k.Leave, k.Help}
}

func (k takeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Answer, k.Up, k.Down, k.Choose},
		{k.Back, k.Next, k.Skip},
		{k.Leave, k.Help},
	}
}

// confirmKeys answer "leave this check-in?". A second ctrl+c counts as
// yes, as people press it twice when they mean it.
type confirmKeys struct {
	Yes key.Binding
	No  key.Binding
}

func newConfirmKeys() confirmKeys {
	return confirmKeys{
		Yes: key.NewBinding(key.WithKeys("y", "Y", "ctrl+c"), key.WithHelp("y", "leave")),
		No:  key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", "stay")),
	}
}

func (k confirmKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Yes, k.No} }
func (k confirmKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

// noteKeys take enter to go on: a note is a line or two, and a newline is
// the rarer need, so it gets the chord.
type noteKeys struct {
	Done    key.Binding
	Newline key.Binding
	Back    key.Binding
	Leave   key.Binding
}

func newNoteKeys() noteKeys {
	return noteKeys{
		Done:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Newline: key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter/ctrl+j", "new line")),
		Back:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Leave:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "leave")),
	}
}

func (k noteKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Done, k.Newline, k.Back} }
func (k noteKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp(), {k.Leave}} }

type resultKeys struct {
	Close  key.Binding
	Scroll key.Binding // help only: stands for all the scroll keys

	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Help     key.Binding
}

// newResultKeys names the close key after where it leads: home, or out of
// the program when the check-in was started from the command line.
func newResultKeys(closeDesc string) resultKeys {
	return resultKeys{
		Close:    key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter/q", closeDesc)),
		Scroll:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "scroll")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "scroll up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "scroll down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", " ", "f"), key.WithHelp("pgdn/space", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "bottom")),
		Help:     helpKey(),
	}
}

func (k resultKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Close, k.Scroll, k.Help}
}

func (k resultKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Close, k.Help},
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.Top, k.Bottom},
	}
}

func helpKey() key.Binding {
	return key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys"))
}
