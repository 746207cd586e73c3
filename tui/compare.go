package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// compareModel sets two check-ins side by side and judges each change by
// the reliable change index. It reads every check-in once, with the
// questionnaires they were answered with, so moving either side is
// instant and never touches the database.
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
	recs   []store.Record // oldest first
	// snaps are the questionnaires by hash, nil where none was kept.
	snaps    map[string]*assessment.Questionnaire
	from, to int // indexes into recs, from < to
	cmp      assessment.Comparison
}

type compareLoadedMsg struct {
	recs  []store.Record
	snaps map[string]*assessment.Questionnaire
	err   error
}

// newCompare opens the comparison msg asks for. Its records, when given,
// are the caller's copies, read already.
func newCompare(c *common, msg openCompareMsg) compareModel {
	return compareModel{
		c: c, keys: newCompareKeys(), help: help.New(), vp: viewport.New(0, 0),
		back: msg.back, want: [2]string{msg.from, msg.to}, recs: msg.recs,
	}
}

func (m compareModel) init() tea.Cmd {
	s, recs := m.c.store, m.recs
	return func() tea.Msg {
		if s == nil {
			return compareLoadedMsg{err: errNoStore}
		}
		if recs == nil {
			var err error
			if recs, err = s.List(); err != nil {
				return compareLoadedMsg{err: err}
			}
		}
		snaps := map[string]*assessment.Questionnaire{}
		for _, r := range recs {
			h := r.Questionnaire.Hash
			if _, seen := snaps[h]; seen {
				continue
			}
			// A snapshot that cannot be read counts as none: the current
			// questionnaire stands in, as for a record from before snapshots.
			q, ok, err := s.Questionnaire(h)
			if err != nil || !ok {
				q = nil
			}
			snaps[h] = q
		}
		return compareLoadedMsg{recs: recs, snaps: snaps}
	}
}

func (m *compareModel) setSize(int, int) { m.layout() }

// ready is true when there are two check-ins to compare.
func (m compareModel) ready() bool { return m.loaded && m.err == nil && len(m.recs) >= 2 }

func (m compareModel) update(msg tea.Msg) (compareModel, tea.Cmd) {
	switch msg := msg.(type) {
	case compareLoadedMsg:
		m.loaded, m.err, m.recs, m.snaps = true, msg.err, msg.recs, msg.snaps
		m.from, m.to = m.pick()
		m.compare()
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
			return m, send(startCheckInMsg{})
		}
	case key.Matches(msg, m.keys.OlderEarlier):
		m.move(&m.from, -1, 0, m.to-1)
	case key.Matches(msg, m.keys.OlderLater):
		m.move(&m.from, +1, 0, m.to-1)
	case key.Matches(msg, m.keys.NewerEarlier):
		m.move(&m.to, -1, m.from+1, len(m.recs)-1)
	case key.Matches(msg, m.keys.NewerLater):
		m.move(&m.to, +1, m.from+1, len(m.recs)-1)
	default:
		m.keys.scroll(&m.vp, msg)
	}
	return m, nil
}

// pick finds the check-ins asked for; without ids, the latest and the one
// before it.
func (m compareModel) pick() (from, to int) {
	from, to = len(m.recs)-2, len(m.recs)-1
	for i, r := range m.recs {
		switch r.ID {
		case m.want[0]:
			from = i
		case m.want[1]:
			to = i
		}
	}
	return min(from, to), max(from, to)
}

// move steps one side, staying inside [lo, hi] so the older side stays
// older; a step past the end does nothing.
func (m *compareModel) move(side *int, step, lo, hi int) {
	if next := *side + step; next >= lo && next <= hi {
		*side = next
		m.compare()
	}
}

// compare judges the chosen pair, with the questionnaire each side was
// answered with, or the current one when none was kept.
func (m *compareModel) compare() {
	if m.ready() {
		m.cmp = assessment.Compare(m.c.q, m.side(m.recs[m.from]), m.side(m.recs[m.to]))
	}
	m.layout()
}

func (m compareModel) side(r store.Record) assessment.Side {
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
