package tui

import (
	"math"
	"strings"
	"time"

	"github.com/NimbleMarkets/ntcharts/canvas"
	"github.com/NimbleMarkets/ntcharts/canvas/runes"
	tslc "github.com/NimbleMarkets/ntcharts/linechart/timeserieslinechart"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// Chart geometry. Every chart on the trends screen places a check-in
// through the functions below, so the braille lines, the plain glyphs,
// the latest-value labels, the axis ticks and the grid map all agree on
// where a moment or a score lands.

// scaleIndex maps a fraction of a range onto n slots: 0 to the first, 1
// to the last, others to the nearest. Fractions outside 0..1 are clamped,
// so a stray value draws at the edge rather than off the chart.
func scaleIndex(frac float64, n int) int {
	if n <= 1 {
		return 0
	}
	i := int(math.Round(frac * float64(n-1)))
	return min(n-1, max(0, i))
}

// timeFraction is where t lies between from and to, 0..1. It counts whole
// seconds, as ntcharts does; a second is far finer than a column.
func timeFraction(t, from, to time.Time) float64 {
	span := to.Unix() - from.Unix()
	if span <= 0 {
		return 1
	}
	return float64(t.Unix()-from.Unix()) / float64(span)
}

// timeColumn is the column, of cols, that t falls in when from is the
// first column and to the last.
func timeColumn(t, from, to time.Time, cols int) int {
	return scaleIndex(timeFraction(t, from, to), cols)
}

// timeAt is the moment column col of cols stands for: timeColumn's inverse.
func timeAt(col int, from, to time.Time, cols int) time.Time {
	if cols <= 1 {
		return to
	}
	secs := math.Round(float64(to.Unix()-from.Unix()) * float64(col) / float64(cols-1))
	return time.Unix(from.Unix()+int64(secs), 0).In(to.Location())
}

// valueRow is the row, of rows counted from the top, that v falls in when
// lo is the bottom row and hi the top one.
func valueRow(v, lo, hi float64, rows int) int {
	frac := 0.5
	if hi > lo {
		frac = (v - lo) / (hi - lo)
	}
	return rows - 1 - scaleIndex(frac, rows)
}

// scoreRow is valueRow for a 0..100 score: 0 on the bottom row, 100 on
// the top one.
func scoreRow(v float64, rows int) int { return valueRow(v, 0, 100, rows) }

// gridCell is the cell of a score pair on an n×n grid map: relationships
// across from the left, results up from the bottom, with row 0 on top.
func gridCell(rel, res float64, n int) (col, row int) {
	return scaleIndex(rel/100, n), scoreRow(res, n)
}

// gridScore is the score at the centre of cell i of an n-cell axis.
func gridScore(i, n int) float64 {
	if n <= 1 {
		return 50
	}
	return 100 * float64(i) / float64(n-1)
}

// plot is a chart's drawing area: cols×rows cells showing from..to across
// and lo..hi up. In braille each cell holds 2×4 dots, and a moment or a
// value is placed on the dot grid first, then in the cell holding the dot.
type plot struct {
	from, to   time.Time
	lo, hi     float64
	cols, rows int
	braille    bool
}

// dots is the plot's resolution across and up.
func (p plot) dots() (x, y int) {
	if p.braille {
		return 2 * p.cols, 4 * p.rows
	}
	return p.cols, p.rows
}

// cell is the cell a moment and a value land in.
func (p plot) cell(t time.Time, v float64) (col, row int) {
	dx, dy := p.dots()
	return timeColumn(t, p.from, p.to, dx) / (dx / p.cols), valueRow(v, p.lo, p.hi, dy) / (dy / p.rows)
}

// slot is a mean value in one dot column.
type slot struct {
	x     int
	value float64
}

// buckets averages the points falling in each dot column, oldest first:
// several check-ins in one column draw as one point at their mean, and
// thousands of check-ins cost no more to draw than the columns they fill.
func (p plot) buckets(ps []assessment.Point) []slot {
	dx, _ := p.dots()
	var out []slot
	n := 0
	for _, pt := range ps {
		x := timeColumn(pt.At, p.from, p.to, dx)
		if len(out) > 0 && out[len(out)-1].x == x {
			n++
			last := &out[len(out)-1]
			last.value += (pt.Value - last.value) / float64(n)
			continue
		}
		out, n = append(out, slot{x, pt.Value}), 1
	}
	return out
}

// drawGlyphs marks each column's mean with the series glyph. A cell the
// other series already holds gets the "both" glyph, so neither hides.
func (p plot) drawGlyphs(b *board, ps []assessment.Point, glyph string, style int, both string, bothStyle int) {
	for _, s := range p.buckets(ps) {
		row := valueRow(s.value, p.lo, p.hi, p.rows)
		if cur := b.at(s.x, row); cur != "" && cur != glyph {
			b.set(s.x, row, both, bothStyle)
			continue
		}
		b.set(s.x, row, glyph, style)
	}
}

// drawBraille draws the series as a braille line with ntcharts. The points
// are snapped to dot centres first, by the functions above, so ntcharts'
// own scaling (which rounds the same way) cannot put a dot elsewhere.
// Where two series share a cell their dots are combined.
func (p plot) drawBraille(b *board, ps []assessment.Point, style int) {
	dx, dy := p.dots()
	noLabel := func(int, float64) string { return "" }
	// Axes on, with empty labels, keep ntcharts' graph area exactly
	// cols×rows, right of its y axis and above its x axis.
	ch := tslc.New(p.cols+1, p.rows+2,
		tslc.WithXLabelFormatter(noLabel), tslc.WithYLabelFormatter(noLabel),
		tslc.WithXYSteps(1, 1),
		tslc.WithTimeRange(p.from, p.to), tslc.WithYRange(p.lo, p.hi))
	ch.AutoMinX, ch.AutoMaxX, ch.AutoMinY, ch.AutoMaxY = false, false, false, false
	for _, s := range p.buckets(ps) {
		iy := scaleIndex((s.value-p.lo)/(p.hi-p.lo), dy)
		ch.Push(tslc.TimePoint{
			Time:  timeAt(s.x, p.from, p.to, dx),
			Value: p.lo + (p.hi-p.lo)*float64(iy)/float64(dy-1),
		})
	}
	ch.DrawBraille()
	for y := range p.rows {
		for x := range p.cols {
			r := ch.Canvas.Cell(canvas.Point{X: x + 1, Y: y}).Rune
			if !runes.IsBraillePattern(r) || r == runes.BrailleBlockOffset {
				continue
			}
			if cur := []rune(b.at(x, y)); len(cur) == 1 && runes.IsBraillePattern(cur[0]) {
				r = runes.CombineBraillePatterns(cur[0], r)
			}
			b.set(x, y, string(r), style)
		}
	}
}

// board is a rectangle of characters, each with a style, drawn once and
// rendered to lines. Runs of one style render together, so a chart costs
// a few lipgloss calls per line rather than one per character.
type board struct {
	w, h   int
	glyph  []string
	style  []int
	styles []lipgloss.Style
}

func newBoard(w, h int) *board {
	return &board{w: w, h: h, glyph: make([]string, w*h), style: make([]int, w*h),
		styles: []lipgloss.Style{lipgloss.NewStyle()}}
}

// addStyle registers a style and returns its handle for set.
func (b *board) addStyle(s lipgloss.Style) int {
	b.styles = append(b.styles, s)
	return len(b.styles) - 1
}

func (b *board) set(x, y int, g string, style int) {
	if x < 0 || y < 0 || x >= b.w || y >= b.h {
		return
	}
	b.glyph[y*b.w+x], b.style[y*b.w+x] = g, style
}

// at is the glyph at x, y; "" when blank.
func (b *board) at(x, y int) string {
	if x < 0 || y < 0 || x >= b.w || y >= b.h {
		return ""
	}
	return b.glyph[y*b.w+x]
}

// lines renders the board, one string per row, blanks as spaces.
func (b *board) lines() []string {
	out := make([]string, b.h)
	for y := range b.h {
		var sb, run strings.Builder
		cur := 0
		flush := func() {
			if run.Len() > 0 {
				sb.WriteString(b.styles[cur].Render(run.String()))
				run.Reset()
			}
		}
		for x := range b.w {
			i := y*b.w + x
			g, s := b.glyph[i], b.style[i]
			if g == "" {
				g, s = " ", 0
			}
			if s != cur {
				flush()
				cur = s
			}
			run.WriteString(g)
		}
		flush()
		out[y] = sb.String()
	}
	return out
}
