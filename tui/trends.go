package tui

import (
	"sort"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
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
	// withFlagged counts check-ins with data-quality warnings in the
	// slopes; f toggles it.
	withFlagged bool
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

// openTrends shows the trends, read afresh.
func openTrends(c *common) openMsg {
	return openMsg{to: screenTrends, build: func() (screen, tea.Cmd) {
		m := newTrends(c)
		return m, m.init()
	}}
}

// init reads the summary of every check-in, which holds all a point
// needs; they are copied into plain points before the command returns, so
// no read transaction outlives it.
func (m trendsModel) init() tea.Cmd {
	p, q := m.c.practice, m.c.q
	return replyTo(screenTrends, func() tea.Msg {
		sums, err := p.Summaries()
		// The team's view is an addition: without it the trends stand.
		others, _ := p.OthersOverTime()
		return trendsLoadedMsg{points: summaryPoints(q, sums), others: others, err: err}
	})
}

func (m trendsModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m trendsModel) keyMap() help.KeyMap { return m.keys }

func (m trendsModel) asksBeforeQuit() bool { return false }

// waiting is true until the check-ins to chart are read.
func (m trendsModel) waiting() bool { return !m.loaded }

func (m trendsModel) update(msg tea.Msg) (screen, tea.Cmd) {
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
		return m, send(openHome(m.c))
	case key.Matches(msg, k.Take):
		return m, send(openCheckIn(m.c))
	case key.Matches(msg, k.Help):
		toggleHelp(&m.help, &m.keys.Help)
	case key.Matches(msg, k.Table):
		m.mode = m.toggle(trendsTable)
		m.vp.GotoTop()
	case key.Matches(msg, k.Map):
		m.mode = m.toggle(trendsMap)
		m.vp.GotoTop()
	case key.Matches(msg, k.Flagged):
		m.withFlagged = !m.withFlagged
	default:
		m.keys.scroll(&m.vp, msg)
		return m, nil
	}
	m.layout()
	return m, nil
}

// toggle switches to mode, or from it to the charts: the footer names
// the charts as where t and m lead back to, so they must go there even
// when the table was opened from the map.
func (m trendsModel) toggle(mode trendsMode) trendsMode {
	if m.mode != mode {
		return mode
	}
	return trendsChart
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
	return trendView{q: m.c.q, st: m.c.styles, points: pts[i:], from: from, to: to, braille: !m.c.styles.colorless,
		withFlagged: m.withFlagged, flagKey: true}
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
	m.keys.syncFlagged(v.flaggedCount() > 0, m.withFlagged)
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

// trendsKeys pick the trends screen's window and what it shows, and
// scroll what does not fit.
type trendsKeys struct {
	// narrow leaves the window keys out of the short help while the
	// scroll keys are in it; the header's tabs still show the windows.
	narrow bool

	Window  key.Binding    // help only: stands for the four window keys
	Windows [4]key.Binding // in trendWindows order
	Table   key.Binding
	Map     key.Binding
	Flagged key.Binding // counts flagged check-ins in the slopes, or not
	Take    key.Binding // only while there are no check-ins, as on history
	Back    key.Binding
	Help    key.Binding

	scrollKeys
}

func newTrendsKeys() trendsKeys {
	k := trendsKeys{
		Window: key.NewBinding(key.WithKeys("3", "6", "y", "a"), key.WithHelp("3/6/y/a", "window")),
		Windows: [4]key.Binding{
			key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "last 3 months")),
			key.NewBinding(key.WithKeys("6"), key.WithHelp("6", "last 6 months")),
			key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "last year")),
			key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all check-ins")),
		},
		Table:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "table")),
		Map:        key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "map")),
		Flagged:    key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "count flagged")),
		Take:       key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "take a check-in"), key.WithDisabled()),
		Back:       key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "back")),
		Help:       helpKey(),
		scrollKeys: newScrollKeys(),
	}
	// g and G are not free here: they would read as a window key.
	k.Top = key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "top"))
	k.Bottom = key.NewBinding(key.WithKeys("end"), key.WithHelp("end", "bottom"))
	return k
}

// sync names t and m after where they lead, drops m when the map is
// already beside the charts or the table is shown, and drops the keys
// that would have nothing to show.
func (k *trendsKeys) sync(mode trendsMode, wide, any, inWindow bool) {
	table, grid := "table", "map"
	switch mode {
	case trendsTable:
		table = "charts"
	case trendsMap:
		grid = "charts"
	}
	k.Table.SetHelp("t", table)
	k.Map.SetHelp("m", grid)
	k.Map.SetEnabled(!wide && mode != trendsTable && inWindow)
	k.Table.SetEnabled(inWindow)
	k.Take.SetEnabled(!any) // t is the table's once there is one
	k.Window.SetEnabled(any)
	for i := range k.Windows {
		k.Windows[i].SetEnabled(any)
	}
}

// syncFlagged offers f only when the window has flagged check-ins, named
// after what it does next.
func (k *trendsKeys) syncFlagged(any, counted bool) {
	k.Flagged.SetEnabled(any)
	if counted {
		k.Flagged.SetHelp("f", "exclude flagged")
	} else {
		k.Flagged.SetHelp("f", "count flagged")
	}
}

func (k trendsKeys) ShortHelp() []key.Binding {
	if k.narrow && k.Scroll.Enabled() {
		return []key.Binding{k.Table, k.Map, k.Flagged, k.Take, k.Scroll, k.Back, k.Help}
	}
	return []key.Binding{k.Window, k.Table, k.Map, k.Flagged, k.Take, k.Scroll, k.Back, k.Help}
}

func (k trendsKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.Windows[:],
		{k.Table, k.Map, k.Flagged, k.Take, k.Back, k.Help},
		k.scrollHelp(),
	}
}
