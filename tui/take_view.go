package tui

import (
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/leadcheck/leadcheck/assessment"
)

// statementWidth keeps a statement to a comfortable reading measure, and
// the header above it to the same column.
const statementWidth = 64

func (m takeModel) view() string {
	w := min(m.c.innerWidth(), statementWidth)
	footer := m.c.helpView(m.help, m.keyMap())
	switch {
	case m.leave != nil:
		footer = m.leave.footer(m.c, m.help)
	case m.finishShort != nil:
		footer = m.finishShort.footer(m.c, m.help)
	}
	return m.c.screen(m.headerView(w), m.statementView(w), footer)
}

func (m takeModel) headerView(w int) string {
	st := m.c.styles
	pos := counter("Statement", m.i+1, len(m.items))
	if n := len(m.skipped); n > 0 {
		pos = fmt.Sprintf("%d skipped · %s", n, pos)
	}
	title := m.c.checkInTitleBeside(pos, w)
	if m.observer {
		title = observerTitle(m.c)
	}
	done := float64(len(m.answers)) / float64(len(m.items))
	return joinVertical(spread(title, st.Muted.Render(pos), w), m.bar.ViewAs(done))
}

func (m takeModel) statementView(w int) string {
	st := m.c.styles
	it := m.items[m.i]
	lines := []string{""}
	if f, ok := m.c.q.Facet(it.Facet); ok {
		lines = append(lines, st.Facet.Render(safe(f.Name)), "")
	}
	lines = append(lines, wrap(st.Statement, assessment.FillWindow(it.Text, m.window), w), "", m.optionsView())
	switch {
	case m.fixing:
		lines = append(lines, "", wrap(st.Warning, strings.Join(m.notice, "\n"), w))
	case m.skipped[it.ID]:
		lines = append(lines, "", wrap(st.Muted, "Skipped. Answer it now, or press s to leave it skipped.", w))
	}
	return strings.Join(lines, "\n")
}

// optionsView lists the scale. The highlight and the given answer are
// glyphs as well as styles, so they show without colour.
func (m takeModel) optionsView() string {
	st := m.c.styles
	g := st.Glyphs
	sc := m.c.q.Scale
	given, answered := m.answers[m.items[m.i].ID]
	var rows []string
	for x := sc.Min; x <= sc.Max; x++ {
		cur, mark, style := "  ", g.Open, st.Option
		if answered && x == given {
			mark, style = g.Chosen, st.OptionChosen
		}
		if x-sc.Min == m.cursor {
			cur, style = g.Cursor+" ", st.OptionCursor
		}
		rows = append(rows, cur+style.Render(fmt.Sprintf("%s %d  %s", mark, x, safe(sc.Label(x)))))
	}
	if sc.NotApplicable != "" {
		cur, mark, style := "  ", g.Open, st.Option
		if answered && given == assessment.NotApplicable {
			mark, style = g.Chosen, st.OptionChosen
		}
		if m.cursor == sc.Points() {
			cur, style = g.Cursor+" ", st.OptionCursor
		}
		k := notApplicableKey
		if !m.keys.NotApplicable.Enabled() {
			k = " "
		}
		rows = append(rows, cur+style.Render(fmt.Sprintf("%s %s  %s", mark, k, safe(sc.NotApplicable))))
	}
	return strings.Join(rows, "\n")
}

// clickedAnswer is the answer a left click landed on, found by reading
// the line under the pointer as the screen shows it, so it follows the
// layout wherever it puts the options.
func (m takeModel) clickedAnswer(msg tea.MouseMsg) (int, bool) {
	if msg.Action != tea.MouseActionPress || msg.Button != tea.MouseButtonLeft {
		return 0, false
	}
	lines := strings.Split(m.view(), "\n")
	if msg.Y < 0 || msg.Y >= len(lines) {
		return 0, false
	}
	line := ansi.Strip(lines[msg.Y])
	sc := m.c.q.Scale
	for x := sc.Min; x <= sc.Max; x++ {
		if strings.HasSuffix(strings.TrimRight(line, " "), fmt.Sprintf(" %d  %s", x, sc.Label(x))) {
			return x, true
		}
	}
	return 0, false
}
