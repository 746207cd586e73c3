package tui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/store"
)

// homeWidth keeps the welcome text to a readable line length.
const homeWidth = 72

// secondsPerStatement is a careful reading pace, used to say how long a
// check-in takes: 24 statements make about five minutes.
const secondsPerStatement = 12

var errNoStore = errors.New("no database is open, so nothing will be saved")

// homeModel is the start screen: the last check-in at a glance, or a
// welcome when there is none yet.
type homeModel struct {
	c      *common
	keys   homeKeys
	help   help.Model
	loaded bool
	latest *store.Record
	count  int
	err    error
}

type homeLoadedMsg struct {
	latest *store.Record
	count  int
	err    error
}

func newHome(c *common) homeModel {
	return homeModel{c: c, keys: newHomeKeys(), help: help.New()}
}

func (m homeModel) init() tea.Cmd {
	s := m.c.store
	return func() tea.Msg {
		if s == nil {
			return homeLoadedMsg{err: errNoStore}
		}
		rec, ok, err := s.Latest()
		if err != nil || !ok {
			return homeLoadedMsg{err: err}
		}
		n, err := s.Count()
		return homeLoadedMsg{latest: &rec, count: n, err: err}
	}
}

func (m homeModel) update(msg tea.Msg) (homeModel, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		m.loaded, m.latest, m.count, m.err = true, msg.latest, msg.count, msg.err
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Start):
			return m, send(startCheckInMsg{})
		case key.Matches(msg, m.keys.History):
			return m, send(openHistoryMsg{})
		case key.Matches(msg, m.keys.Compare):
			return m, send(openCompareMsg{back: backHomeMsg{}})
		case key.Matches(msg, m.keys.Trends):
			return m, send(openTrendsMsg{})
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
		}
	}
	return m, nil
}

func (m homeModel) view() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), homeWidth)
	header := st.Title.Render("leadcheck") + st.Subtitle.Render(" · "+m.c.q.Title)

	m.keys.narrow = m.c.innerWidth() < narrowHelp
	footer := m.c.helpView(m.help, m.keys)
	var body string
	switch {
	case !m.loaded:
		body = st.Muted.Render("Reading your history…")
	case m.latest != nil:
		body = m.summary(w)
	default:
		body = m.welcome(w, m.c.height-height(footer)-2)
	}
	if m.err != nil {
		body = stack(body, "", wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w))
	}
	block := padLines(stack(header, "", body), w)
	return m.c.screen("", block, footer)
}

// summary shows the last check-in, so the person sees where they stood
// before they start the next one.
func (m homeModel) summary(w int) string {
	st := m.c.styles
	rec := *m.latest
	now := m.c.now()
	when := rec.TakenAt.Format("Mon 2 Jan 2006") + st.Muted.Render(" · "+ago(now, rec.TakenAt))

	q := m.c.q
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	profile := st.Muted.Render("none")
	if rec.Profile != nil {
		profile = st.Strong.Render(rec.Profile.Name)
	}
	rows := [][2]string{
		{"Last check-in", when},
		{rel.Name, st.Strong.Render(scoreText(rec.Scores.Dimensions[rel.ID]))},
		{res.Name, st.Strong.Render(scoreText(rec.Scores.Dimensions[res.ID]))},
		{"Balance", balanceText(q, rec.Scores.Balance)},
		{"Profile", profile},
	}
	lines := []string{table(st, rows), ""}
	lines = append(lines, wrap(st.Muted, fmt.Sprintf("%d %s so far. %s",
		m.count, plural(m.count, "check-in", "check-ins"), nextHint(len(q.Items))), w))
	return strings.Join(lines, "\n")
}

// welcome says what leadcheck measures and why, for someone with no
// check-ins yet. In a short terminal the "why" goes first, then the
// dimension descriptions: what a check-in asks of you must always show.
func (m homeModel) welcome(w, maxH int) string {
	st := m.c.styles
	q := m.c.q
	var rows, names [][2]string
	for _, d := range q.Dimensions {
		rows = append(rows, [2]string{d.Name, d.Description})
		names = append(names, [2]string{"", d.Name})
	}
	why := "Leaders get results through people. Lean too far either way and one " +
		"side pays: results that wear the team out, or a happy team that " +
		"delivers little. A check-in every few weeks shows how your balance moves."
	intro := wrap(st.Text, q.Description, w)
	hint := wrap(st.Text, nextHint(len(q.Items)), w)
	for _, text := range []string{
		stack(intro, "", tableWrapped(st, rows, w), "", wrap(st.Muted, why, w), "", hint),
		stack(intro, "", tableWrapped(st, rows, w), "", hint),
		stack(intro, "", table(st, names), "", hint),
	} {
		if height(text) <= maxH {
			return text
		}
	}
	return stack(intro, "", hint)
}

// nextHint says what a check-in asks of the person.
func nextHint(items int) string {
	minutes := max(1, (items*secondsPerStatement+30)/60)
	return fmt.Sprintf("A check-in is %d statements and takes about %d %s.",
		items, minutes, plural(minutes, "minute", "minutes"))
}

// ago says how long ago t was, in the unit a person would use.
func ago(now, t time.Time) string {
	// Count calendar days, so last night's check-in is "yesterday" in the
	// morning rather than "today".
	y1, m1, d1 := t.In(now.Location()).Date()
	y2, m2, d2 := now.Date()
	days := int(time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
	switch {
	case days < 1:
		return "today"
	case days < 2:
		return "yesterday"
	case days < 14:
		return fmt.Sprintf("%d days ago", days)
	case days < 61:
		return fmt.Sprintf("%d weeks ago", days/7)
	case days < 730:
		return fmt.Sprintf("%d months ago", days/30)
	default:
		return fmt.Sprintf("%d years ago", days/365)
	}
}
