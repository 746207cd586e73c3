package tui

import (
	"testing"
	"time"

	"github.com/NimbleMarkets/ntcharts/canvas/runes"
	"github.com/leadcheck/leadcheck/assessment"
)

func TestTrendsScaleIndex(t *testing.T) {
	for _, c := range []struct {
		frac float64
		n    int
		want int
	}{
		{0, 10, 0},     // the first slot
		{1, 10, 9},     // the last
		{0.5, 21, 10},  // 0.5 × 20 = 10, the middle of 21
		{0.5, 10, 5},   // 0.5 × 9 = 4.5 rounds away from zero
		{0.26, 20, 5},  // 0.26 × 19 = 4.94
		{0.24, 20, 5},  // 0.24 × 19 = 4.56
		{0.2, 20, 4},   // 0.2 × 19 = 3.8
		{-0.2, 5, 0},   // clamped
		{1.3, 5, 4},    // clamped
		{0.7, 1, 0},    // one slot holds everything
		{0.65, 21, 13}, // 0.65 × 20 = 13
	} {
		if got := scaleIndex(c.frac, c.n); got != c.want {
			t.Errorf("scaleIndex(%v, %d) = %d, want %d", c.frac, c.n, got, c.want)
		}
	}
}

func TestTrendsTimeColumn(t *testing.T) {
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 0, 30) // 31 Jan: 30 days on 31 columns, a day each
	for _, c := range []struct {
		at   time.Time
		want int
	}{
		{from, 0},                    // the first column
		{to, 30},                     // the last
		{from.AddDate(0, 0, 15), 15}, // halfway: the middle column of 31
		{from.AddDate(0, 0, 1), 1},   // irregular spacing stays irregular:
		{from.AddDate(0, 0, 3), 3},   // 1 Jan, 2 Jan, 4 Jan, 25 Jan
		{from.AddDate(0, 0, 24), 24},
		{from.Add(36 * time.Hour), 2}, // 1.5 days rounds up
		{from.Add(-48 * time.Hour), 0},
	} {
		if got := timeColumn(c.at, from, to, 31); got != c.want {
			t.Errorf("timeColumn(%s) = %d, want %d", c.at.Format(time.DateTime), got, c.want)
		}
	}
	// Every column's moment maps back to that column.
	for col := range 31 {
		if got := timeColumn(timeAt(col, from, to, 31), from, to, 31); got != col {
			t.Errorf("timeColumn(timeAt(%d)) = %d", col, got)
		}
	}
}

func TestTrendsScoreRow(t *testing.T) {
	for _, c := range []struct {
		score float64
		rows  int
		want  int
	}{
		{0, 10, 9},   // the bottom row
		{100, 10, 0}, // the top row
		{50, 11, 5},  // 0.5 × 10 = 5 up from the bottom, row 10 − 5 = 5
		{50, 10, 4},  // 0.5 × 9 = 4.5 → 5 up, row 9 − 5 = 4
		{65, 21, 7},  // 13 up, row 20 − 13 = 7
		{62, 21, 8},  // 12.4 → 12 up, row 8
		{-5, 10, 9},  // clamped to the bottom
	} {
		if got := scoreRow(c.score, c.rows); got != c.want {
			t.Errorf("scoreRow(%v, %d) = %d, want %d", c.score, c.rows, got, c.want)
		}
	}
	// The balance strip: −25..+25 on 5 rows puts 0 in the middle row.
	if got := valueRow(0, -25, 25, 5); got != 2 {
		t.Errorf("valueRow(0, −25, 25, 5) = %d, want 2", got)
	}
}

func TestTrendsGridCell(t *testing.T) {
	for _, c := range []struct {
		rel, res float64
		n        int
		col, row int
	}{
		{65, 65, 21, 13, 7},   // 65 / 5 = 13 across; 13 up is row 20 − 13 = 7
		{0, 0, 21, 0, 20},     // bottom left
		{100, 100, 21, 20, 0}, // top right
		{100, 0, 21, 20, 20},  // bottom right: all relationships, no results
		{50, 25, 11, 5, 7},    // 5 across; 2.5 → 3 up, row 10 − 3 = 7
		{64, 66, 11, 6, 3},    // 6.4 → 6 across; 6.6 → 7 up, row 3
	} {
		col, row := gridCell(c.rel, c.res, c.n)
		if col != c.col || row != c.row {
			t.Errorf("gridCell(%v, %v, %d) = (%d, %d), want (%d, %d)", c.rel, c.res, c.n, col, row, c.col, c.row)
		}
	}
	// The cell's centre is the score it stands for on the axis.
	if got := gridScore(13, 21); got != 65 {
		t.Errorf("gridScore(13, 21) = %v, want 65", got)
	}
}

// A braille plot places a value on the 2×4 dot grid first, then in the
// cell holding the dot.
func TestTrendsBrailleCell(t *testing.T) {
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	p := plot{from: from, to: from.AddDate(0, 0, 19), lo: 0, hi: 100, cols: 10, rows: 5, braille: true}
	for _, c := range []struct {
		at       time.Time
		score    float64
		col, row int
	}{
		{from, 0, 0, 4},                    // bottom left
		{p.to, 100, 9, 0},                  // top right
		{from.AddDate(0, 0, 10), 50, 5, 2}, // dot 10 of 20 across; 19 − round(9.5) = dot 9 down, cell 2
		{from.AddDate(0, 0, 1), 28, 0, 3},  // dot 1 → cell 0; 0.28 × 19 = 5.32 → 5 up, dot 14 down, cell 3
	} {
		col, row := p.cell(c.at, c.score)
		if col != c.col || row != c.row {
			t.Errorf("cell(%s, %v) = (%d, %d), want (%d, %d)", c.at.Format(time.DateOnly), c.score, col, row, c.col, c.row)
		}
	}
}

// The braille dots ntcharts draws land in the cell the mapping names, so
// that the latest-value marker sits on the end of its line.
func TestTrendsBrailleAgreesWithMapping(t *testing.T) {
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	p := plot{from: from, to: from.AddDate(0, 3, 0), lo: 0, hi: 100, cols: 37, rows: 9, braille: true}
	for _, at := range []time.Time{from, from.AddDate(0, 0, 17), from.AddDate(0, 1, 13), p.to} {
		for _, score := range []float64{0, 12.5, 28, 50, 63, 87.5, 100} {
			b := newBoard(p.cols, p.rows)
			p.drawBraille(b, []assessment.Point{{At: at, Value: score}}, 0)
			col, row := p.cell(at, score)
			for y := range p.rows {
				for x := range p.cols {
					r := []rune(b.at(x, y))
					drawn := len(r) == 1 && runes.IsBraillePattern(r[0])
					if drawn != (x == col && y == row) {
						t.Errorf("%s, %v: braille at (%d, %d) = %v, mapping says (%d, %d)",
							at.Format(time.DateOnly), score, x, y, drawn, col, row)
					}
				}
			}
		}
	}
}

// Many check-ins in one column draw as one point at their mean.
func TestTrendsBuckets(t *testing.T) {
	from := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	p := plot{from: from, to: from.AddDate(0, 0, 9), cols: 10, rows: 5, hi: 100}
	day := func(d, h int) time.Time { return from.AddDate(0, 0, d).Add(time.Duration(h) * time.Hour) }
	got := p.buckets([]assessment.Point{
		{At: day(0, 9), Value: 40}, {At: day(0, 10), Value: 50}, {At: day(0, 11), Value: 90},
		{At: day(4, 9), Value: 10},
	})
	want := []slot{{0, 60}, {4, 10}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("buckets = %v, want %v", got, want)
	}
}
