package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// A side with fewer than 75% of its statements answered is not scored,
// never guessed. At the end of the statements the app walks the skipped
// statements of such a side once; after that pass, or at once when there
// is nothing skipped to go back to (a side short of answers through "did
// not come up"), it asks whether to finish with that side not scored or
// to answer the skipped statements again, as the accessible flow does.
// Leaving (esc) keeps the draft as on any statement.

// finish checks that both dimensions can be scored. If one cannot, it says
// how many more answers it needs and shows the next skipped statement of a
// short dimension not yet shown in this pass, searching from index from;
// once there is none, it asks.
func (m takeModel) finish(from int) (takeModel, tea.Cmd) {
	short, needs := m.shortSides()
	m.notice = needs
	if len(short) == 0 || m.observer || m.unscored {
		m.fixing, m.pass = false, nil
		return m, send(answeredAllMsg{})
	}
	if !m.fixing {
		m.fixing, m.pass = true, m.skippedOf(short)
	}
	for k := range len(m.items) {
		j := (from + k) % len(m.items)
		if m.pass[m.items[j].ID] && short[m.c.q.DimensionOf(m.items[j])] {
			m.notice = append(m.notice, "Here is a statement you skipped; answer it, or press s for the next.")
			m.show(j)
			return m, nil
		}
	}
	m.finishShort = m.askShort(short)
	return m, nil
}

// shortSides are the dimensions too short of answers to be scored, and
// for each a sentence saying how many more answers it needs.
func (m takeModel) shortSides() (map[string]bool, []string) {
	q := m.c.q
	res := assessment.Evaluate(q, m.answers, m.timings)
	short := map[string]bool{}
	var needs []string
	for _, d := range q.Dimensions {
		cov := res.Coverage[d.ID]
		if cov.Needed == 0 {
			continue
		}
		short[d.ID] = true
		needs = append(needs, fmt.Sprintf(
			"%s needs %d more %s before it can be scored (%d of %d answered).",
			d.Name, cov.Needed, plural(cov.Needed, "answer", "answers"), cov.Answered, cov.Total))
	}
	return short, needs
}

// skippedOf are the statements of the short sides with no answer.
func (m takeModel) skippedOf(short map[string]bool) map[string]bool {
	pass := map[string]bool{}
	for _, it := range m.items {
		if _, ok := m.answers[it.ID]; !ok && short[m.c.q.DimensionOf(it)] {
			pass[it.ID] = true
		}
	}
	return pass
}

// askShort asks whether to finish with the short sides not scored, in the
// words of the accessible flow: f finishes, a answers the skipped
// statements again.
func (m takeModel) askShort(short map[string]bool) *question {
	var names []string
	for _, d := range m.c.q.Dimensions {
		if short[d.ID] {
			names = append(names, safe(d.Name))
		}
	}
	again := "answer the skipped statements again"
	if len(m.skippedOf(short)) == 0 {
		again = "go back and change an answer"
	}
	text := fmt.Sprintf("Finish with %s not scored, or %s?", strings.Join(names, " and "), again)
	k := questionKeys{
		Yes:  key.NewBinding(key.WithKeys("f", "F"), key.WithHelp("f", "finish")),
		No:   key.NewBinding(key.WithKeys("a", "A"), key.WithHelp("a", "answer again")),
		Back: key.NewBinding(key.WithDisabled()),
		// Not an answer: answerShort takes esc first, as on a statement.
		Leave: m.keys.Leave,
	}
	q := newQuestion(m.c, text, "Finish", "Answer again", k)
	q.setWidth(m.questionWidth())
	return &q
}

// askLeave asks whether to leave the check-in, under the statement.
func (m takeModel) askLeave() *question {
	q := leaveQuestion(m.c, m.leaveText())
	q.setWidth(m.questionWidth())
	return q
}

// questionWidth keeps a question to the statement's column, where the
// eye already is, rather than the width of a large window.
func (m takeModel) questionWidth() int { return leaveWidth(m.c) }

// answerShort handles a key while asking; esc and ctrl+c ask whether to
// leave, as on any statement, and the question is still there on "stay".
func (m takeModel) answerShort(km tea.KeyMsg) (takeModel, tea.Cmd) {
	if key.Matches(km, m.keys.Leave) {
		m.leave = m.askLeave()
		return m, nil
	}
	switch m.finishShort.answer(km) {
	case saidYes:
		m.finishShort, m.unscored = nil, true
		return m.finish(0)
	case saidNo:
		m.finishShort = nil
		short, needs := m.shortSides()
		m.notice, m.pass = needs, m.skippedOf(short)
		if len(m.pass) == 0 {
			// Nothing skipped: the short side's answers were "did not
			// come up", which ← reaches to change.
			m.notice = append(m.notice, "Press ← to go back to a statement and change its answer.")
			return m, nil
		}
		return m.finish(0)
	}
	return m, nil
}
