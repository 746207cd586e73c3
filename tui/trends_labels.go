package tui

import "github.com/leadcheck/leadcheck/assessment"

// latestNotes label each series' latest value right of the chart, on its
// row. When both fall on one row the higher moves up (at the top, the
// lower moves down), so the labels keep the values' order. A label is the
// number alone, in its series' style: a glyph beside the last point
// would read as one more check-in ("x x 83"); the legend line above the
// chart names the glyphs. Without colour to tell them apart, labels moved
// off a shared row name their series' glyph in brackets, "94 (x)", which
// no point is drawn as.
func (v trendView) latestNotes(p plot, latest [2]*assessment.Point) map[int]string {
	st := v.st
	rows := [2]int{-1, -1}
	for i, l := range latest {
		if l != nil {
			_, rows[i] = p.cell(l.At, l.Value)
		}
	}
	shared := rows[0] >= 0 && rows[0] == rows[1]
	if shared {
		hi := 1
		if latest[0].Value > latest[1].Value {
			hi = 0
		}
		if rows[hi] > 0 {
			rows[hi]--
		} else {
			rows[1-hi]++
		}
	}
	notes := map[int]string{}
	for i, l := range latest {
		if l != nil {
			label := assessment.ScoreText(assessment.Scored(l.Value))
			if shared && st.colorless {
				label += " (" + st.Glyphs.Series[i] + ")"
			}
			notes[rows[i]] = " " + st.SeriesLatest[i].Render(label)
		}
	}
	return notes
}
