package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// reviewKeys change with the step: answering "how did it go?", typing the
// line under it (where letters and digits are text), or going on after
// the commitments could not be read.
type reviewKeys struct {
	// narrow drops the arrow keys from the short help, as on the statements.
	narrow bool

	Answer key.Binding
	Pick   key.Binding // help only: stands for up, down and enter
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Back   key.Binding
	Skip   key.Binding

	Continue key.Binding
	Change   key.Binding
	Reanswer key.Binding

	// Go continues to the statements when the commitments could not be read.
	Go key.Binding

	Leave key.Binding
	Help  key.Binding
}

func newReviewKeys() reviewKeys {
	k := reviewKeys{
		Answer:   key.NewBinding(key.WithKeys("1", "2", "3"), key.WithHelp("1–3", "answer")),
		Pick:     key.NewBinding(key.WithKeys("up", "down", "enter"), key.WithHelp("↑/↓ enter", "choose")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Choose:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Back:     key.NewBinding(key.WithKeys("left", "h", "backspace", "b"), key.WithHelp("←/b", "back")),
		Skip:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "skip")),
		Continue: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Change:   key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "change answer")),
		Reanswer: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
		Go:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "continue")),
		Leave:    key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "leave")),
		Help:     helpKey(),
	}
	k.setWriting(false)
	return k
}

// setWriting enables the keys of one step only, so that enter and the
// arrows mean one thing at a time.
func (k *reviewKeys) setWriting(on bool) {
	for _, b := range []*key.Binding{&k.Answer, &k.Pick, &k.Up, &k.Down, &k.Choose, &k.Back, &k.Skip, &k.Help} {
		b.SetEnabled(!on)
	}
	for _, b := range []*key.Binding{&k.Continue, &k.Change, &k.Reanswer} {
		b.SetEnabled(on)
	}
}

func (k reviewKeys) ShortHelp() []key.Binding {
	if k.Continue.Enabled() {
		return []key.Binding{k.Continue, k.Change, k.Reanswer, k.Leave}
	}
	if k.narrow {
		return []key.Binding{k.Answer, k.Back, k.Skip, k.Leave, k.Help}
	}
	return []key.Binding{k.Answer, k.Pick, k.Back, k.Skip, k.Leave, k.Help}
}

func (k reviewKeys) FullHelp() [][]key.Binding {
	if k.Continue.Enabled() {
		return [][]key.Binding{k.ShortHelp()}
	}
	return [][]key.Binding{{k.Answer, k.Up, k.Down, k.Choose}, {k.Back, k.Skip}, {k.Leave, k.Help}}
}

func (m reviewModel) view() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), statementWidth)
	var footer string
	switch {
	case m.confirming:
		footer = joinVertical(wrap(st.Confirm, m.leaveQuestion(), m.c.innerWidth()),
			m.c.helpView(m.help, m.confirm))
	case m.loadErr != nil && !m.hasItems():
		footer = m.c.helpView(m.help, failedReviewKeys{m.keys})
	default:
		footer = m.c.helpView(m.help, m.keys)
	}
	if !m.hasItems() {
		header := m.c.checkInTitle()
		msg := fmt.Sprintf("%s Could not read your last check-in, so its commitments cannot be reviewed: %v. Press enter to go on to the statements.",
			st.Glyphs.Error, m.loadErr)
		return m.c.screen(header, stack("", wrap(st.Error, msg, w)), footer)
	}
	title := m.c.checkInTitle()
	pos := fmt.Sprintf("Commitment %d of %d", m.i+1, len(m.progress))
	if lipgloss.Width(title)+len(pos)+2 > w {
		// A back-filled date leaves no room for the words.
		pos = fmt.Sprintf("%d / %d", m.i+1, len(m.progress))
	}
	header := spread(title, st.Muted.Render(pos), w)
	body := m.body(w, true)
	if height(header)+height(body)+height(footer) > m.c.height {
		body = m.body(w, false)
	}
	return m.c.screen(header, body, footer)
}

// body shows the commitment, the objective first as the person wrote it.
// The lead-in is the first thing to go in a short window: the header
// already says where this is.
func (m reviewModel) body(w int, leadIn bool) string {
	st := m.c.styles
	c := m.prev.Commitments[m.i]
	made := m.prev.TakenAt.Format("Mon 2 Jan 2006")
	var lines []string
	if leadIn {
		lines = append(lines, "", wrap(st.Muted, "Before the statements: how did the commitments from your last check-in go?", w))
	}
	about := "Committed on " + made
	if f, ok := m.c.q.Facet(c.Facet); ok {
		about += " · " + f.Name
	}
	// An imported objective can be far longer than one typed here; its
	// beginning is shown, fewer lines in a short window, so the answers
	// stay on the screen.
	most := 6
	if !leadIn {
		most = 3
	}
	lines = append(lines, "", st.Statement.Render(wrapAtMost(c.Objective, w, most)), wrap(st.Muted, about, w))
	// The practice shows when the objective says something else: it is
	// what the objective was made from.
	if c.Practice != "" && c.Practice != c.Objective {
		lines = append(lines, st.Muted.Render(wrapAtMost("Suggested practice: "+c.Practice, w, most-1)))
	}
	lines = append(lines,
		"",
		st.Heading.Render("How did it go?"),
		m.optionsView(),
	)
	if m.writing {
		lines = append(lines, "", wrap(st.Text, "Anything to add? One line, optional; enter goes on.", w),
			m.notes[m.i].View())
	}
	return strings.Join(lines, "\n")
}

// optionsView lists the three answers with the same glyphs as the
// statements' scale, so the highlight and the answer show without colour.
func (m reviewModel) optionsView() string {
	st := m.c.styles
	g := st.Glyphs
	rows := make([]string, len(reviewProgress))
	for j, p := range reviewProgress {
		cur, mark, style := "  ", g.Open, st.Option
		if m.progress[m.i] == p {
			mark, style = g.Chosen, st.OptionChosen
		}
		if j == m.cursor && !m.writing {
			cur, style = g.Cursor+" ", st.OptionCursor
		}
		words := p.Words()
		rows[j] = cur + style.Render(fmt.Sprintf("%s %d  %s", mark, j+1, strings.ToUpper(words[:1])+words[1:]))
	}
	return strings.Join(rows, "\n")
}

// failedReviewKeys are the only keys that work when the commitments could
// not be read: go on, or leave.
type failedReviewKeys struct{ k reviewKeys }

func (f failedReviewKeys) ShortHelp() []key.Binding  { return []key.Binding{f.k.Go, f.k.Leave} }
func (f failedReviewKeys) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }
