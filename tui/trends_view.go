package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/leadcheck/leadcheck/assessment"
)

// minSpan is the shortest time axis: check-ins all taken within a few
// days still get a readable axis, with them at its right end.
const minSpan = 7 * 24 * time.Hour

// trendPoint is one check-in as the trend charts need it, copied out of
// its record.
type trendPoint struct {
	at            time.Time
	rel, res, bal assessment.Score
	profile       string // the profile's name when it was taken, or ""
	// met is set when the check-in reviewed a commitment of the one
	// before as done.
	met bool
	// flagged is set when the check-in has data-quality warnings.
	flagged bool
	// questionnaire is the one it was answered with.
	questionnaire assessment.QuestionnaireRef
}

func trendPoints(q *assessment.Questionnaire, recs []assessment.CheckIn) []trendPoint {
	return summaryPoints(q, summariesOf(recs))
}

// summariesOf are the summaries of recs, all a chart reads of them.
func summariesOf(recs []assessment.CheckIn) []assessment.Summary {
	sums := make([]assessment.Summary, len(recs))
	for i, r := range recs {
		sums[i] = assessment.SummaryOf(r)
	}
	return sums
}

// summaryPoints are the points of check-ins read as summaries, which is
// how the screen reads them.
func summaryPoints(q *assessment.Questionnaire, sums []assessment.Summary) []trendPoint {
	p := NewTrendPoints(q, len(sums))
	for _, s := range sums {
		p.Add(s)
	}
	return p.points
}

func relScore(p trendPoint) assessment.Score     { return p.rel }
func resScore(p trendPoint) assessment.Score     { return p.res }
func balanceScore(p trendPoint) assessment.Score { return p.bal }

// trendView is what the trend charts draw: the check-ins of one window,
// oldest first, on a time axis from..to.
type trendView struct {
	q        *assessment.Questionnaire
	st       Styles
	points   []trendPoint
	from, to time.Time
	// braille draws lines in braille dots; without it each series is
	// drawn with its own glyph, readable without colour.
	braille bool
	// withFlagged counts check-ins with data-quality warnings in the
	// slopes; flagKey says the app's key toggles it (else the flag).
	withFlagged, flagKey bool
	// spoken says marks in words instead of glyphs, for the accessible
	// table a screen reader reads aloud, where "!" and "Q" are noise.
	spoken bool
}

// series is one score's scored points, oldest first.
func (v trendView) series(score func(trendPoint) assessment.Score) []assessment.Point {
	var out []assessment.Point
	for _, p := range v.points {
		if s := score(p); s.Valid {
			if out == nil { // room for all at once, not grown ten-thousandfold
				out = make([]assessment.Point, 0, len(v.points))
			}
			out = append(out, assessment.Point{At: p.at, Value: s.Value})
		}
	}
	return out
}

// anyMet reports whether a check-in in the window met a commitment, when
// the charts and the table mark them.
func (v trendView) anyMet() bool {
	for _, p := range v.points {
		if p.met {
			return true
		}
	}
	return false
}

// metMark is a check-in's mark in the met row and the table: the glyph,
// or nothing.
func (v trendView) metMark(p trendPoint) string {
	if !p.met {
		return ""
	}
	return v.st.Success.Render(v.mark(v.st.Glyphs.Met, "yes"))
}

// mark is glyph, or words where the table is read aloud.
func (v trendView) mark(glyph, words string) string {
	if v.spoken {
		return words
	}
	return glyph
}

// trends are both dimensions' least-squares slopes over the window.
func (v trendView) trends() (rel, res assessment.Trend) {
	return assessment.FitTrend(v.slopeSeries(relScore)), assessment.FitTrend(v.slopeSeries(resScore))
}

// RenderTrend draws recs, the check-ins of a window oldest first, as the
// trends screen does: the score chart with its legend and latest values,
// the balance strip and the slopes, in about width×height. The time axis
// runs from the first check-in to the last. plain draws with ASCII and
// box characters only, no braille and no colour (whatever st says), so
// the output pipes cleanly into a file.
func RenderTrend(q *assessment.Questionnaire, recs []assessment.CheckIn, width, height int, st Styles, plain, withFlagged bool) string {
	return RenderTrendOf(q, &TrendPoints{points: trendPoints(q, recs)}, width, height, st, plain, withFlagged)
}

// RenderTrendOf is RenderTrend from the check-ins' summaries, which is
// all the chart reads: a command need not read ten thousand records.
func RenderTrendOf(q *assessment.Questionnaire, p *TrendPoints, width, height int, st Styles, plain, withFlagged bool) string {
	if plain {
		st = DefaultStyles("none")
	}
	v := trendView{q: q, st: st, points: p.points, braille: !plain && !st.colorless, withFlagged: withFlagged}
	out := "No check-ins to chart."
	if len(v.points) > 0 {
		v.from, v.to = span(v.points[0].at, v.points[len(v.points)-1].at)
		out = v.chartPage(width, height)
	}
	if plain {
		// Theme "none" still sets bold, which a colour terminal would
		// get as escape codes.
		out = ansi.Strip(out)
	}
	return out
}

// span widens from..to to at least minSpan, keeping to.
func span(from, to time.Time) (time.Time, time.Time) {
	if to.Sub(from) < minSpan {
		from = to.Add(-minSpan)
	}
	return from, to
}

// chartPage stacks the score chart, the balance strip and the slopes in
// width×height, giving the score chart the rows to spare.
func (v trendView) chartPage(width, h int) string {
	slopes := v.slopes(width)
	fixed := 1 + 2 + 1 + 1 + height(slopes) // legend, time axis, balance heading, gap
	fixed += v.markRowCount()               // the rows of marks under the time axis
	score, strip := chartRows(h - fixed)
	chart := v.scoreChart(width, score)
	return stack(
		v.legend(width, strings.Contains(chart, v.st.Glyphs.SeriesBoth)),
		chart,
		v.balanceHeading(width),
		v.balanceStrip(width, strip),
		"",
		slopes)
}

// chartRows shares rows between the score chart and the balance strip.
// The strip gets an odd number, so zero has a row of its own; the score
// chart stops growing where a taller chart would only look stretched.
func chartRows(avail int) (score, strip int) {
	strip = 3
	switch {
	case avail >= 30:
		strip = 9
	case avail >= 22:
		strip = 7
	case avail >= 12:
		strip = 5
	}
	return min(24, max(5, avail-strip)), strip
}

// wideTrends is where the grid map moves beside the charts.
const wideTrends = 140

// page is the trends screen's body: the charts, with the grid map beside
// them when there is room; the map alone; or the table.
func (v trendView) page(mode trendsMode, width, h int) string {
	switch {
	case mode == trendsTable:
		return v.table(width)
	case mode == trendsMap:
		return v.mapPage(width, h)
	case width >= wideTrends:
		n := mapSize(h)
		mapW := gutterW + 2*n
		left := v.chartPage(width-mapW-columnGap, h)
		return lipgloss.JoinHorizontal(lipgloss.Top, padLines(left, width-mapW), v.mapBlock(n, mapW))
	default:
		return v.chartPage(width, h)
	}
}

// countText says how many check-ins a window holds.
func countText(n int) string { return assessment.Count(n, "check-in", "check-ins") }

// body is the page, or what to do when there is nothing to chart.
func (m trendsModel) body(v trendView, w, h int) string {
	st := m.c.styles
	switch {
	case m.err != nil:
		return wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w)
	case len(m.all) == 0:
		return wrap(st.Text, "No check-ins yet. Press t to take your first one. "+
			"Once you have two at least two weeks apart, this screen shows how your scores move.", w)
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

func (m trendsModel) footer() string {
	return m.c.scrollFooter(m.help, m.keys, m.keys.whereInPage(m.c.styles, m.vp), m.vp.Width)
}

func (m trendsModel) view() string {
	if !m.loaded {
		return m.c.screen("", m.c.styles.Muted.Render("Reading your history…"), "")
	}
	return m.c.screen(stack(m.header(), ""), m.vp.View(), m.footer())
}

// trapWords says whether the trap rule holds at the window's latest
// check-in, and why, with the relationships trend of the window.
func (v trendView) trapWords(rel assessment.Trend) string {
	n := len(v.points)
	if n == 0 {
		return ""
	}
	before := assessment.Score{}
	if n > 1 {
		before = v.points[n-2].rel
	}
	last := v.points[n-1]
	trap, e := v.q.TrapAt(last.rel, last.res, before, v.q.BalanceMargin(), rel)
	return v.q.TrapWords(trap, e)
}
