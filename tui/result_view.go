package tui

import (
	"cmp"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// Result layout. One column up to narrowMax wide below resultWideFrom
// columns; from there two: the scores and facets on the left, where the
// bars need the room, the text on the right. Both columns grow with the
// window, the text up to a comfortable reading width, so a large terminal
// gets longer bars and lines, never shorter ones: the left column is
// never narrower than the one column below it, and the bars grow by each
// column a column has past its width at 80 columns.
const (
	wideFrom  = 120 // two columns on the home and compare screens
	at80      = 76  // a column's width at 80 columns
	narrowMax = 84
	leftMax   = 100
	rightMin  = 56
	readMax   = 100 // the widest a column of text grows
	columnGap = 4
	barMax    = 30 // at 80 columns; more where there is more room
	barMin    = 8
	facetBar  = 14 // the same

	resultWideFrom = narrowMax + columnGap + rightMin
)

// RenderResult draws a check-in as the result screen does, without the
// screen's header and keys, at most width columns wide. prev is the
// check-in before it, or nil; changes are shown against it.
func RenderResult(q *assessment.Questionnaire, rec assessment.CheckIn, prev *assessment.CheckIn, width int, st Styles) string {
	return renderResult(resultView{q: q, rec: rec, prev: prev, st: st}, width, true)
}

// renderResult lays the sections out; the result screen leaves the title
// out, as its header already says when the check-in was taken.
func renderResult(r resultView, width int, title bool) string {
	var body string
	if width >= resultWideFrom {
		leftW := max(narrowMax, min(width/2, leftMax))
		rightW := min(width-leftW-columnGap, readMax)
		left := stack(r.scores(leftW), "", r.facets(leftW), "", r.about(leftW))
		right := joinVertical(r.profile(rightW), r.warnings(rightW), r.loop(rightW))
		body = lipgloss.JoinHorizontal(lipgloss.Top,
			padLines(left, leftW+columnGap), right)
		width = leftW + columnGap + rightW
	} else {
		width = min(width, narrowMax)
		body = joinVertical(stack(r.scores(width), "", r.profile(width), "", r.facets(width)),
			r.warnings(width), r.loop(width), stack("", r.about(width)))
	}
	if !title {
		return body
	}
	return stack(r.title(width), "", body)
}

type resultView struct {
	q    *assessment.Questionnaire
	rec  assessment.CheckIn
	prev *assessment.CheckIn
	st   Styles
}

func (r resultView) title(w int) string {
	t := r.rec.TakenAt
	left := r.st.Heading.Render("Check-in of " + t.Format(assessment.CheckInLayout))
	right := ""
	if took := r.rec.AnsweredIn(); took != "" {
		right = r.st.Muted.Render(took)
	}
	return spread(left, right, w)
}

// scores is the table of both dimensions with their margins, then the
// balance meter, its margin drawn as a band, with the side it leans to
// written under its label.
func (r resultView) scores(w int) string {
	st, q := r.st, r.q
	dims := []assessment.Dimension{q.RelationshipsDimension(), q.ResultsDimension()}
	leanLine := assessment.LeanWords(q, r.rec.Scores.Balance)
	labelW := max(lipgloss.Width("Balance"), lipgloss.Width(leanLine)+2)
	for _, d := range dims {
		labelW = max(labelW, lipgloss.Width(d.Name))
	}
	m := assessment.MarginsOfRecord(q, r.rec.Scores)
	b := r.rec.Scores.Balance
	nums := make([]string, 0, 3)
	for _, d := range dims {
		nums = append(nums, assessment.ScoreWithMargin(r.rec.Scores.Dimensions[d.ID], m.Dimensions[d.ID]))
	}
	bnum := assessment.ScoreText(b)
	if b.Valid {
		bnum = assessment.Signed(b.Value) + " " + assessment.MarginText(m.Balance)
	}
	nums = append(nums, bnum)
	numW := 0
	for _, n := range nums {
		numW = max(numW, lipgloss.Width(n))
	}
	since := ""
	if r.prev != nil {
		since = "since " + dateText(r.prev.TakenAt, r.rec.TakenAt)
	}
	chgW := 0
	if since != "" {
		chgW = lipgloss.Width(since) + 3
	}
	barW := min(barMax+max(0, w-at80), max(barMin, w-labelW-2-2-numW-chgW))
	barW -= 1 - barW%2 // odd, so the meter below has a middle cell

	row := func(label, graph, num, change string) string {
		line := padRight(label, labelW+2) + padRight(graph, barW) + "  " + padLeft(num, numW)
		if since != "" {
			line = padRight(line, labelW+2+barW+2+numW+3) + change
		}
		return line
	}
	var lines []string
	if since != "" {
		lines = append(lines, strings.Repeat(" ", labelW+2+barW+2+numW+3)+st.Muted.Render(since))
	}
	prevScores := assessment.Scores{}
	if r.prev != nil {
		prevScores = r.prev.Scores
	}
	for i, d := range dims {
		s, was := r.rec.Scores.Dimensions[d.ID], prevScores.Dimensions[d.ID]
		lines = append(lines, row(st.Text.Render(safe(d.Name)), bar(st, st.Dimension[i], s, barW),
			st.Strong.Render(nums[i]), changeText(st, s, was, assessment.ChangeVerdict(d.Reference, was, s))))
	}
	lines = append(lines,
		row(st.Text.Render("Balance"), meter(st, b, m.Balance, barW), st.Strong.Render(bnum),
			changeText(st, b, prevScores.Balance, "")),
		padRight("  "+st.Muted.Render(leanLine), labelW+2)+r.axis(barW, w-labelW-2))
	return strings.Join(lines, "\n")
}

// axis labels the ends of the balance meter, w wide. When the meter is
// too narrow for both names they run on past it, within room, with
// arrows for the ends they stand for: cut to "re…" and "re…" they would
// not tell one end from the other. Only when even that does not fit are
// they shortened.
func (r resultView) axis(w, room int) string {
	left, right := r.q.RelationshipsDimension().ID, r.q.ResultsDimension().ID
	if lipgloss.Width(left)+lipgloss.Width(right)+1 <= w {
		return r.st.Muted.Render(spread(left, right, w))
	}
	if both := "← " + left + " · " + right + " →"; lipgloss.Width(both) <= room {
		return r.st.Muted.Render(both)
	}
	half := max(1, (w-1)/2)
	return r.st.Muted.Render(spread(truncate(left, half), truncate(right, half), w))
}

// profile names the position on the grid, what it means and what to try.
func (r resultView) profile(w int) string {
	st := r.st
	ref := r.rec.Profile
	if ref == nil {
		if r.rec.Scores.Balance.Valid {
			return wrap(st.Muted, "No profile in this questionnaire matches these scores.", w)
		}
		return wrap(st.Muted, "No profile: both dimensions need a score to place you on the grid.", w)
	}
	var p *assessment.Profile
	for i := range r.q.Profiles {
		if r.q.Profiles[i].ID == ref.ID {
			p = &r.q.Profiles[i]
		}
	}
	head := st.Muted.Render("Profile  ") + st.Strong.Render(safe(ref.Name))
	if p == nil {
		return head // taken with another questionnaire: the name is all we have
	}
	trap, evidence := r.q.TrapOf(r.rec, r.prev, assessment.Trend{})
	if trap.Raised {
		head = st.Muted.Render("Profile  ") + st.Trap.Render(st.Glyphs.Warning+" "+safe(ref.Name)+" — the trap of this stage")
	}
	advice := hanging(st.Strong.Render("Try next  "), p.Advice, st.Text, w)
	if assessment.AdviceWithheld(r.rec.Warnings) {
		advice = wrap(st.Muted, assessment.AdviceWithheldText, w)
	}
	return joinVertical(head, wrap(st.Trap, r.q.TrapWords(trap, evidence), w), wrap(st.Muted, r.nearWords(), w),
		wrap(st.Text, p.Interpretation, w), advice)
}

// facets lists each dimension's facets weakest first with their margins,
// which are wider than a dimension's, so the scores are called
// indicative; the weakest of all is marked only when it is lowest alone.
func (r resultView) facets(w int) string {
	st, q := r.st, r.q
	scores := r.rec.Scores.Facets
	weakest := ""
	if f, ok := assessment.WeakestFacet(q, scores); ok {
		weakest = f.ID
	}
	margins := assessment.MarginsOfRecord(q, r.rec.Scores).Facets
	nameW := 0
	for _, f := range q.Facets {
		nameW = max(nameW, lipgloss.Width(f.Name))
	}
	const fixed = 2 + 2 + 2 + 7 // marker, gaps, number and margin
	tag := "  weakest"
	nameW = min(nameW, w-fixed-barMin)
	room := w - fixed - nameW
	barW := min(facetBar+max(0, w-at80), room)
	if room-barW < len(tag) {
		// Short of room: the tag may take from the bar while the bar stays
		// readable; past that the marker alone says it.
		if room-len(tag) >= barMin {
			barW = room - len(tag)
		} else {
			tag = ""
		}
	}

	lines := []string{st.Heading.Render("Facets, weakest first") + st.Muted.Render("  indicative: wider margins")}
	for i, d := range []assessment.Dimension{q.RelationshipsDimension(), q.ResultsDimension()} {
		fs := q.FacetsOf(d.ID)
		slices.SortStableFunc(fs, func(a, b assessment.Facet) int {
			return cmpScore(scores[a.ID], scores[b.ID])
		})
		lines = append(lines, st.Muted.Render(safe(d.Name)))
		for _, f := range fs {
			s := scores[f.ID]
			mark, name, extra := "  ", st.Text.Render(padRight(truncate(f.Name, nameW), nameW)), ""
			if f.ID == weakest {
				mark = st.Weakest.Render(st.Glyphs.Weakest) + " "
				name = st.Weakest.Render(padRight(truncate(f.Name, nameW), nameW))
				extra = st.Weakest.Render(tag)
			}
			num := padLeft(assessment.ScoreText(s), 3)
			if s.Valid {
				num += " " + st.Muted.Render(padRight(assessment.MarginText(margins[f.ID]), 3))
			} else {
				num += "    "
			}
			lines = append(lines, mark+name+"  "+bar(st, st.Dimension[i], s, barW)+"  "+num+extra)
		}
	}
	return strings.Join(lines, "\n")
}

// cmpScore orders scores weakest first, unscored last.
func cmpScore(a, b assessment.Score) int {
	switch {
	case a.Valid && b.Valid:
		return cmp.Compare(a.Value, b.Value)
	case a.Valid:
		return -1
	case b.Valid:
		return 1
	}
	return 0
}

// warnings shows the data-quality checks. They never change a score, so
// they are shown in full rather than folded away.
func (r resultView) warnings(w int) string {
	if len(r.rec.Warnings) == 0 {
		return ""
	}
	st := r.st
	lines := []string{"", st.Heading.Render("Check your answers")}
	for _, wn := range r.rec.Warnings {
		lines = append(lines, hanging(st.Warning.Render(st.Glyphs.Warning)+" ", wn.Message, st.Text, w))
	}
	return strings.Join(lines, "\n")
}

// loop is the check-in's part in the loop from one check-in to the next,
// in the order it was taken: the review of last time's commitments, the
// reflection and the note, then what comes next.
func (r resultView) loop(w int) string {
	return joinVertical(r.reviews(w), r.reflection(w), r.note(w), r.commitments(w))
}

func (r resultView) note(w int) string {
	if r.rec.Note == "" {
		return ""
	}
	return stack("", r.st.Heading.Render("Your note"), wrap(r.st.Muted, r.rec.Note, w))
}
