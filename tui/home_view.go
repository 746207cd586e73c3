package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// homeWidth keeps the welcome text to a readable line length.
const homeWidth = 72

// secondsPerStatement is a careful reading pace, used to say how long a
// check-in takes: 24 statements make about five minutes.
const secondsPerStatement = 12

func (m homeModel) view() string {
	st := m.c.styles
	inner := m.c.innerWidth()
	footer := m.c.helpView(m.help, m.keyMap())
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
	case len(m.recent) > 0:
		d := dashboard{c: m.c, recent: m.recent, count: m.count, cadence: m.cadence, open: m.open,
			cadenceKey: inner < homeCrampedBelow, focusKey: len(m.focus) > 0}
		body = d.view(w, room)
		if w >= wideFrom {
			// Two columns are as wide as they are, so the screen centres
			// them; one keeps its width, so it does not shift as it changes.
			w = lipgloss.Width(body)
		}
	default:
		body = m.welcome(w, room)
	}
	return m.frame(w, body, notes, footer)
}

// frame lays out the home screen around body, w wide: the title above,
// the notes below and the keys at the bottom. The first-run form is drawn
// in the same frame.
func (m homeModel) frame(w int, body, notes, footer string) string {
	st := m.c.styles
	header := st.Title.Render("leadcheck") + st.Subtitle.Render(" · "+safe(m.c.q.Title))
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
	hint := wrap(st.Text, nextHint(len(q.Items))+" Press t to take your first.", w)
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
	// morning rather than "today", from the date shown beside it.
	days := assessment.CalendarDays(t, now)
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

// dueText says when the next check-in is due, to follow "Next check-in".
func dueText(d assessment.Due, now time.Time) string {
	switch {
	case d.First:
		return "due now: it will be your first"
	case d.Now && d.Days == 0:
		return "due today"
	case d.Now:
		return fmt.Sprintf("due since %s, %d %s overdue", dayText(d.At, now), d.Days, plural(d.Days, "day", "days"))
	case d.Days == 1:
		return "due tomorrow, " + dayText(d.At, now)
	default:
		return fmt.Sprintf("due in %d days, on %s", d.Days, dayText(d.At, now))
	}
}

// dayText names a day with its weekday, and the year only when it is not
// now's: "Mon 14 Dec", "Mon 4 Jan 2027".
func dayText(t, now time.Time) string {
	if t.Year() == now.Year() {
		return t.Format("Mon 2 Jan")
	}
	return t.Format("Mon 2 Jan 2006")
}
