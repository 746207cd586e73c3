package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// trendsMode is what the trends screen shows.
type trendsMode int

const (
	trendsChart trendsMode = iota // the charts, with the map beside them when wide
	trendsMap                     // the grid map alone, when narrow
	trendsTable                   // the same data as text
)

// trendWindow is a span of recent months; 0 months is every check-in.
// The short name is for narrow headers.
type trendWindow struct {
	name, short string
	months      int
}

var trendWindows = [...]trendWindow{{"3 months", "3m", 3}, {"6 months", "6m", 6}, {"1 year", "1y", 12}, {"all", "all", 0}}

// trendsModel shows how both scores and their balance moved over a window
// of time. The page is drawn whenever the data, the size, the window or
// the mode change, and kept: View only places it.
type trendsModel struct {
	c    *common
	keys trendsKeys
	help help.Model
	vp   viewport.Model

	loaded bool
	err    error
	all    []trendPoint // every check-in, oldest first
	others []OthersAt   // the team's view at each feedback round
	window int          // index into trendWindows
	mode   trendsMode
	back   trendsMode // the mode t returns to
}

type trendsLoadedMsg struct {
	points []trendPoint
	others []OthersAt
	err    error
}

func newTrends(c *common) trendsModel {
	return trendsModel{c: c, keys: newTrendsKeys(), help: help.New(), vp: viewport.New(0, 0),
		window: len(trendWindows) - 1}
}

// init reads the summary of every check-in, which holds all a point
// needs; they are copied into plain points before the command returns, so
// no read transaction outlives it.
func (m trendsModel) init() tea.Cmd {
	p, q := m.c.practice, m.c.q
	return func() tea.Msg {
		sums, err := p.Summaries()
		// The team's view is an addition: without it the trends stand.
		others, _ := p.OthersOverTime()
		return trendsLoadedMsg{points: summaryPoints(q, sums), others: others, err: err}
	}
}

func (m *trendsModel) setSize(int, int) { m.layout() }

func (m trendsModel) update(msg tea.Msg) (trendsModel, tea.Cmd) {
	switch msg := msg.(type) {
	case trendsLoadedMsg:
		m.loaded, m.all, m.others, m.err = true, msg.points, msg.others, msg.err
		m.layout()
	case tea.MouseMsg:
		scrollWheel(&m.vp, msg)
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m trendsModel) key(msg tea.KeyMsg) (trendsModel, tea.Cmd) {
	k := m.keys
	for i, b := range k.Windows {
		if key.Matches(msg, b) {
			m.window = i
			m.vp.GotoTop()
			m.layout()
			return m, nil
		}
	}
	switch {
	case key.Matches(msg, k.Back):
		return m, send(backHomeMsg{})
	case key.Matches(msg, k.Help):
		toggleHelp(&m.help, &m.keys.Help)
	case key.Matches(msg, k.Table):
		m.mode, m.back = m.toggle(trendsTable), m.mode
		m.vp.GotoTop()
	case key.Matches(msg, k.Map):
		m.mode = m.toggle(trendsMap)
		m.vp.GotoTop()
	default:
		m.keys.scroll(&m.vp, msg)
		return m, nil
	}
	m.layout()
	return m, nil
}

// toggle switches to mode, or back from it.
func (m trendsModel) toggle(mode trendsMode) trendsMode {
	switch {
	case m.mode != mode:
		return mode
	case mode == trendsTable && m.back != trendsTable:
		return m.back
	default:
		return trendsChart
	}
}

// windowView is the check-ins of the chosen window on a time axis that
// ends now: an old last check-in leaves the right of the chart empty, as
// it should. "all" starts at the first check-in.
func (m trendsModel) windowView() trendView {
	now := m.c.now()
	pts := m.all
	to := now
	if n := len(pts); n > 0 && pts[n-1].at.After(to) {
		to = pts[n-1].at
	}
	w := trendWindows[m.window]
	from := now.AddDate(0, -w.months, 0)
	if w.months == 0 && len(pts) > 0 {
		from = pts[0].at
	}
	i := sort.Search(len(pts), func(i int) bool { return !pts[i].at.Before(from) })
	from, to = span(from, to)
	return trendView{q: m.c.q, st: m.c.styles, points: pts[i:], from: from, to: to, braille: !m.c.styles.colorless}
}

// layout draws the page for the current data, size, window and mode, and
// lists the scroll keys only when it does not fit.
func (m *trendsModel) layout() {
	if !m.loaded || m.c.width == 0 {
		return
	}
	w := m.c.innerWidth()
	wide := w >= wideTrends
	if wide && m.mode == trendsMap {
		m.mode = trendsChart
	}
	v := m.windowView()
	m.keys.sync(m.mode, wide, len(m.all) > 0, len(v.points) > 0)
	m.keys.narrow = w < narrowHelp
	m.keys.setScroll(m.mode == trendsTable)
	body := m.body(v, w, m.avail())
	if fits := height(body) <= m.avail(); fits == m.keys.Scroll.Enabled() {
		m.keys.setScroll(!fits)
		if m.mode != trendsTable {
			body = m.body(v, w, m.avail())
		}
	}
	offset := m.vp.YOffset
	m.vp.Width, m.vp.Height = w, max(1, min(height(body), m.avail()))
	m.vp.SetContent(body)
	m.vp.SetYOffset(offset)
}

// avail is the rows between the header and the keys.
func (m trendsModel) avail() int {
	return max(1, m.c.height-height(m.header())-1-height(m.footer()))
}

// body is the page, or what to do when there is nothing to chart.
func (m trendsModel) body(v trendView, w, h int) string {
	st := m.c.styles
	switch {
	case m.err != nil:
		return wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w)
	case len(m.all) == 0:
		return wrap(st.Text, "No check-ins yet. Take one from the home screen; "+
			"once you have two at least two weeks apart, this screen shows how your scores move.", w)
	case len(v.points) == 0:
		return wrap(st.Text, fmt.Sprintf("No check-ins in the last %s. Press a to see all %s.",
			trendWindows[m.window].name, countText(len(m.all))), w)
	}
	return joinVertical(v.page(m.mode, w, h), othersSection(m.c, m.others, v.from, w))
}

func (m trendsModel) header() string {
	st := m.c.styles
	sub := " · Trends"
	switch m.mode {
	case trendsTable:
		sub += " · table"
	case trendsMap:
		sub += " · map"
	}
	title := st.Title.Render("leadcheck") + st.Subtitle.Render(sub)
	tabs := m.tabs(false)
	if lipgloss.Width(title)+2+lipgloss.Width(tabs) > m.c.innerWidth() {
		tabs = m.tabs(true)
	}
	return spread(title, tabs, m.c.innerWidth())
}

// tabs name the windows, the active one in brackets so that it shows
// without colour too.
func (m trendsModel) tabs(short bool) string {
	st := m.c.styles
	var tabs []string
	for i, w := range trendWindows {
		name := w.name
		if short {
			name = w.short
		}
		if i == m.window {
			tabs = append(tabs, st.Strong.Render("["+name+"]"))
		} else {
			tabs = append(tabs, st.Muted.Render(name))
		}
	}
	return strings.Join(tabs, "  ")
}

func (m trendsModel) footer() string { return m.c.helpView(m.help, m.keys) }

func (m trendsModel) view() string {
	if !m.loaded {
		return m.c.screen("", m.c.styles.Muted.Render("Reading your history…"), "")
	}
	return m.c.screen(stack(m.header(), ""), m.vp.View(), m.footer())
}
