package tui

import (
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// focusPhase is where the focus step is: picking, writing the objectives,
// then saving them.
type focusPhase int

const (
	focusPicking focusPhase = iota
	focusWriting
	focusSaving
	focusSaved
	focusFailed
)

// focusModel follows the result of a fresh check-in: the person picks one
// to three of the suggested focus areas (FocusPickForm) and writes each as
// an objective (FocusWriteForm), which is saved on the check-in and
// reviewed at the start of the next. The check-in itself is already
// saved, so every way out keeps it.
type focusModel struct {
	c    *common
	keys focusKeys
	help help.Model
	// leave asks before ctrl+c drops the objectives (focus_write.go); nil
	// when not asking.
	leave *question

	rec         assessment.CheckIn
	suggestions []assessment.Suggestion
	picked      *[]int   // indexes of the picked suggestions, in order
	objectives  []string // one per suggestion; used for the picked ones
	form        form
	writeCut    bool // the objectives do not all fit (fitWriting)

	phase focusPhase
	err   error
}

// Messages between the result, the focus step and the check-in's flow.
type (
	// pickFocusMsg opens the focus step for a saved check-in.
	pickFocusMsg struct {
		rec         assessment.CheckIn
		suggestions []assessment.Suggestion
	}
	focusSavedMsg struct{ err error }
)

func newFocus(c *common, rec assessment.CheckIn, sugs []assessment.Suggestion) focusModel {
	m := focusModel{c: c, keys: newFocusKeys(c, len(sugs)), help: help.New(),
		rec: rec, suggestions: sugs, picked: new([]int), objectives: NewObjectives(len(sugs))}
	return m.pick()
}

// lowerFirst lower-cases the first letter of a practice, written as an
// instruction, so it reads on after the stem.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// width is the measure of the step's text: a little wider than a
// statement, as each suggestion carries a reason and a practice.
func (m focusModel) width() int { return min(m.c.innerWidth(), 76) }

func (m focusModel) setSize(int, int) screen {
	switch {
	case m.phase == focusWriting:
		m = m.rewrite()
	case m.form.f != nil:
		m.form.setWidth(m.width())
	}
	if m.leave != nil {
		m.leave.setWidth(m.width())
	}
	return m
}

func (m focusModel) keyMap() help.KeyMap {
	if m.leave != nil {
		return m.leave.keys
	}
	k := m.keys
	k.narrow = m.c.innerWidth() < narrowHelp
	return k
}

// asksBeforeQuit is true while objectives are typed (focus_write.go).
func (m focusModel) asksBeforeQuit() bool { return m.writing() }

func (m focusModel) waiting() bool { return false }

// pick opens the picking form, with what was picked before.
func (m focusModel) pick() focusModel {
	m.phase = focusPicking
	m.keys.setPhase(m.phase, false)
	m.form = newForm(m.c, FocusPickForm(m.suggestions, m.picked), m.width())
	return m
}

// commitments are the picked suggestions with their objectives.
func (m focusModel) commitments() []assessment.Commitment {
	return Commitments(m.suggestions, *m.picked, m.objectives)
}

func (m focusModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case focusSavedMsg:
		m.err = msg.err
		m.phase = focusSaved
		if m.err != nil {
			m.phase = focusFailed
		}
		m.keys.setPhase(m.phase, false)
		return m, nil
	case tea.KeyMsg:
		switch m.phase {
		case focusPicking:
			return m.updatePicking(msg)
		case focusWriting:
			if m.leave != nil {
				return m.updateLeaving(msg)
			}
			if msg.Type == tea.KeyCtrlC {
				return m.askLeave(), nil
			}
			return m.updateWriting(msg)
		case focusSaved:
			if key.Matches(msg, m.keys.Close) {
				return m, send(closeResultMsg{})
			}
		case focusFailed:
			return m.updateFailed(msg)
		}
	}
	return m, nil
}

func (m focusModel) updatePicking(km tea.KeyMsg) (focusModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Skip):
		return m, send(closeResultMsg{})
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
		return m, nil
	case key.Matches(km, m.keys.Number):
		keys := []string{"home"}
		for range km.Runes[0] - '1' {
			keys = append(keys, "down")
		}
		m.form.keys(append(keys, "x")...)
		return m, nil
	case key.Matches(km, m.keys.Next) && len(*m.picked) == 0:
		// Enter with nothing picked takes the highlighted one: that is
		// what a person pressing enter on it means.
		m.form.keys("x")
	}
	m.form.update(km)
	if m.form.completed() {
		return m.write(), nil
	}
	return m, nil
}

// focusKeys change with the phase: while an objective is typed, letters
// and digits are text, so picking keys and ? are off. Space, x, the
// arrows and enter are the forms' own keys; the digits, q, esc and the
// moves between objectives are the screen's.
type focusKeys struct {
	phase  focusPhase
	narrow bool

	Toggle key.Binding
	Number key.Binding
	Up     key.Binding
	Down   key.Binding
	Next   key.Binding
	Skip   key.Binding
	Help   key.Binding

	NextField key.Binding
	PrevField key.Binding
	Back      key.Binding
	Retry     key.Binding
	Close     key.Binding

	closeDesc string
}

// newFocusKeys binds one digit per suggestion and names the way out
// after where it leads.
func newFocusKeys(c *common, n int) focusKeys {
	var digits []string
	for i := 1; i <= n; i++ {
		digits = append(digits, strconv.Itoa(i))
	}
	numHelp := "1"
	if n > 1 {
		numHelp = fmt.Sprintf("1–%d", n)
	}
	closeDesc := "home"
	if c.fromTake {
		closeDesc = "quit"
	}
	k := focusKeys{
		Toggle:    key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp("space/x", "pick")),
		Number:    key.NewBinding(key.WithKeys(digits...), key.WithHelp(numHelp, "pick")),
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Next:      key.NewBinding(key.WithKeys("enter")),
		Skip:      key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "skip")),
		Help:      helpKey(),
		NextField: key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("↓/tab", "next")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("↑/shift+tab", "previous")),
		Back:      key.NewBinding(key.WithKeys("esc")),
		Retry:     key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "try again")),
		Close:     key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter/q", closeDesc)),
		closeDesc: closeDesc,
	}
	k.setPhase(focusPicking, false)
	return k
}

// setPhase enables the keys of one phase and words enter and esc for it;
// last says whether enter in the objectives saves.
func (k *focusKeys) setPhase(p focusPhase, last bool) {
	k.phase = p
	on := func(b *key.Binding, phases ...focusPhase) {
		b.SetEnabled(false)
		for _, q := range phases {
			if q == p {
				b.SetEnabled(true)
			}
		}
	}
	on(&k.Toggle, focusPicking)
	on(&k.Number, focusPicking)
	on(&k.Up, focusPicking)
	on(&k.Down, focusPicking)
	on(&k.Help, focusPicking)
	on(&k.Next, focusPicking, focusWriting)
	on(&k.NextField, focusWriting)
	on(&k.PrevField, focusWriting)
	on(&k.Back, focusWriting, focusFailed)
	on(&k.Skip, focusPicking, focusFailed)
	on(&k.Retry, focusFailed)
	on(&k.Close, focusSaved)
	switch p {
	case focusPicking:
		k.Next.SetHelp("enter", "continue")
		k.Skip.SetKeys("q", "esc")
		k.Skip.SetHelp("q", "skip")
	case focusWriting:
		k.Next.SetHelp("enter", map[bool]string{false: "next", true: "save"}[last])
		k.Back.SetHelp("esc", "back to picks")
	case focusFailed:
		k.Back.SetHelp("esc", "edit")
		// esc edits here, so only q leaves.
		k.Skip.SetKeys("q")
		k.Skip.SetHelp("q", "leave without them")
	}
}

func (k focusKeys) ShortHelp() []key.Binding {
	switch k.phase {
	case focusWriting:
		return []key.Binding{k.Next, k.PrevField, k.Back}
	case focusFailed:
		return []key.Binding{k.Retry, k.Back, k.Skip}
	case focusSaved:
		return []key.Binding{k.Close}
	case focusPicking:
		if k.narrow {
			return []key.Binding{k.Toggle, k.Next, k.Skip, k.Help}
		}
		return []key.Binding{k.Toggle, k.Number, k.Next, k.Skip, k.Help}
	}
	return nil
}

func (k focusKeys) FullHelp() [][]key.Binding {
	switch k.phase {
	case focusPicking:
		return [][]key.Binding{{k.Toggle, k.Number, k.Up, k.Down}, {k.Next, k.Skip, k.Help}}
	case focusWriting:
		return [][]key.Binding{{k.Next, k.NextField, k.PrevField, k.Back}}
	}
	return [][]key.Binding{k.ShortHelp()}
}
