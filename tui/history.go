package tui

import (
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	btable "github.com/charmbracelet/bubbles/table"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/leadcheck/leadcheck/assessment"
)

// historyModel lists every check-in, newest first. The records are read
// once, when the screen opens, and kept as copies: moving through hundreds
// of rows never touches the database, and no transaction outlives the read.
type historyModel struct {
	c     *common
	keys  historyKeys
	help  help.Model
	table btable.Model
	// rows are the table's rows, made as they come into view.
	rows historyRowMaker

	loaded bool
	err    error
	// recs are the rows, newest first, as Practice.Listing reads them:
	// without answers or facets, so a check-in is read whole to open it.
	recs []assessment.CheckIn
	// marked is the id picked with space, to compare with the selected row.
	marked string
	// deleting is the id waiting for "y" to delete it, and ask the
	// question; nil when not asking.
	deleting string
	ask      *question
	// tied are the feedback rounds set against the check-in being
	// deleted, once the delete is confirmed: the second question asks
	// what becomes of them (history_rounds.go).
	tied []assessment.Round
	// status says what the last action did, or why it could not.
	status    string
	statusErr bool
}

type historyLoadedMsg struct {
	recs []assessment.CheckIn
	err  error
}

func newHistory(c *common) historyModel {
	m := historyModel{c: c, keys: newHistoryKeys(), help: help.New()}
	m.table = btable.New(btable.WithKeyMap(m.keys.table()), btable.WithFocused(true))
	return m
}

// openHistory shows every check-in, read afresh.
func openHistory(c *common) openMsg {
	return openMsg{to: screenHistory, build: func() (screen, tea.Cmd) {
		m := newHistory(c)
		return m, m.init()
	}}
}

func (m historyModel) init() tea.Cmd {
	p := m.c.practice
	return replyTo(screenHistory, func() tea.Msg {
		recs, err := p.Listing()
		slices.Reverse(recs)
		return historyLoadedMsg{recs: recs, err: err}
	})
}

func (m historyModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m historyModel) keyMap() help.KeyMap {
	if m.ask != nil {
		return m.ask.keys
	}
	return m.keys
}

func (m historyModel) asksBeforeQuit() bool { return false }

// waiting is true until the check-ins are read.
func (m historyModel) waiting() bool { return !m.loaded }

func (m historyModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case historyLoadedMsg:
		m.loaded, m.recs, m.err = true, msg.recs, msg.err
		m.layout()
	case historyDeletedMsg:
		m.deleted(msg)
	case historyReadFailedMsg:
		m.status, m.statusErr = "Could not read the check-in: "+msg.err.Error(), true
		m.layout()
	case tea.MouseMsg:
		if m.deleting == "" {
			switch wheel(msg) {
			case -1:
				m.table.MoveUp(1)
			case +1:
				m.table.MoveDown(1)
			}
			m.fillShown()
		}
	case tea.KeyMsg:
		if m.deleting != "" {
			return m.confirmDelete(msg)
		}
		if m.status != "" {
			// The status line goes, so the table gets its row back.
			m.status, m.statusErr = "", false
			m.layout()
		}
		return m.key(msg)
	}
	return m, nil
}

func (m historyModel) key(msg tea.KeyMsg) (historyModel, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Back):
		return m, send(openHome(m.c))
	case key.Matches(msg, m.keys.Take):
		return m, send(openCheckIn(m.c))
	case key.Matches(msg, m.keys.Help):
		toggleHelp(&m.help, &m.keys.Help)
		m.layout()
		return m, nil
	}
	if len(m.recs) == 0 {
		return m, nil
	}
	if len(m.recs) == 1 && key.Matches(msg, m.keys.Compare, m.keys.Mark) {
		m.status = "A comparison needs two check-ins, and this is the only one so far."
		m.layout()
		return m, nil
	}
	i := m.table.Cursor()
	switch {
	case key.Matches(msg, m.keys.Open):
		return m, m.open(i)
	case key.Matches(msg, m.keys.Compare):
		return m.compare(i)
	case key.Matches(msg, m.keys.Mark):
		if m.marked == m.recs[i].ID {
			m.marked = ""
		} else {
			m.marked = m.recs[i].ID
		}
		m.layout()
	case key.Matches(msg, m.keys.Delete):
		m.deleting = m.recs[i].ID
		// Unlike leaving a check-in, a second ctrl+c is no yes: deleting
		// is the one thing that cannot be undone.
		q := newQuestion(m.c, "Delete the check-in of "+m.recs[i].TakenAt.Format(historyDate)+"? This cannot be undone.",
			"Delete", "Keep", plainKeys("delete", "keep"))
		m.ask = &q
		m.layout()
	default:
		m.table, _ = m.table.Update(msg)
		m.fillShown()
	}
	return m, nil
}

// before is the check-in taken before row i, or nil for the first ever.
func (m historyModel) before(i int) *assessment.CheckIn {
	if i+1 >= len(m.recs) {
		return nil
	}
	prev := m.recs[i+1]
	return &prev
}

// historyReadFailedMsg says a check-in to open could not be read.
type historyReadFailedMsg struct{ err error }

// open shows row i's check-in and what changed since the one before it.
// The rows hold only what the table shows, so both are read whole, by id,
// in the background.
func (m historyModel) open(i int) tea.Cmd {
	p, c, id, prevID := m.c.practice, m.c, m.recs[i].ID, ""
	if b := m.before(i); b != nil {
		prevID = b.ID
	}
	return func() tea.Msg {
		rec, err := p.Get(id)
		var prev *assessment.CheckIn
		if err == nil && prevID != "" {
			var r assessment.CheckIn
			r, err = p.Get(prevID)
			prev = &r
		}
		if err != nil {
			return replyMsg{to: screenHistory, msg: historyReadFailedMsg{err}}
		}
		return openRecord(c, rec, prev)
	}
}

// compare opens the comparison of row i with the marked row, or with the
// check-in before it when none is marked.
func (m historyModel) compare(i int) (historyModel, tea.Cmd) {
	sel := m.recs[i]
	other := m.before(i)
	if m.marked != "" {
		other = nil
		for _, r := range m.recs {
			if r.ID == m.marked && r.ID != sel.ID {
				other = &r
			}
		}
		if other == nil {
			m.status = "Move to another check-in to compare it with the marked one."
			m.layout()
			return m, nil
		}
	}
	if other == nil {
		m.status = "This is your first check-in: mark another with space to compare."
		m.layout()
		return m, nil
	}
	// Oldest first, as the comparison counts its sides.
	sums := make([]assessment.Summary, len(m.recs))
	for i, r := range m.recs {
		sums[len(sums)-1-i] = assessment.SummaryOf(r)
	}
	return m, send(openCompare(m.c, sums, other.ID, sel.ID, showMsg{to: screenHistory}))
}
