package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
)

// keyMap is the keys of what has the cursor: the leave question, going
// on when the commitments could not be read, the line, or the answers.
func (m reviewModel) keyMap() help.KeyMap {
	switch {
	case m.leave != nil:
		return m.leave.keys
	case m.loadErr != nil && !m.hasItems():
		return failedReviewKeys{m.keys}
	case m.writing():
		return writingKeys{m.keys}
	}
	// Back goes to the commitment before; the first has none.
	k := m.keys
	k.Back.SetEnabled(m.i > 0)
	return k
}

func (m reviewModel) footer() string {
	if m.leave != nil {
		return m.leave.footer(m.c, m.help)
	}
	return m.c.helpView(m.help, m.keyMap())
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
	pos := counter("Commitment", m.i+1, len(m.answers))
	title := m.c.checkInTitleBeside(pos, w)
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
		lead := fmt.Sprintf("Before the statements: how did the %s from your last check-in go?",
			plural(len(m.answers), "commitment", "commitments"))
		lines = append(lines, "", wrap(st.Muted, lead, w))
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
	lines = append(lines, "")
	if m.writing() {
		// The answer stays in sight while the line about it is typed.
		words := m.answers[m.i].Progress.Words()
		lines = append(lines, st.Heading.Render("How did it go?")+" "+
			st.OptionChosen.Render(st.Glyphs.Chosen+" "+strings.ToUpper(words[:1])+words[1:]), "")
	}
	return strings.Join(append(lines, m.form.view()), "\n")
}

// width is the measure of the review: a statement's.
func (m reviewModel) width() int { return min(m.c.innerWidth(), statementWidth) }

func (m reviewModel) formWidth() int { return min(m.c.innerWidth(), statementWidth+formFrame) }

func (m reviewModel) leaveQuestion() string {
	n := len(m.reviews())
	if n == 0 {
		return "Leave this check-in? Nothing has been answered yet."
	}
	if m.c.keptAsDraft() {
		return fmt.Sprintf("Leave this check-in? Your review of %d %s is kept as a draft; the next check-in offers to resume it.",
			n, plural(n, "commitment", "commitments"))
	}
	return fmt.Sprintf("Leave this check-in? Your review of %d %s will be discarded — nothing is saved until the result appears.",
		n, plural(n, "commitment", "commitments"))
}
