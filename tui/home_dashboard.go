package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// dashRecent is how many check-ins the sparklines show: a year of monthly
// ones, few enough to read each step.
const dashRecent = 12

// The dashboard is one column up to dashMax wide. From wideFrom inner
// columns it takes two: where things stand on the left, what to do about
// it on the right.
const (
	dashMax      = 76
	dashRightMax = 72
)

// detail is how much of the profile and the commitments the dashboard
// shows; it gives up detail, in this order, until the screen fits.
type detail int

const (
	detailFull  detail = iota // everything, wrapped: the wide layout
	detailWhole               // the advice's first sentence, each commitment whole
	detailBrief               // the advice's first sentence, a line per commitment
	detailTerse               // the advice cut to one line
	detailBare                // names and counts only
)

// dashboard draws the home screen once there are check-ins.
type dashboard struct {
	c       *common
	recent  []assessment.CheckIn // oldest first; the last is the latest
	count   int
	cadence assessment.Cadence
	// cadenceKey names the s key beside the cadence, for when the help
	// line has no room for it.
	cadenceKey bool
	// focusKey says f picks what to work on: the latest check-in was left
	// without commitments.
	focusKey bool
	// open holds the commitments the next check-in reviews: the latest
	// check-in's, or those an earlier one left open; nil for none.
	open *assessment.CheckIn
}

func (d dashboard) latest() assessment.CheckIn { return d.recent[len(d.recent)-1] }

// prev is the check-in before the latest, or nil.
func (d dashboard) prev() *assessment.CheckIn {
	if len(d.recent) < 2 {
		return nil
	}
	return &d.recent[len(d.recent)-2]
}

func (d dashboard) due() assessment.Due {
	return assessment.NextDue(d.latest().TakenAt, true, d.cadence, d.c.now())
}

// view lays the dashboard out in at most w×maxH.
func (d dashboard) view(w, maxH int) string {
	if w >= wideFrom {
		return d.wide(w, maxH)
	}
	top := stack(d.status(w), "", d.scores(w))
	var out string
	for lv := detailWhole; lv <= detailBare; lv++ {
		out = stack(top, "", d.profile(w, lv), "", d.commitments(w, lv))
		if height(out) <= maxH {
			break
		}
	}
	return out
}

// wide puts the state of things on the left, the profile and the
// commitments on the right.
func (d dashboard) wide(w, maxH int) string {
	lw := min(dashMax, (w-columnGap)/2)
	rw := min(dashRightMax, w-lw-columnGap)
	left := stack(d.status(lw), "", d.scores(lw), "", wrap(d.c.styles.Muted, nextHint(len(d.c.q.Items)), lw))
	// The room to spare shows the latest facets, where a commitment
	// usually comes from.
	facets := resultView{q: d.c.q, rec: d.latest(), st: d.c.styles}.facets(lw)
	if withFacets := stack(left, "", facets); height(withFacets) <= maxH {
		left = withFacets
	}
	var right string
	for lv := detailFull; lv <= detailBare; lv++ {
		right = stack(d.profile(rw, lv), "", d.commitments(rw, lv))
		if height(right) <= maxH {
			break
		}
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, padLines(left, lw+columnGap), right)
}

// status is when the last check-in was, when the next is due and how
// often they come.
func (d dashboard) status(w int) string {
	st := d.c.styles
	now := d.c.now()
	latest := d.latest()
	const labelW = len("Next check-in  ")
	last := latest.TakenAt.Format("Mon 2 Jan 2006") + st.Muted.Render(" · "+ago(now, latest.TakenAt))
	if more := st.Muted.Render(" · " + countText(d.count) + " so far"); labelW+lipgloss.Width(last+more) <= w {
		last += more
	}
	due := d.due()
	next := st.Text.Render(dueText(due, now))
	if due.Now {
		next = st.Due.Render(dueText(due, now))
	}
	cadence := st.Text.Render(d.cadence.Words())
	if d.cadence == assessment.DefaultCadence {
		cadence += st.Muted.Render(" (the default)")
	}
	if d.cadenceKey {
		cadence += st.Muted.Render(" · s to change")
	}
	return table(st, [][2]string{{"Last check-in", last}, {"Next check-in", next}, {"Cadence", cadence}})
}

// profile names the latest check-in's profile with its advice, as much of
// it as lv allows.
func (d dashboard) profile(w int, lv detail) string {
	st := d.c.styles
	const labelW = len("Try next  ")
	ref := d.latest().Profile
	if ref == nil {
		return st.Muted.Render(padRight("Profile", labelW) + "none: both scores are needed to place you")
	}
	p := findProfile(d.c.q, ref.ID)
	name := st.Strong.Render(safe(ref.Name))
	if trap, _ := d.c.q.TrapOf(d.latest(), d.prev(), assessment.Trend{}); trap.Raised {
		// The trap is named by its rule, never by the profile alone.
		name = st.Trap.Render(st.Glyphs.Warning + " " + safe(ref.Name) + " — the trap of this stage")
	}
	head := st.Muted.Render(padRight("Profile", labelW)) + name
	if p == nil || lv == detailBare {
		return head // taken with another questionnaire: the name is all there is
	}
	if assessment.AdviceWithheld(d.latest().Warnings) {
		return stack(head, hanging(strings.Repeat(" ", labelW), assessment.AdviceWithheldText, st.Muted, w))
	}
	advice := firstSentence(p.Advice)
	try := st.Strong.Render("Try next  ")
	switch lv {
	case detailFull:
		return stack(head, hanging(strings.Repeat(" ", labelW), p.Interpretation, st.Text, w),
			hanging(try, p.Advice, st.Text, w))
	case detailTerse:
		return stack(head, try+st.Text.Render(truncate(advice, w-labelW)))
	}
	return stack(head, hanging(try, advice, st.Text, w))
}

// findProfile is the questionnaire's profile with id, or nil.
func findProfile(q *assessment.Questionnaire, id string) *assessment.Profile {
	for i := range q.Profiles {
		if q.Profiles[i].ID == id {
			return &q.Profiles[i]
		}
	}
	return nil
}

// firstSentence is text up to its first full stop, the line of advice a
// dashboard has room for.
func firstSentence(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	if i := strings.Index(text, ". "); i >= 0 {
		return text[:i+1]
	}
	return text
}
