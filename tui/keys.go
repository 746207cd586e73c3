package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
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
	// narrow keeps the short help to starting, quitting and "? more keys";
	// cramped leaves out the cadence key, which the dashboard then names
	// beside the cadence itself.
	narrow, cramped bool

	Start   key.Binding
	History key.Binding
	Compare key.Binding
	Trends  key.Binding
	Cadence key.Binding
	// Focus picks what to work on for the latest check-in, when it was
	// left without; off otherwise.
	Focus key.Binding
	Quit  key.Binding
	Help  key.Binding
}

func newHomeKeys() homeKeys {
	return homeKeys{
		Start:   key.NewBinding(key.WithKeys("enter", "t"), key.WithHelp("t", "check-in")),
		History: key.NewBinding(key.WithKeys("h"), key.WithHelp("h", "history")),
		Compare: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Trends:  key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "trends")),
		Cadence: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "cadence")),
		Focus:   key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "pick what to work on"), key.WithDisabled()),
		Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Help:    helpKey(),
	}
}

// homeCrampedBelow is the inner width under which every home key and
// "? more keys" no longer fit on one line.
const homeCrampedBelow = 80

func (k homeKeys) ShortHelp() []key.Binding {
	switch {
	case k.narrow:
		return []key.Binding{k.Start, k.Quit, k.Help}
	case k.cramped:
		return []key.Binding{k.Start, k.History, k.Trends, k.Compare, k.Quit, k.Help}
	}
	return []key.Binding{k.Start, k.History, k.Trends, k.Compare, k.Cadence, k.Quit, k.Help}
}
func (k homeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Start, k.History, k.Compare, k.Trends}, {k.Cadence, k.Focus, k.Quit, k.Help}}
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
	return []key.Binding{k.Answer, k.NotApplicable, k.Pick, k.Back, k.Skip, k.Leave, k.Help}
}

func (k takeKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Answer, k.NotApplicable, k.Up, k.Down, k.Choose},
		{k.Back, k.Next, k.Skip},
		{k.Leave, k.Help},
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

// scrollHelp is the row of scroll keys in a full help.
func (k scrollKeys) scrollHelp() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom}
}

type resultKeys struct {
	scrollKeys
	// Focus goes on to picking what to work on; it is offered only after
	// a fresh check-in was saved and has suggestions.
	Focus key.Binding
	Close key.Binding
	Help  key.Binding
}

// newResultKeys names the close key after where it leads: home, or out of
// the program when the check-in was started from the command line.
func newResultKeys(closeDesc string) resultKeys {
	return resultKeys{
		scrollKeys: newScrollKeys(),
		Focus:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "pick what to work on"), key.WithDisabled()),
		Close:      key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter/q", closeDesc)),
		Help:       helpKey(),
	}
}

// offerFocus gives enter to the focus step; q and esc still close, which
// skips it.
func (k *resultKeys) offerFocus() {
	k.Focus.SetEnabled(true)
	k.Close.SetKeys("q", "esc")
	k.Close.SetHelp("q", k.Close.Help().Desc)
}

func (k resultKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Focus, k.Close, k.Scroll, k.Help}
}

func (k resultKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Focus, k.Close, k.Help}, k.scrollHelp()}
}

func helpKey() key.Binding {
	return key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "more keys"))
}

// narrowHelp is the inner width below which a short help line leaves out
// its less needed keys: the help widget overflows rather than cut a line
// that "…" alone cannot shorten enough.
const narrowHelp = 72
