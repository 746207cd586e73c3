package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
)

// reviewModel opens a check-in by asking how each commitment of the
// previous check-in went, one ReviewForm each: first the progress, then
// an optional line. It keeps what was answered when the person moves on
// to the statements, so going back from the first statement finds it as
// it was left.
type reviewModel struct {
	c    *common
	keys reviewKeys
	help help.Model

	prev    assessment.CheckIn
	loadErr error
	// answers has one per commitment; a progress is "" while unanswered
	// or skipped.
	answers []ReviewAnswer
	i       int // the commitment on view
	form    form
	// leave asks "leave this check-in?" over the review; nil when not.
	leave *question
	// restore are the reviews of a resumed draft, answered again on load;
	// resumeHere reopens the review, where the draft was left.
	restore    []assessment.Review
	resumeHere bool
	// loaded is set once the commitments to review have been read.
	loaded bool
}

// reviewLoadedMsg carries the check-in whose commitments are reviewed
// (nil when there is none), read when the check-in starts.
type reviewLoadedMsg struct {
	prev *assessment.CheckIn
	err  error
}

func newReview(c *common) reviewModel {
	return reviewModel{c: c, keys: newReviewKeys(), help: help.New()}
}

// init reads the check-in whose commitments are still open. A back-filled
// check-in reviews the commitments made before its own date.
func (m reviewModel) init() tea.Cmd {
	p, before := m.c.practice, m.c.takenAt
	return replyTo(screenCheckIn, func() tea.Msg {
		prev, err := p.OpenCommitments(before)
		return reviewLoadedMsg{prev: prev, err: err}
	})
}

// load takes the previous check-in. It reports whether there is anything
// to show: commitments to review, or an error saying they could not be read.
func (m reviewModel) load(msg reviewLoadedMsg) (reviewModel, bool) {
	m.loaded, m.loadErr = true, msg.err
	if msg.prev != nil {
		m.prev = *msg.prev
	}
	n := len(m.prev.Commitments)
	m.answers = make([]ReviewAnswer, n)
	for i, rv := range m.prev.ReviewsByCommitment(m.restore) {
		m.answers[i] = ReviewAnswer{Progress: rv.Progress, Note: rv.Note}
	}
	return m, n > 0 || m.loadErr != nil
}

// firstOpen is the first commitment not yet answered, or the last one.
func (m reviewModel) firstOpen() int {
	for i, a := range m.answers {
		if a.Progress == "" {
			return i
		}
	}
	return max(0, len(m.answers)-1)
}

// hasItems reports whether there are commitments to go back to.
func (m reviewModel) hasItems() bool { return len(m.answers) > 0 }

// reviews are the commitments answered so far; a skipped one is left out.
func (m reviewModel) reviews() []assessment.Review {
	var out []assessment.Review
	for i, c := range m.prev.Commitments {
		if m.answers[i].Progress == "" {
			continue
		}
		out = append(out, assessment.Review{CheckIn: m.prev.ID, Commitment: c, Progress: m.answers[i].Progress,
			Note: singleSpaced(m.answers[i].Note)})
	}
	return out
}

// last shows the last commitment again, coming back from the statements.
func (m reviewModel) last() (reviewModel, tea.Cmd) {
	return m.show(len(m.answers) - 1)
}

// show puts commitment i on view: on its line when it was answered, so
// the line can be changed (shift+tab goes up to the answer), else on its
// answers.
func (m reviewModel) show(i int) (reviewModel, tea.Cmd) {
	if !m.hasItems() {
		return m, nil
	}
	m.i = i
	m.form = newForm(m.c, ReviewForm(&m.answers[i]), m.formWidth())
	if m.answers[i].Progress != "" {
		m.form.keys("enter")
	}
	return m, nil
}

// writing reports whether the line about the commitment has the cursor.
func (m reviewModel) writing() bool { return m.form.f != nil && m.form.focused() == "review-note" }

func (m reviewModel) setSize(int, int) screen {
	if m.form.f != nil {
		m.form.setWidth(m.formWidth())
	}
	if m.leave != nil {
		m.leave.setWidth(leaveWidth(m.c))
	}
	m.keys.narrow = m.c.innerWidth() < narrowHelp
	return m
}

func (m reviewModel) asksBeforeQuit() bool { return true }

// waiting is true until the commitments to review have been read.
func (m reviewModel) waiting() bool { return !m.loaded }

func (m reviewModel) update(msg tea.Msg) (screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
		return m, nil
	case m.leave != nil:
		open, cmd := answerLeave(m.leave, km, nil)
		if !open {
			m.leave = nil
		}
		return m, cmd
	case key.Matches(km, m.keys.Leave):
		m.leave = leaveQuestion(m.c, m.leaveQuestion())
		return m, nil
	case m.loadErr != nil && !m.hasItems():
		if key.Matches(km, m.keys.Go) {
			return m, send(reviewDoneMsg{})
		}
		return m, nil
	case !m.writing():
		if next, cmd, done := m.updateChoice(km); done {
			return next, cmd
		}
	case key.Matches(km, m.keys.Change):
		return m.change(km), nil
	}
	m.form.update(km)
	if m.form.completed() {
		return m.next()
	}
	return m, nil
}

// updateChoice handles the keys that stand for a few of the form's, or
// for none, while "how did it go?" has the cursor; done is false for the
// keys the form takes as they are.
func (m reviewModel) updateChoice(km tea.KeyMsg) (reviewModel, tea.Cmd, bool) {
	switch {
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
	case key.Matches(km, m.keys.Answer):
		keys := []string{"home"}
		for range km.Runes[0] - '1' {
			keys = append(keys, "down")
		}
		m.form.keys(append(keys, "enter")...)
	case key.Matches(km, m.keys.Back):
		if m.i > 0 {
			next, cmd := m.show(m.i - 1)
			return next, cmd, true
		}
	case key.Matches(km, m.keys.Skip), key.Matches(km, m.keys.Choose) && m.answers[m.i].Progress == "":
		m.answers[m.i].Progress = ""
		next, cmd := m.next()
		return next, cmd, true
	default:
		return m, nil, false
	}
	if m.form.completed() {
		next, cmd := m.next()
		return next, cmd, true
	}
	return m, nil, true
}

// change moves the answer up or down while its line is typed, as the
// arrows have nothing to do in a one-line field; the line stays.
func (m reviewModel) change(km tea.KeyMsg) reviewModel {
	answers := reviewOptions[:3]
	j := slices.IndexFunc(answers, func(o huh.Option[assessment.Progress]) bool { return o.Value == m.answers[m.i].Progress })
	if km.Type == tea.KeyUp {
		j--
	} else {
		j++
	}
	m.answers[m.i].Progress = answers[min(len(answers)-1, max(0, j))].Value
	m, _ = m.show(m.i)
	return m
}

// next moves to the next commitment, or on to the statements after the last.
func (m reviewModel) next() (reviewModel, tea.Cmd) {
	if m.i+1 < len(m.answers) {
		return m.show(m.i + 1)
	}
	return m, send(reviewDoneMsg{})
}

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
		Back:     key.NewBinding(key.WithKeys("left", "h", "backspace", "b"), key.WithHelp("←/h", "back")),
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

func (f failedReviewKeys) ShortHelp() []key.Binding { return []key.Binding{f.k.Go, f.k.Leave} }

func (f failedReviewKeys) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }
