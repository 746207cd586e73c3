package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// compareModel sets two check-ins side by side and judges each change by
// the reliable change index. It reads the summaries of every check-in, to
// move through them, and only the two records on view in full, with the
// questionnaires they were answered with; moving a side reads the new
// pair in a command.
type compareModel struct {
	c    *common
	keys compareKeys
	help help.Model
	vp   viewport.Model
	// back is what leaving sends: back to the history, or home.
	back tea.Msg

	want   [2]string // the ids asked for, older first; empty for the latest two
	loaded bool
	err    error
	sums   []assessment.Summary // every check-in, oldest first
	// from and to are the pair chosen, indexes into sums, from < to; pair
	// is the pair read, which shown indexes: the same once a move is read.
	from, to int
	shown    [2]int
	pair     [2]assessment.CheckIn
	// snaps are the questionnaires by hash, nil where none was kept.
	snaps map[string]*assessment.Questionnaire
	cmp   assessment.Comparison
}

type compareLoadedMsg struct {
	sums []assessment.Summary
	pair comparePairMsg
	err  error
}

// comparePairMsg is the pair at indexes at, read in full.
type comparePairMsg struct {
	at    [2]int
	pair  [2]assessment.CheckIn
	snaps map[string]*assessment.Questionnaire
	err   error
}

// openCompare compares the check-ins with ids from and to, older first
// (the latest two when empty). sums, when given, are every check-in's
// summary, oldest first, read already by the caller; back is what leaving
// the comparison sends.
func openCompare(c *common, sums []assessment.Summary, from, to string, back tea.Msg) openMsg {
	return openMsg{to: screenCompare, build: func() (screen, tea.Cmd) {
		m := compareModel{
			c: c, keys: newCompareKeys(), help: help.New(), vp: viewport.New(0, 0),
			back: back, want: [2]string{from, to}, sums: sums,
		}
		return m, m.init()
	}}
}

func (m compareModel) init() tea.Cmd {
	p, sums, want := m.c.practice, m.sums, m.want
	return replyTo(screenCompare, func() tea.Msg {
		if sums == nil {
			var err error
			if sums, err = p.Summaries(); err != nil {
				return compareLoadedMsg{err: err}
			}
		}
		msg := compareLoadedMsg{sums: sums}
		if len(sums) >= 2 {
			from, to := pick(sums, want)
			msg.pair = readPair(p, sums, from, to)
			msg.err = msg.pair.err
		}
		return msg
	})
}

// readPair reads check-ins from and to of sums in full, with the
// questionnaires they were answered with.
func readPair(p Practice, sums []assessment.Summary, from, to int) comparePairMsg {
	msg := comparePairMsg{at: [2]int{from, to}, snaps: map[string]*assessment.Questionnaire{}}
	for i, at := range msg.at {
		r, err := p.Get(sums[at].ID)
		if err != nil {
			msg.err = err
			return msg
		}
		msg.pair[i] = r
		h := r.Questionnaire.Hash
		if _, seen := msg.snaps[h]; seen {
			continue
		}
		// A snapshot that cannot be read counts as none: the current
		// questionnaire stands in, as for a record from before snapshots.
		msg.snaps[h] = p.Snapshot(h)
	}
	return msg
}

// readPair is the command that reads the pair now chosen.
func (m compareModel) readPair() tea.Cmd {
	p, sums, from, to := m.c.practice, m.sums, m.from, m.to
	return replyTo(screenCompare, func() tea.Msg { return readPair(p, sums, from, to) })
}

func (m compareModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m compareModel) keyMap() help.KeyMap { return m.keys }

func (m compareModel) asksBeforeQuit() bool { return false }

// waiting is true until the check-ins to compare are read.
func (m compareModel) waiting() bool { return !m.loaded }

// ready is true when there are two check-ins to compare.
func (m compareModel) ready() bool { return m.loaded && m.err == nil && len(m.sums) >= 2 }

func (m compareModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case compareLoadedMsg:
		m.loaded, m.err, m.sums = true, msg.err, msg.sums
		m.from, m.to = msg.pair.at[0], msg.pair.at[1]
		m.shown, m.pair, m.snaps = msg.pair.at, msg.pair.pair, msg.pair.snaps
		m.compare()
	case comparePairMsg:
		// A pair read for a choice since moved on from is dropped.
		if msg.at != [2]int{m.from, m.to} {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			m.layout()
			return m, nil
		}
		m.shown, m.pair, m.snaps = msg.at, msg.pair, msg.snaps
		m.compare()
	case tea.MouseMsg:
		scrollWheel(&m.vp, msg)
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m compareModel) key(msg tea.KeyMsg) (compareModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		return m, send(m.back)
	case key.Matches(msg, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
		m.layout()
	case !m.ready():
		if key.Matches(msg, m.keys.Take) {
			return m, send(openCheckIn(m.c))
		}
	case key.Matches(msg, m.keys.OlderEarlier):
		return m, m.move(&m.from, -1, 0, m.to-1)
	case key.Matches(msg, m.keys.OlderLater):
		return m, m.move(&m.from, +1, 0, m.to-1)
	case key.Matches(msg, m.keys.NewerEarlier):
		return m, m.move(&m.to, -1, m.from+1, len(m.sums)-1)
	case key.Matches(msg, m.keys.NewerLater):
		return m, m.move(&m.to, +1, m.from+1, len(m.sums)-1)
	default:
		m.keys.scroll(&m.vp, msg)
	}
	return m, nil
}

// pick finds the check-ins asked for; without ids, the latest and the one
// before it.
func pick(sums []assessment.Summary, want [2]string) (from, to int) {
	from, to = len(sums)-2, len(sums)-1
	for i, r := range sums {
		switch r.ID {
		case want[0]:
			from = i
		case want[1]:
			to = i
		}
	}
	return min(from, to), max(from, to)
}

// move steps one side, staying inside [lo, hi] so the older side stays
// older, and reads the new pair; a step past the end does nothing.
func (m *compareModel) move(side *int, step, lo, hi int) tea.Cmd {
	next := *side + step
	if next < lo || next > hi {
		return nil
	}
	*side = next
	return m.readPair()
}

// compare judges the pair read, with the questionnaire each side was
// answered with, or the current one when none was kept.
func (m *compareModel) compare() {
	if m.ready() {
		m.cmp = assessment.Compare(m.c.q, m.side(m.pair[0]), m.side(m.pair[1]))
	}
	m.layout()
}

func (m compareModel) side(r assessment.CheckIn) assessment.Side {
	q := m.snaps[r.Questionnaire.Hash]
	if q == nil {
		q = m.c.q
	}
	return assessment.Side{Questionnaire: q, Answers: r.Answers, Dimensions: r.Scores.Dimensions, Facets: r.Scores.Facets}
}

// compareKeys move either side of the comparison through the history,
// and scroll as the result screen does.
type compareKeys struct {
	// narrow keeps the short help to the sides and "? more keys".
	narrow bool

	Older        key.Binding // help only: stands for [ and ]
	Newer        key.Binding // help only: stands for { and }
	OlderEarlier key.Binding
	OlderLater   key.Binding
	NewerEarlier key.Binding
	NewerLater   key.Binding
	Take         key.Binding
	Back         key.Binding
	Help         key.Binding

	scrollKeys
}

func newCompareKeys() compareKeys {
	return compareKeys{
		Older:        key.NewBinding(key.WithKeys("[", "]"), key.WithHelp("[/]", "older")),
		Newer:        key.NewBinding(key.WithKeys("{", "}"), key.WithHelp("{/}", "newer")),
		OlderEarlier: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "older: earlier")),
		OlderLater:   key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "older: later")),
		NewerEarlier: key.NewBinding(key.WithKeys("{"), key.WithHelp("{", "newer: earlier")),
		NewerLater:   key.NewBinding(key.WithKeys("}"), key.WithHelp("}", "newer: later")),
		Take:         key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "take a check-in")),
		Back:         key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "back")),
		Help:         helpKey(),
		scrollKeys:   newScrollKeys(),
	}
}

func (k compareKeys) ShortHelp() []key.Binding {
	if k.narrow {
		return []key.Binding{k.Older, k.Newer, k.Take, k.Help}
	}
	return []key.Binding{k.Older, k.Newer, k.Take, k.Scroll, k.Back, k.Help}
}

func (k compareKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.OlderEarlier, k.OlderLater, k.NewerEarlier, k.NewerLater},
		k.scrollHelp(),
		{k.Take, k.Back, k.Help},
	}
}
