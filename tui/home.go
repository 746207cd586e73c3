package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// homeWidth keeps the welcome text to a readable line length.
const homeWidth = 72

// secondsPerStatement is a careful reading pace, used to say how long a
// check-in takes: 24 statements make about five minutes.
const secondsPerStatement = 12

// homeModel is the start screen: a dashboard of where the leader stands
// and what is due (dashboard.go draws it), or a welcome when there is no
// check-in yet.
type homeModel struct {
	c      *common
	keys   homeKeys
	help   help.Model
	loaded bool
	// recent are the last dashRecent check-ins, oldest first, for the
	// sparklines; the last is the latest.
	recent      []assessment.CheckIn
	count       int
	cadence     assessment.Cadence
	settingsErr error
	err         error
	// draft is an unfinished check-in, mentioned in a line; nil for none.
	draft *assessment.Draft
	// focus are the suggestions of the latest check-in when it was left
	// without commitments: f picks from them (home_focus.go).
	focus []assessment.Suggestion
	// first is the first-run form (firstrun.go), in place of the welcome
	// until the settings are saved; nil otherwise.
	first *firstRunModel
}

type homeLoadedMsg struct {
	recent      []assessment.CheckIn
	count       int
	cadence     assessment.Cadence
	settingsErr error
	err         error
	draft       *assessment.Draft
	focus       []assessment.Suggestion
	firstRun    bool
}

func newHome(c *common) homeModel {
	return homeModel{c: c, keys: newHomeKeys(), help: help.New(), cadence: assessment.DefaultCadence}
}

// init reads the settings, the latest check-ins and how many there are:
// no more than the dashboard shows, however long the history. The records
// come out of the store as copies, so no read transaction outlives the
// command.
func (m homeModel) init() tea.Cmd {
	p := m.c.practice
	return func() tea.Msg {
		var msg homeLoadedMsg
		msg.cadence, _, msg.settingsErr = p.Cadence()
		if d, ok, err := p.Draft(); ok && err == nil {
			msg.draft = &d
		}
		if msg.recent, msg.count, msg.err = p.Recent(dashRecent); msg.err != nil {
			return msg
		}
		msg.focus = focusLeftOpen(p, msg.recent)
		msg.firstRun = msg.err == nil && msg.count == 0 && isFirstRun(p.SettingsPath())
		return msg
	}
}

func (m homeModel) update(msg tea.Msg) (homeModel, tea.Cmd) {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		m.loaded, m.recent, m.count, m.err = true, msg.recent, msg.count, msg.err
		m.cadence, m.settingsErr, m.draft = msg.cadence, msg.settingsErr, msg.draft
		m.focus = msg.focus
		m.keys.Focus.SetEnabled(len(m.focus) > 0)
		if msg.firstRun {
			m.first = newFirstRun(m.c)
		}
	case tea.KeyMsg:
		if m.first != nil {
			if cmd, handled := m.first.update(msg); handled {
				return m, cmd
			}
		}
		switch {
		case key.Matches(msg, m.keys.Start):
			return m, send(startCheckInMsg{})
		case key.Matches(msg, m.keys.History):
			return m, send(openHistoryMsg{})
		case key.Matches(msg, m.keys.Compare):
			return m, send(openCompareMsg{back: backHomeMsg{}})
		case key.Matches(msg, m.keys.Trends):
			return m, send(openTrendsMsg{})
		case key.Matches(msg, m.keys.Feedback):
			return m, send(openFeedbackMsg{})
		case key.Matches(msg, m.keys.Focus):
			return m, send(pickFocusMsg{rec: m.recent[len(m.recent)-1], suggestions: m.focus})
		case key.Matches(msg, m.keys.Cadence):
			return m, send(openCadenceMsg{current: m.cadence})
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
		}
	default:
		if m.first != nil {
			cmd, _ := m.first.update(msg)
			return m, cmd
		}
	}
	return m, nil
}

func (m *homeModel) setSize(int, int) {
	if m.first != nil {
		m.first.setSize()
	}
}

func (m homeModel) view() string {
	st := m.c.styles
	inner := m.c.innerWidth()
	m.keys.narrow = inner < narrowHelp
	m.keys.cramped = inner < homeCrampedBelow
	footer := m.c.helpView(m.help, m.keys)
	if m.first != nil {
		footer = m.first.footer()
	}
	header := st.Title.Render("leadcheck") + st.Subtitle.Render(" · "+safe(m.c.q.Title))

	w := min(inner, homeWidth)
	if len(m.recent) > 0 {
		w = min(inner, dashMax)
		if inner >= wideFrom {
			w = inner
		}
	}
	notes := m.notes(min(w, dashMax))
	// The header, a blank line, the notes and a blank line above the keys.
	room := m.c.height - height(footer) - 3 - height(notes)
	if notes != "" {
		room--
	}
	var body string
	switch {
	case !m.loaded:
		body = st.Muted.Render("Reading your history…")
	case m.first != nil:
		body = m.first.view(w)
	case len(m.recent) > 0:
		d := dashboard{c: m.c, recent: m.recent, count: m.count, cadence: m.cadence, cadenceKey: m.keys.cramped,
			focusKey: len(m.focus) > 0}
		body = d.view(w, room)
		if w >= wideFrom {
			// Two columns are as wide as they are, so the screen centres
			// them; one keeps its width, so it does not shift as it changes.
			w = lipgloss.Width(body)
		}
	default:
		body = m.welcome(w, room)
	}
	if notes != "" {
		body = stack(body, "", notes)
	}
	block := padLines(stack(header, "", body), w)
	return m.c.screen("", block, footer)
}

// notes are what went wrong reading the history or the settings.
func (m homeModel) notes(w int) string {
	st := m.c.styles
	var out []string
	if m.err != nil {
		out = append(out, wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w))
	}
	if m.settingsErr != nil {
		out = append(out, wrap(st.Warning, st.Glyphs.Warning+" "+m.settingsErr.Error()+
			"; checking in "+m.cadence.Words()+" until then.", w))
	}
	if d := m.draft; d != nil {
		out = append(out, wrap(st.Muted, fmt.Sprintf("An unfinished check-in from %s (%d of %d answered) is kept; t offers to resume it.",
			d.StartedAt.Local().Format("Mon 2 Jan, 15:04"), len(d.Answers), d.Items), w))
	}
	return strings.Join(out, "\n")
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
	hint := wrap(st.Text, nextHint(len(q.Items))+" Press enter to take your first.", w)
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
