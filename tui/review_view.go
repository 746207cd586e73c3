package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// reviewKeys change with the field: answering "how did it go?", typing
// the line under it (where letters and digits are text), or going on
// after the commitments could not be read. The arrows, enter and
// shift+tab are the form's own; the rest are the screen's.
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
	return reviewKeys{
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
}

// writingKeys are the keys while the line is typed, when letters are text.
type writingKeys struct{ k reviewKeys }

func (w writingKeys) ShortHelp() []key.Binding {
	return []key.Binding{w.k.Continue, w.k.Change, w.k.Reanswer, w.k.Leave}
}
func (w writingKeys) FullHelp() [][]key.Binding { return [][]key.Binding{w.ShortHelp()} }

func (k reviewKeys) ShortHelp() []key.Binding {
	if k.narrow {
		return []key.Binding{k.Answer, k.Back, k.Skip, k.Leave, k.Help}
	}
	return []key.Binding{k.Answer, k.Pick, k.Back, k.Skip, k.Leave, k.Help}
}

func (k reviewKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Answer, k.Up, k.Down, k.Choose}, {k.Back, k.Skip}, {k.Leave, k.Help}}
}

// failedReviewKeys are the only keys that work when the commitments could
// not be read: go on, or leave.
type failedReviewKeys struct{ k reviewKeys }

func (f failedReviewKeys) ShortHelp() []key.Binding  { return []key.Binding{f.k.Go, f.k.Leave} }
func (f failedReviewKeys) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

func (m reviewModel) footer() string {
	switch {
	case m.leave != nil:
		return m.leave.footer(m.c, m.help)
	case m.loadErr != nil && !m.hasItems():
		return m.c.helpView(m.help, failedReviewKeys{m.keys})
	case m.writing():
		return m.c.helpView(m.help, writingKeys{m.keys})
	}
	return m.c.helpView(m.help, m.keys)
}

func (m reviewModel) view() string {
	st := m.c.styles
	w := m.width()
	footer := m.footer()
	if !m.hasItems() {
		header := m.c.checkInTitle()
		msg := fmt.Sprintf("%s Could not read your last check-in, so its commitments cannot be reviewed: %v. Press enter to go on to the statements.",
			st.Glyphs.Error, m.loadErr)
		return m.c.screen(header, stack("", wrap(st.Error, msg, w)), footer)
	}
	title := m.c.checkInTitle()
	pos := fmt.Sprintf("Commitment %d of %d", m.i+1, len(m.answers))
	if lipgloss.Width(title)+len(pos)+2 > w {
		// A back-filled date leaves no room for the words.
		pos = fmt.Sprintf("%d / %d", m.i+1, len(m.answers))
	}
	header := spread(title, st.Muted.Render(pos), w)
	body := m.body(w, true)
	if height(header)+height(body)+height(footer) > m.c.height {
		body = m.body(w, false)
	}
	return m.c.screen(header, body, footer)
}

// body shows the commitment, the objective first as the person wrote it,
// then the form. The lead-in is the first thing to go in a short window:
// the header already says where this is.
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
	lines = append(lines, "", wrap(st.Statement, c.Objective, w), wrap(st.Muted, about, w))
	// The practice shows when the objective says something else: it is
	// what the objective was made from.
	if c.Practice != "" && c.Practice != c.Objective {
		lines = append(lines, wrap(st.Muted, "Suggested practice: "+c.Practice, w))
	}
	lines = append(lines, "")
	if m.writing() {
		// The answer stays in sight while the line about it is typed.
		words := m.answers[m.i].Progress.Words()
		lines = append(lines, st.Heading.Render("How did it go?")+" "+
			st.OptionChosen.Render(st.Glyphs.Chosen+" "+strings.ToUpper(words[:1])+words[1:]), "")
	}
	return strings.Join(append(lines, m.form.view()), "\n")
}
