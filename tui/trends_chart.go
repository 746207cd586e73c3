package tui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// A chart's frame: the y axis labels, right-aligned in labelW columns, a
// space and the axis; and right of the plot, the latest values.
const (
	labelW  = 4
	gutterW = labelW + 2
	noteW   = 5 // " −100"
	// plainNoteW leaves room, without colour, to name a label's series
	// when its point shares a row: " 100 (o)".
	plainNoteW = noteW + 4
)

// plot is the drawing area for a chart of width columns in all.
func (v trendView) plot(width, rows int, lo, hi float64) plot {
	note := noteW
	if v.st.colorless {
		note = plainNoteW
	}
	return plot{from: v.from, to: v.to, lo: lo, hi: hi,
		cols: max(2, width-gutterW-note), rows: max(2, rows), braille: v.braille}
}

// scoreChart is both dimensions' scores over time on a fixed 0..100 axis,
// with the time axis under it and each one's latest score at its right.
func (v trendView) scoreChart(width, rows int) string {
	st, g := v.st, v.st.Glyphs
	p := v.plot(width, rows, 0, 100)
	b := newBoard(p.cols, p.rows)
	series := [2][]assessment.Point{v.series(relScore), v.series(resScore)}
	both := b.addStyle(st.Strong)
	for i, s := range series {
		if v.braille {
			p.drawBraille(b, s, b.addStyle(st.Series[i]))
		} else {
			p.drawGlyphs(b, s, g.Series[i], b.addStyle(st.Series[i]), g.SeriesBoth, both)
		}
	}
	// The latest points go on last, so no line or other glyph covers them.
	var latest [2]*assessment.Point
	for i, s := range series {
		if len(s) > 0 {
			latest[i] = &s[len(s)-1]
		}
	}
	for i, l := range latest {
		if l == nil {
			continue
		}
		col, row := p.cell(l.At, l.Value)
		glyph := g.Series[i]
		if i == 1 && latest[0] != nil {
			if c0, r0 := p.cell(latest[0].At, latest[0].Value); c0 == col && r0 == row {
				glyph = g.SeriesBoth
			}
		}
		b.set(col, row, glyph, b.addStyle(st.SeriesLatest[i]))
	}
	notes := v.latestNotes(p, latest)
	_, mid := p.cell(v.to, 50)
	labels := map[int]string{0: "100", mid: "50", p.rows - 1: "0"}
	lines := framed(st, b.lines(), labels, -1, notes)
	axis, dates := v.timeAxis(p.cols)
	lines = append(lines, axis, dates)
	lines = append(lines, v.markRows(p)...)
	return strings.Join(lines, "\n")
}

// metRow marks, under the dates, each check-in that met a commitment, in
// the column the chart above puts it in.
func (v trendView) metRow(p plot) string {
	st := v.st
	cells := make([]string, p.cols)
	for i := range cells {
		cells[i] = " "
	}
	mark := "" // rendered once: every met point has the same
	for _, pt := range v.points {
		if pt.met {
			if mark == "" {
				mark = v.metMark(pt)
			}
			col, _ := p.cell(pt.at, 0)
			cells[col] = mark
		}
	}
	return st.Axis.Render(padLeft("met", labelW)+"  ") + strings.Join(cells, "")
}

// balanceStrip is the balance over time around a zero line, on the
// tightest of ±25, ±50 and ±100 that holds every value in the window.
func (v trendView) balanceStrip(width, rows int) string {
	st, g := v.st, v.st.Glyphs
	pts := v.series(balanceScore)
	bound := balanceBound(pts)
	p := v.plot(width, rows, -bound, bound)
	b := newBoard(p.cols, p.rows)
	line := b.addStyle(st.BalanceLine)
	if v.braille {
		p.drawBraille(b, pts, line)
	} else {
		p.drawGlyphs(b, pts, g.BalancePoint, line, g.BalancePoint, line)
	}
	_, zero := p.cell(v.to, 0)
	zs := b.addStyle(st.ZeroLine)
	for x := range p.cols {
		if b.at(x, zero) == "" {
			b.set(x, zero, g.Zero, zs)
		}
	}
	notes := map[int]string{}
	if len(pts) > 0 {
		last := pts[len(pts)-1]
		col, row := p.cell(last.At, last.Value)
		b.set(col, row, g.BalancePoint, b.addStyle(st.Marker))
		notes[row] = " " + st.Marker.Render(assessment.Signed(last.Value))
	}
	n := strconv.Itoa(assessment.Whole(bound))
	labels := map[int]string{0: "+" + n, zero: "0", p.rows - 1: "−" + n}
	return strings.Join(framed(st, b.lines(), labels, zero, notes), "\n")
}

// balanceBound is the half-height of the balance strip.
func balanceBound(ps []assessment.Point) float64 {
	top := 0.0
	for _, p := range ps {
		top = max(top, math.Abs(p.Value))
	}
	for _, b := range []float64{25, 50} {
		if top <= b {
			return b
		}
	}
	return 100
}

// framed puts the y axis, labelled on some rows, left of a plot's lines,
// and notes right of them. zero is the row of a zero line, or -1.
func framed(st Styles, lines []string, labels map[int]string, zero int, notes map[int]string) []string {
	g := st.Glyphs
	out := make([]string, len(lines))
	for y, l := range lines {
		label, ok := labels[y]
		axis := g.AxisV
		switch {
		case y == zero:
			axis = g.AxisZero
		case ok:
			axis = g.AxisTick
		}
		out[y] = st.Axis.Render(padLeft(label, labelW)+" "+axis) + l + notes[y]
	}
	return out
}

// timeAxis is the line under a chart and the dates under that. The dates
// are spread evenly with the first and last at the ends, each under the
// column timeColumn gives its moment, and skipped where they would touch.
func (v trendView) timeAxis(cols int) (axis, dates string) {
	g := v.st.Glyphs
	line := []rune(strings.Repeat(g.AxisH, cols))
	text := []rune(strings.Repeat(" ", cols))
	k := max(2, min(8, cols/14))
	end, year := -cols, 0
	for i := range k {
		c := scaleIndex(float64(i)/float64(k-1), cols)
		t := timeAt(c, v.from, v.to, cols)
		label := []rune(v.dateLabel(t, year))
		start := c - len(label)/2
		switch i {
		case 0:
			start = c
		case k - 1:
			start = c - len(label) + 1
		}
		if start < end+3 || start < 0 || start+len(label) > cols {
			continue
		}
		copy(text[start:], label)
		line[c] = []rune(g.AxisHTick)[0]
		end, year = start+len(label)-1, t.Year()
	}
	pad := strings.Repeat(" ", gutterW-1)
	return v.st.Axis.Render(pad + g.AxisCorner + string(line)), v.st.Axis.Render(pad + " " + string(text))
}

// dateLabel names a moment on the time axis: the day over a year or less,
// with the year when it differs from the label before; the month over
// longer spans.
func (v trendView) dateLabel(t time.Time, prevYear int) string {
	if v.to.Sub(v.from) > 400*24*time.Hour {
		return t.Format("Jan 2006")
	}
	if t.Year() != prevYear {
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

// legend names the two series by their glyphs, with how many check-ins
// the charts hold; both says the chart has a cell where the two meet,
// drawn with a glyph of its own that must be named too.
func (v trendView) legend(width int, both bool) string {
	st, g, q := v.st, v.st.Glyphs, v.q
	left := st.Series[0].Render(g.Series[0]) + " " + st.Text.Render(safe(q.RelationshipsDimension().Name)) + "   " +
		st.Series[1].Render(g.Series[1]) + " " + st.Text.Render(safe(q.ResultsDimension().Name))
	if both {
		left += "   " + st.Strong.Render(g.SeriesBoth) + " " + st.Text.Render("both")
	}
	if met := "   " + st.Success.Render(g.Met) + " " + st.Text.Render("commitment met"); v.anyMet() &&
		lipgloss.Width(left+met) <= width {
		left += met
	}
	right := st.Muted.Render(countText(len(v.points)))
	if lipgloss.Width(left)+2+lipgloss.Width(right) > width {
		return left
	}
	return spread(left, right, width)
}

// balanceHeading says which way is which on the balance strip.
func (v trendView) balanceHeading(width int) string {
	q := v.q
	text := fmt.Sprintf("above 0 leans %s, below leans %s", q.ResultsDimension().ID, q.RelationshipsDimension().ID)
	if len("Balance  ")+lipgloss.Width(text) > width {
		text = "above 0 leans " + q.ResultsDimension().ID
	}
	return truncate(v.st.Heading.Render("Balance")+"  "+v.st.Muted.Render(text), width)
}

// slopes are the trend of each side in points per 30 days, then the
// sentence that sums them up.
func (v trendView) slopes(width int) string {
	st, q := v.st, v.q
	rel, res := v.trends()
	relID, resID := q.RelationshipsDimension().ID, q.ResultsDimension().ID
	head := "Per 30 days  "
	first := st.Text.Render(relID+" ") + st.Strong.Render(slopeText(rel))
	second := st.Text.Render(resID+" ") + st.Strong.Render(slopeText(res))
	line := st.Muted.Render(head) + first + st.Muted.Render("  ·  ") + second
	if v.spoken {
		line = "Per 30 days: " + relID + " " + spokenSlope(rel) + ", " + resID + " " + spokenSlope(res) + "."
	}
	if lipgloss.Width(line) > width {
		// One side a line, rather than cut the second one off.
		line = st.Muted.Render(head) + first + "\n" + strings.Repeat(" ", len(head)) + second
	}
	sentence := assessment.TrendSentence(relID, rel, resID, res)
	tw := min(width, readMax) // sentences at a reading width, however wide the charts
	return joinVertical(line, wrap(st.Text, sentence, tw), wrap(st.Trap, v.trapWords(rel), tw), v.marksNote(tw))
}

// spokenSlope is slopeText read aloud: words, not a dash, for no slope.
func spokenSlope(t assessment.Trend) string {
	if !t.Valid {
		return "no slope yet"
	}
	return slopeText(t)
}

// slopeText is a slope to one decimal with its sign, or a dash when no
// line can be drawn.
func slopeText(t assessment.Trend) string {
	if !t.Valid {
		return "–"
	}
	return assessment.SignedTenths(t.Slope)
}
