package tui

import (
	"maps"
	"strconv"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/progress"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// takeModel asks the statements one at a time.
type takeModel struct {
	c    *common
	keys takeKeys
	help help.Model
	bar  progress.Model

	items  []assessment.Item
	i      int // the statement on view
	cursor int // the highlighted option, counted from Scale.Min; -1 for none

	// window is the cadence the statements' {window} is filled from.
	window assessment.Cadence

	answers assessment.Answers
	skipped map[string]bool
	timings assessment.Timings
	shownAt time.Time
	started time.Time
	// begun is when a resumed check-in was first started; zero otherwise.
	begun time.Time

	// leave asks "leave this check-in?"; nil when not asking.
	leave *question
	// fixing is set once a dimension turned out short of answers: from
	// then on, moving on walks the skipped statements only, once each
	// (pass holds those not yet shown), and then asks whether to finish
	// with that side not scored (take_short.go).
	fixing bool
	notice []string
	pass   map[string]bool
	// finishShort asks "finish with <side> not scored?"; nil when not
	// asking. unscored is set once the person said yes.
	finishShort *question
	unscored    bool

	// observer is set when a team member answers a feedback form on this
	// screen (observer.go): the statements are in their words, nothing
	// needs scoring, and leaving drops the form unwritten.
	observer bool
	// before is set when a step comes before the first statement, which
	// back returns to.
	before bool
}

func newTake(c *common) takeModel {
	now := c.now()
	m := takeModel{
		c:       c,
		keys:    newTakeKeys(c.q.Scale),
		help:    help.New(),
		bar:     progress.New(c.styles.progressOptions()...),
		items:   c.q.Items,
		cursor:  -1,
		answers: assessment.Answers{},
		skipped: map[string]bool{},
		timings: assessment.Timings{},
		shownAt: now,
		started: now,
		window:  c.cadence(),
	}
	return m
}

// checkIn hands over what was answered, for the result.
func (m takeModel) checkIn() (assessment.Answers, assessment.Timings, time.Time) {
	return maps.Clone(m.answers), maps.Clone(m.timings), m.started
}

// resume shows the last statement again, coming back from the note.
func (m takeModel) resume() takeModel {
	m.show(m.i)
	return m
}

// first shows the first statement, coming from the review of the last
// check-in's commitments; its answering time starts now.
func (m takeModel) first() takeModel {
	m.show(0)
	return m
}

// afterReview notes whether commitments to review come before the
// first statement, for back to return to.
func (m takeModel) afterReview(items bool) takeModel {
	m.before = items
	return m
}

// untouched reports whether nothing has been answered or skipped yet, so
// the review of the last commitments can still come first.
func (m takeModel) untouched() bool {
	return m.i == 0 && len(m.answers) == 0 && len(m.skipped) == 0
}

func (m takeModel) setSize(w, _ int) screen {
	m.bar.Width = min(max(0, w-2*padX), statementWidth)
	m.keys.narrow = w-2*padX < 72
	for _, q := range []*question{m.leave, m.finishShort} {
		if q != nil {
			q.setWidth(m.questionWidth())
		}
	}
	return m
}

func (m takeModel) keyMap() help.KeyMap {
	switch {
	case m.leave != nil:
		return m.leave.keys
	case m.finishShort != nil:
		return m.finishShort.keys
	}
	// Back on the first statement goes to what came before it, if
	// anything did: the review of commitments, or a form's role.
	k := m.keys
	k.Back.SetEnabled(m.i > 0 || m.before)
	return k
}

func (m takeModel) asksBeforeQuit() bool { return true }

func (m takeModel) waiting() bool { return false }

func (m takeModel) update(msg tea.Msg) (screen, tea.Cmd) {
	if mm, ok := msg.(tea.MouseMsg); ok && m.leave == nil {
		if x, ok := m.clickedAnswer(mm); ok {
			return m.answer(x)
		}
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	if m.leave != nil {
		open, cmd := answerLeave(m.leave, km, nil)
		if !open {
			m.leave = nil
		}
		return m, cmd
	}
	if m.finishShort != nil {
		return m.answerShort(km)
	}
	points := m.options()
	switch {
	case key.Matches(km, m.keys.Leave):
		m.leave = m.askLeave()
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
	case key.Matches(km, m.keys.NotApplicable):
		return m.answer(assessment.NotApplicable)
	case key.Matches(km, m.keys.Answer):
		x, _ := strconv.Atoi(km.String())
		return m.answer(x)
	case key.Matches(km, m.keys.Up):
		if m.cursor < 0 {
			m.cursor = points
		}
		m.cursor = max(0, m.cursor-1)
	case key.Matches(km, m.keys.Down):
		m.cursor = min(points-1, m.cursor+1)
	case key.Matches(km, m.keys.Choose):
		if m.cursor >= 0 {
			return m.answer(m.valueAt(m.cursor))
		}
	case key.Matches(km, m.keys.Back):
		if m.i > 0 {
			m.show(m.i - 1)
			break
		}
		// Before the first statement may come the review of commitments.
		return m, send(firstBackMsg{})
	case key.Matches(km, m.keys.Next):
		// Forward only over statements already dealt with; the next new
		// statement is reached by answering or skipping this one.
		if m.dealtWith(m.items[m.i]) {
			return m.advance()
		}
	case key.Matches(km, m.keys.Skip):
		id := m.items[m.i].ID
		delete(m.answers, id)
		m.skipped[id] = true
		return m.advance()
	}
	return m, nil
}

func (m takeModel) dealtWith(it assessment.Item) bool {
	_, answered := m.answers[it.ID]
	return answered || m.skipped[it.ID]
}

// answer records x for the statement on view and moves on. Only the first
// answer is timed: a revisited statement was already read, and timing the
// change would make a careful person look like a fast clicker.
func (m takeModel) answer(x int) (takeModel, tea.Cmd) {
	id := m.items[m.i].ID
	if _, timed := m.timings[id]; !timed {
		m.timings[id] = m.c.now().Sub(m.shownAt)
	}
	m.answers[id] = x
	delete(m.skipped, id)
	return m.advance()
}

// show puts statement i on view, with its earlier answer highlighted.
func (m *takeModel) show(i int) {
	m.i = i
	m.shownAt = m.c.now()
	m.cursor = -1
	if x, ok := m.answers[m.items[i].ID]; ok {
		m.cursor = x - m.c.q.Scale.Min
		if x == assessment.NotApplicable {
			m.cursor = m.c.q.Scale.Points()
		}
	}
}

// options is how many answers the list offers: the scale's points, and
// "did not come up" after them when the scale has it.
func (m takeModel) options() int {
	if m.c.q.Scale.NotApplicable != "" {
		return m.c.q.Scale.Points() + 1
	}
	return m.c.q.Scale.Points()
}

// valueAt is the answer at position i of the list.
func (m takeModel) valueAt(i int) int {
	if i == m.c.q.Scale.Points() {
		return assessment.NotApplicable
	}
	return m.c.q.Scale.Min + i
}

func (m takeModel) advance() (takeModel, tea.Cmd) {
	if !m.fixing && m.i+1 < len(m.items) {
		m.show(m.i + 1)
		return m, nil
	}
	delete(m.pass, m.items[m.i].ID) // shown in this pass
	return m.finish((m.i + 1) % len(m.items))
}
