package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/leadcheck/leadcheck/assessment"
)

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
	// NotApplicable answers "did not come up" on a scale that offers it.
	NotApplicable key.Binding
}

// notApplicableKey is the key for "did not come up": 0, which no scale
// point uses on a scale from 1; a scale from 0 reaches it by the arrows.
const notApplicableKey = "0"

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
	na := key.NewBinding(key.WithKeys(notApplicableKey), key.WithHelp(notApplicableKey, strings.ToLower(s.NotApplicable)))
	na.SetEnabled(s.NotApplicable != "" && s.Min > 0)
	return takeKeys{
		NotApplicable: na,
		Answer:        answer,
		Pick:          key.NewBinding(key.WithKeys("up", "down", "enter"), key.WithHelp("↑/↓ enter", "choose")),
		Up:            key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:          key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose:        key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:          key.NewBinding(key.WithKeys("left", "h", "backspace", "b"), key.WithHelp("←/h", "back")),
		Next:          key.NewBinding(key.WithKeys("right", "l", "n"), key.WithHelp("→/l", "next answered")),
		Skip:          key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Leave:         key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "leave")),
		Help:          helpKey(),
	}
}

func (k takeKeys) ShortHelp() []key.Binding {
	if k.narrow || k.NotApplicable.Enabled() {
		// "Did not come up" takes the place of the arrows, which the
		// full help (?) still lists.
		return []key.Binding{k.Answer, k.NotApplicable, k.Back, k.Skip, k.Leave, k.Help}
	}
	return []key.Binding{k.Answer, k.Pick, k.Back, k.Skip, k.Leave, k.Help}
}

func (k takeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Answer, k.NotApplicable, k.Up, k.Down, k.Choose},
		{k.Back, k.Next, k.Skip},
		{k.Leave, k.Help},
	}
}
