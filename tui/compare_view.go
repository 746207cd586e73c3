package tui

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// RenderComparison draws the change between two check-ins as the
// comparison screen does, without the screen's header and keys, at most
// width columns wide. from is the earlier check-in; cmp is what
// assessment.Compare made of the two.
func RenderComparison(q *assessment.Questionnaire, from, to assessment.CheckIn, cmp assessment.Comparison, window assessment.Cadence, width int, st Styles) string {
	v := comparisonView{q: q, from: from, to: to, cmp: cmp, st: st, window: window}
	return renderComparison(v, width, true)
}

// compareLeftMax is wider than the result's left column: the scores carry
// a verdict beside them.
const compareLeftMax = 72

type comparisonView struct {
	q        *assessment.Questionnaire
	from, to assessment.CheckIn
	cmp      assessment.Comparison
	st       Styles
	// window fills the statements' {window}: the cadence in use.
	window assessment.Cadence
}

// statement is a statement's text as the leader reads it.
func (v comparisonView) statement(it assessment.Item) string {
	return assessment.FillWindow(it.Text, v.window)
}

// renderComparison lays the sections out as the result does: one column,
// or from wideFrom the numbers on the left and the statements on the
// right. The screen leaves the title out, as its header shows it.
func renderComparison(v comparisonView, width int, title bool) string {
	var body string
	if width >= wideFrom {
		leftW := min(width*55/100, compareLeftMax)
		rightW := min(width-leftW-columnGap, readMax)
		left := stack(joinVertical(v.scores(leftW), v.versions(leftW), v.flagged(leftW)), "", v.facets(leftW))
		body = lipgloss.JoinHorizontal(lipgloss.Top, padLines(left, leftW+columnGap), v.items(rightW))
		width = leftW + columnGap + rightW
	} else {
		width = min(width, narrowMax)
		body = stack(joinVertical(v.scores(width), v.versions(width), v.flagged(width)), "", v.facets(width), "", v.items(width))
	}
	if !title {
		return body
	}
	return stack(v.title(width), "", body)
}

// title names both check-ins and the time between them.
func (v comparisonView) title(w int) string {
	left := v.st.Heading.Render(v.from.TakenAt.Format(historyDate) + " → " + v.to.TakenAt.Format(historyDate))
	right := v.st.Muted.Render(compareApart(v.from.TakenAt, v.to.TakenAt))
	if lipgloss.Width(left)+lipgloss.Width(right)+2 > w {
		return stack(left, right)
	}
	return spread(left, right, w)
}

// compareApart says how far apart two check-ins are, in calendar days.
func compareApart(from, to time.Time) string {
	days := assessment.CalendarDays(from, to)
	switch {
	case days == 0:
		return "same day"
	case days < 0:
		return fmt.Sprintf("%d %s earlier", -days, plural(-days, "day", "days"))
	}
	return fmt.Sprintf("%d %s apart", days, plural(days, "day", "days"))
}

// dates are the column titles for the two sides: short, with the time when
// both fall on one day.
func (v comparisonView) dates() (string, string) {
	from, to := dateText(v.from.TakenAt, v.to.TakenAt), dateText(v.to.TakenAt, v.to.TakenAt)
	if from == to {
		from, to = v.from.TakenAt.Format("15:04"), v.to.TakenAt.Format("15:04")
	}
	return from, to
}

// compareColumns lay out the score and facet tables: a label, both sides
// and the change, right-aligned under the dates.
type compareColumns struct {
	labelW, numW int
}

func (n compareColumns) width() int { return n.labelW + 3*(2+n.numW) }

func (n compareColumns) row(label, from, to, change string) string {
	return padRight(label, n.labelW) + "  " + padLeft(from, n.numW) + "  " + padLeft(to, n.numW) +
		"  " + padLeft(change, n.numW)
}

func (v comparisonView) columns(labelW, w int) compareColumns {
	from, to := v.dates()
	numW := max(len("change"), lipgloss.Width(from), lipgloss.Width(to))
	n := compareColumns{labelW: labelW, numW: numW}
	n.labelW = max(1, min(labelW, w-(n.width()-labelW)))
	return n
}

func (v comparisonView) header(n compareColumns, heading string) string {
	st := v.st
	from, to := v.dates()
	return n.row(st.Heading.Render(truncate(heading, n.labelW)), st.Muted.Render(from), st.Muted.Render(to), st.Muted.Render("change"))
}

// scores compares both dimensions with a verdict each, then the balance,
// then says what a reliable change takes.
func (v comparisonView) scores(w int) string {
	st := v.st
	labelW := lipgloss.Width("Balance")
	for _, dc := range v.cmp.Dimensions {
		labelW = max(labelW, lipgloss.Width(dc.Dimension.Name))
	}
	n := v.columns(labelW, w)
	verdictW := 0
	for _, dc := range v.cmp.Dimensions {
		verdictW = max(verdictW, lipgloss.Width(v.verdict(dc)))
	}
	// The verdicts go under the numbers when they do not fit beside them.
	beside := n.width()+2+verdictW <= w
	lines := []string{v.header(n, "Scores")}
	add := func(row, verdict string) {
		// The balance's words can be longer than any verdict ("still
		// balanced within noise"): they go under when they alone do not fit.
		if beside && n.width()+2+lipgloss.Width(verdict) <= w {
			lines = append(lines, row+"  "+verdict)
		} else {
			lines = append(lines, row, "  "+verdict)
		}
	}
	for _, dc := range v.cmp.Dimensions {
		add(n.row(st.Text.Render(truncate(dc.Dimension.Name, n.labelW)), assessment.ScoreText(dc.From),
			st.Strong.Render(assessment.ScoreText(dc.To)), changeUnmarked(st, dc.To, dc.From, dc.Verdict)), v.verdict(dc))
	}
	fb, tb := v.from.Scores.Balance, v.to.Scores.Balance
	add(n.row(st.Text.Render("Balance"), compareBalance(fb), st.Strong.Render(compareBalance(tb)),
		changeUnmarked(st, tb, fb, "")), st.Muted.Render(balanceShift(v.q, fb, tb)))
	return stack(strings.Join(lines, "\n"), v.thresholds(w))
}

// balanceShift says in words how the lean moved: a change of side, or on
// the same side a move towards or away from the middle larger than the
// noise of a difference of two balances (sqrt 2 times the balance's
// margin, as for the reliable change index).
func balanceShift(q *assessment.Questionnaire, from, to assessment.Score) string {
	if !from.Valid || !to.Valid {
		return assessment.LeanWords(q, to)
	}
	was, now := q.LeanIn(from.Value), q.LeanIn(to.Value)
	closer := math.Abs(from.Value) - math.Abs(to.Value)
	noise := math.Sqrt2 * q.BalanceMargin()
	switch {
	case was != now:
		return "now " + assessment.LeanWords(q, to)
	case now == assessment.Balanced:
		return "still balanced within noise"
	case closer >= noise:
		return "closer to balanced"
	case closer <= -noise:
		return "further from balanced"
	}
	return "still " + assessment.LeanWords(q, to)
}

func compareBalance(b assessment.Score) string {
	if !b.Valid {
		return assessment.ScoreText(b)
	}
	return assessment.Signed(b.Value)
}

// verdict is the judgement in words and a glyph, so it reads without
// colour.
func (v comparisonView) verdict(dc assessment.DimensionChange) string {
	st, g := v.st, v.st.Glyphs
	switch {
	case !dc.Valid:
		return st.Muted.Render(assessment.NotScored + " " + unscoredWhen(dc.From.Valid, dc.To.Valid))
	case dc.Verdict == assessment.Improved:
		return st.Better.Render(g.Improved + " " + dc.Verdict.Words())
	case dc.Verdict == assessment.Declined:
		return st.Worse.Render(g.Declined + " " + dc.Verdict.Words())
	}
	return st.Muted.Render(g.Even + " " + dc.Verdict.Words())
}

// unscoredWhen says which of the two check-ins left a side unscored.
func unscoredWhen(from, to bool) string {
	switch {
	case from:
		return "the second time"
	case to:
		return "the first time"
	}
	return "either time"
}

// comparison is the pair on view, as the renderer takes it.
func (m compareModel) comparison() comparisonView {
	return comparisonView{q: m.c.q, from: m.pair[0], to: m.pair[1], cmp: m.cmp, st: m.c.styles, window: m.c.cadence()}
}

// layout sizes the viewport as the result screen does: the scroll keys
// are listed only when there is something to scroll.
func (m *compareModel) layout() {
	m.keys.Take.SetEnabled(m.loaded && !m.ready())
	// With two check-ins neither side can move, and [ ] { } did nothing;
	// with more, a side at an end is like a page at its top.
	for _, b := range []*key.Binding{&m.keys.Older, &m.keys.Newer, &m.keys.OlderEarlier, &m.keys.OlderLater, &m.keys.NewerEarlier, &m.keys.NewerLater} {
		b.SetEnabled(m.ready() && len(m.sums) > 2)
	}
	m.keys.narrow = m.c.innerWidth() < narrowHelp
	if !m.ready() || m.c.width == 0 {
		m.keys.setScroll(false)
		return
	}
	content := renderComparison(m.comparison(), m.c.innerWidth(), false)
	m.vp.Width = lipgloss.Width(content) // the header's title fits to it
	m.keys.setScroll(true)
	avail := m.c.height - height(m.header()) - height(m.footer())
	if height(content) <= avail {
		m.keys.setScroll(false)
		avail = m.c.height - height(m.header()) - height(m.footer())
	}
	offset := m.vp.YOffset
	m.vp.Height = max(1, min(height(content), avail))
	m.vp.SetContent(content)
	m.vp.SetYOffset(offset)
}

func (m compareModel) view() string {
	if !m.ready() {
		return m.c.screen(m.header(), m.notReady(), m.footer())
	}
	return m.c.screen(m.header(), m.vp.View(), m.footer())
}

// header names the two check-ins and where they sit in the history; they
// stay in view while the rest scrolls.
func (m compareModel) header() string {
	st := m.c.styles
	w := m.c.innerWidth()
	title := st.Title.Render("leadcheck") + st.Subtitle.Render(" · Compare")
	if !m.ready() {
		return title
	}
	where := st.Muted.Render(fmt.Sprintf("Check-ins %d and %d of %d", m.shown[0]+1, m.shown[1]+1, len(m.sums)))
	// Both lines end where the comparison ends, as "more below" does,
	// not one of them at the window's far edge.
	cw := min(w, m.vp.Width)
	return stack(spread(title, where, cw), "", m.comparison().title(cw), "")
}

// notReady says why there is nothing to compare, and what to do.
func (m compareModel) notReady() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), homeWidth)
	switch {
	case !m.loaded:
		return stack("", st.Muted.Render("Reading your history…"))
	case m.err != nil:
		return stack("", wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w))
	case len(m.sums) == 0:
		return stack("", wrap(st.Text, "A comparison needs two check-ins, and there are none yet. "+
			"Press t to take your first one.", w))
	}
	return stack("", wrap(st.Text, "A comparison needs two check-ins, and there is one so far. "+
		"Press t to take another, or come back in a few weeks.", w))
}

func (m compareModel) footer() string {
	return m.c.scrollFooter(m.help, m.keys, m.keys.whereInPage(m.c.styles, m.vp), m.vp.Width)
}
