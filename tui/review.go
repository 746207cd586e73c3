package tui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/store"
)

// reviewProgress are the answers to "how did it go?", in the order of
// their keys 1 to 3.
var reviewProgress = []store.Progress{store.NotStarted, store.SomeProgress, store.Done}

// reviewModel opens a check-in by asking how each commitment of the
// previous check-in went: first the progress, then an optional line.
// It keeps what was answered when the person moves on to the statements,
// so going back from the first statement finds it as it was left.
type reviewModel struct {
	c       *common
	keys    reviewKeys
	confirm confirmKeys
	help    help.Model

	prev     store.Record
	loadErr  error
	progress []store.Progress // "" while unanswered or skipped
	notes    []textinput.Model

	i       int // the commitment on view
	cursor  int // the highlighted answer; -1 for none
	writing bool
	// confirming asks "leave this check-in?" over the review.
	confirming bool
	// restore are the reviews of a resumed draft, answered again on load;
	// resumeHere reopens the review, where the draft was left.
	restore    []store.Review
	resumeHere bool
	// loaded is set once the commitments to review have been read.
	loaded bool
}

// reviewLoadedMsg carries the check-in whose commitments are reviewed
// (nil when there is none), read when the check-in starts.
type reviewLoadedMsg struct {
	prev *store.Record
	err  error
}

func newReview(c *common) reviewModel {
	return reviewModel{c: c, keys: newReviewKeys(), confirm: newConfirmKeys(), help: help.New(), cursor: -1}
}

// init reads the check-in whose commitments are still open. A back-filled
// check-in reviews the commitments made before its own date.
func (m reviewModel) init() tea.Cmd {
	s, before := m.c.store, m.c.takenAt
	return func() tea.Msg {
		if s == nil {
			return reviewLoadedMsg{}
		}
		prev, err := s.OpenCommitments(before)
		return reviewLoadedMsg{prev: prev, err: err}
	}
}

// load takes the previous check-in. It reports whether there is anything
// to show: commitments to review, or an error saying they could not be read.
func (m reviewModel) load(msg reviewLoadedMsg) (reviewModel, bool) {
	m.loaded, m.loadErr = true, msg.err
	if msg.prev != nil {
		m.prev = *msg.prev
	}
	n := len(m.prev.Commitments)
	m.progress = make([]store.Progress, n)
	m.notes = make([]textinput.Model, n)
	for i := range m.notes {
		m.notes[i] = m.newNote()
	}
	for _, rv := range m.restore {
		if i := slices.Index(m.prev.Commitments, rv.Commitment); i >= 0 && rv.CheckIn == m.prev.ID && rv.Progress.Valid() {
			m.progress[i] = rv.Progress
			m.notes[i].SetValue(rv.Note)
		}
	}
	m.setWidth()
	return m, n > 0 || m.loadErr != nil
}

func (m reviewModel) newNote() textinput.Model {
	in := textinput.New()
	in.Prompt = "│ "
	in.Placeholder = "e.g. did it twice, then the release took over"
	in.CharLimit = 300
	in.Cursor.SetMode(cursor.CursorStatic)
	m.c.styles.textinput(&in)
	return in
}

// firstOpen is the first commitment not yet answered, or the last one.
func (m reviewModel) firstOpen() int {
	for i, p := range m.progress {
		if p == "" {
			return i
		}
	}
	return max(0, len(m.progress)-1)
}

// hasItems reports whether there are commitments to go back to.
func (m reviewModel) hasItems() bool { return len(m.progress) > 0 }

// reviews are the commitments answered so far; a skipped one is left out.
func (m reviewModel) reviews() []store.Review {
	var out []store.Review
	for i, c := range m.prev.Commitments {
		if m.progress[i] == "" {
			continue
		}
		out = append(out, store.Review{CheckIn: m.prev.ID, Commitment: c, Progress: m.progress[i],
			Note: strings.TrimSpace(m.notes[i].Value())})
	}
	return out
}

// last shows the last commitment again, coming back from the statements.
func (m reviewModel) last() (reviewModel, tea.Cmd) {
	return m.show(len(m.progress) - 1)
}

// show puts commitment i on view: its note when it was answered, so the
// line can be changed, else its three answers.
func (m reviewModel) show(i int) (reviewModel, tea.Cmd) {
	if m.writing {
		m.notes[m.i].Blur()
	}
	m.i, m.cursor, m.writing = i, -1, false
	m.keys.setWriting(false)
	if !m.hasItems() {
		return m, nil
	}
	for j, p := range reviewProgress {
		if p == m.progress[i] {
			m.cursor = j
		}
	}
	if m.progress[i] != "" {
		return m.write()
	}
	return m, nil
}

func (m reviewModel) write() (reviewModel, tea.Cmd) {
	m.writing = true
	m.keys.setWriting(true)
	return m, m.notes[m.i].Focus()
}

func (m *reviewModel) setSize(int, int) { m.setWidth() }

func (m *reviewModel) setWidth() {
	for i := range m.notes {
		// The prompt and the cursor cell take three columns.
		m.notes[i].Width = max(1, min(m.c.innerWidth(), statementWidth)-3)
	}
	m.keys.narrow = m.c.innerWidth() < narrowHelp
}

func (m reviewModel) update(msg tea.Msg) (reviewModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		if m.writing {
			var cmd tea.Cmd
			m.notes[m.i], cmd = m.notes[m.i].Update(msg)
			return m, cmd
		}
		return m, nil
	}
	if m.confirming {
		switch {
		case key.Matches(km, m.confirm.Yes):
			return m, send(leaveCheckInMsg{})
		case key.Matches(km, m.confirm.No):
			m.confirming = false
		}
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.Leave):
		m.confirming = true
		return m, nil
	case m.loadErr != nil && !m.hasItems():
		if key.Matches(km, m.keys.Go) {
			return m, send(reviewDoneMsg{})
		}
		return m, nil
	case m.writing:
		return m.updateNote(km)
	}
	return m.updateChoice(km)
}

// updateChoice handles the keys that answer "how did it go?".
func (m reviewModel) updateChoice(km tea.KeyMsg) (reviewModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
	case key.Matches(km, m.keys.Answer):
		return m.answer(int(km.Runes[0] - '1'))
	case key.Matches(km, m.keys.Up):
		if m.cursor < 0 {
			m.cursor = len(reviewProgress)
		}
		m.cursor = max(0, m.cursor-1)
	case key.Matches(km, m.keys.Down):
		m.cursor = min(len(reviewProgress)-1, m.cursor+1)
	case key.Matches(km, m.keys.Choose):
		if m.cursor >= 0 {
			return m.answer(m.cursor)
		}
	case key.Matches(km, m.keys.Back):
		if m.i > 0 {
			return m.show(m.i - 1)
		}
	case key.Matches(km, m.keys.Skip):
		m.progress[m.i] = ""
		return m.next()
	}
	return m, nil
}

// updateNote handles the keys while the line about a commitment is typed:
// the arrows still change the answer above it, since letters cannot.
func (m reviewModel) updateNote(km tea.KeyMsg) (reviewModel, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Continue):
		return m.next()
	case key.Matches(km, m.keys.Change):
		step := 1
		if km.String() == "up" {
			step = -1
		}
		m.cursor = min(len(reviewProgress)-1, max(0, m.cursor+step))
		m.progress[m.i] = reviewProgress[m.cursor]
		return m, nil
	case key.Matches(km, m.keys.Reanswer):
		m.notes[m.i].Blur()
		m.writing = false
		m.keys.setWriting(false)
		return m, nil
	}
	var cmd tea.Cmd
	m.notes[m.i], cmd = m.notes[m.i].Update(km)
	return m, cmd
}

// answer records answer j for the commitment on view and asks for a line.
func (m reviewModel) answer(j int) (reviewModel, tea.Cmd) {
	m.cursor = j
	m.progress[m.i] = reviewProgress[j]
	return m.write()
}

// next moves to the next commitment, or on to the statements after the last.
func (m reviewModel) next() (reviewModel, tea.Cmd) {
	if m.i+1 < len(m.progress) {
		return m.show(m.i + 1)
	}
	if m.writing {
		m.notes[m.i].Blur()
		m.writing = false
		m.keys.setWriting(false)
	}
	return m, send(reviewDoneMsg{})
}

func (m reviewModel) leaveQuestion() string {
	n := len(m.reviews())
	if n == 0 {
		return "Leave this check-in? Nothing has been answered yet. (y/n)"
	}
	if m.c.keptAsDraft() {
		return fmt.Sprintf("Leave this check-in? Your review of %d %s is kept as a draft; the next check-in offers to resume it. (y/n)",
			n, plural(n, "commitment", "commitments"))
	}
	return fmt.Sprintf("Leave this check-in? Your review of %d %s will be discarded — nothing is saved until the result appears. (y/n)",
		n, plural(n, "commitment", "commitments"))
}
