package tui

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/huh"
)

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
		Close:     key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter", closeDesc)),
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

func (m focusModel) view() string {
	st := m.c.styles
	w := m.width()
	m.keys.narrow = m.c.innerWidth() < narrowHelp
	footer := m.c.helpView(m.help, m.keys)
	if m.leave != nil {
		footer = m.leave.footer(m.c, m.help)
	}
	title := st.Title.Render("leadcheck") + st.Subtitle.Render(" · what to work on")
	var right string
	switch m.phase {
	case focusPicking:
		right = fmt.Sprintf("%d of %d picked", len(*m.picked), len(m.suggestions))
	case focusWriting:
		right = fmt.Sprintf("objective %d of %d", m.position()+1, len(*m.picked))
	}
	header := spread(title, st.Muted.Render(right), w)
	avail := m.c.height - height(header) - height(footer)
	var body string
	switch m.phase {
	case focusPicking:
		if body = m.pickView(w, true); height(body) > avail {
			body = m.pickView(w, false)
		}
	case focusWriting:
		if body = m.writeView(w, true); height(body) > avail {
			body = m.writeView(w, false)
		}
	case focusSaving:
		body = stack("", st.Muted.Render("Saving your commitments…"))
	case focusSaved:
		body = m.savedView(w)
	case focusFailed:
		msg := fmt.Sprintf("%s Your commitments were not saved: %v. Your check-in itself is saved. Press r to try again.",
			st.Glyphs.Error, m.err)
		body = stack("", wrap(st.Error, msg, w))
	}
	return m.c.screen(header, body, footer)
}

// pickView is the form, then why and what to try for the suggestion with
// the cursor. When the window is short, the line on skipping goes.
func (m focusModel) pickView(w int, all bool) string {
	st := m.c.styles
	lines := []string{"", m.form.view()}
	if i, ok := m.form.f.GetFocusedField().(*huh.MultiSelect[int]).Hovered(); ok {
		s := m.suggestions[i]
		lines = append(lines, "", wrap(st.Heading, safe(s.Facet.Name), w),
			wrap(st.Muted, s.Why, w), hanging("Try: ", s.Practice, st.Text, w))
	}
	if all {
		lines = append(lines, "", wrap(st.Muted, "Your check-in is saved either way; press q to skip this.", w))
	}
	return stack(lines...)
}

// writeView asks for the objectives, the explanation first unless the
// window is short.
func (m focusModel) writeView(w int, all bool) string {
	st := m.c.styles
	lines := []string{"", wrap(st.Statement, "Now say what you will do, in your own words.", w)}
	if all {
		lines = append(lines, wrap(st.Muted, "Make it something you could later say you did. A line left as it is keeps the suggested practice.", w))
	}
	return stack(append(lines, "", m.form.view())...)
}

func (m focusModel) savedView(w int) string {
	st := m.c.styles
	cs := m.commitments()
	msg := fmt.Sprintf("%s Saved %d %s. The next check-in starts by asking how %s went.",
		st.Glyphs.Saved, len(cs), plural(len(cs), "commitment", "commitments"), plural(len(cs), "it", "they"))
	lines := []string{"", wrap(st.Success, msg, w), ""}
	for i, c := range cs {
		lines = append(lines, hanging(fmt.Sprintf("%d. ", i+1), c.Objective, st.Text, w))
	}
	return stack(lines...)
}
