package tui

import (
	"math"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The bars a score is drawn with, on the screens and by the command line
// alike: a bar for a 0–100 score, a meter for the balance and a sparkline
// for a run of scores. The trends charts are drawn in chart.go, whose
// scaleIndex the sparkline shares.

// sparkTicks are a sparkline's eight heights, lowest first. They are the
// same in every theme: the height carries the meaning, not a colour, and
// block elements survive a pipe as well as any ASCII stand-in would.
var sparkTicks = []rune("▁▂▃▄▅▆▇█")

// sparkline draws one character per score, oldest first: lo as the lowest
// block, hi as the highest, and values between at the nearest of the eight
// heights, placed by scaleIndex as every chart places a value. A score
// that was not computed leaves a gap rather than pretending to be low.
func sparkline(scores []assessment.Score, lo, hi float64) string {
	out := make([]rune, len(scores))
	for i, s := range scores {
		if !s.Valid {
			out[i] = ' '
			continue
		}
		frac := 0.0
		if hi > lo {
			frac = (s.Value - lo) / (hi - lo)
		}
		out[i] = sparkTicks[scaleIndex(frac, len(sparkTicks))]
	}
	return string(out)
}

// bar draws a 0-100 score as a horizontal bar of the given width.
func bar(st Styles, fill lipgloss.Style, s assessment.Score, width int) string {
	n := 0
	if s.Valid {
		n = min(width, max(0, int(math.Round(s.Value/100*float64(width)))))
	}
	return fill.Render(strings.Repeat(st.Glyphs.BarFull, n)) +
		st.BarEmpty.Render(strings.Repeat(st.Glyphs.BarEmpty, width-n))
}

// meter draws the balance, -100..+100, as a marker on a track with a tick
// at zero, and the cells within margin of the marker as a band: where the
// band covers the tick, the balance cannot be told from zero. An even
// width has no middle cell, so it loses one.
func meter(st Styles, b assessment.Score, margin float64, width int) string {
	g := st.Glyphs
	if width%2 == 0 {
		width--
	}
	mid := (width - 1) / 2
	pos, lo, hi := -1, 0, -1
	cell := func(v float64) int {
		return min(width-1, max(0, int(math.Round((v+100)/200*float64(width-1)))))
	}
	if b.Valid {
		pos = cell(b.Value)
		if margin > 0 {
			lo, hi = cell(b.Value-margin), cell(b.Value+margin)
		}
	}
	var sb strings.Builder
	for i := range width {
		glyph := g.TrackLine
		switch i {
		case 0:
			glyph = g.TrackStart
		case width - 1:
			glyph = g.TrackEnd
		case mid:
			glyph = g.TrackMid
		}
		switch {
		case i == pos:
			sb.WriteString(st.Marker.Render(g.Marker))
		case i >= lo && i <= hi && i == mid:
			sb.WriteString(st.Band.Render(g.BandMid))
		case i >= lo && i <= hi:
			sb.WriteString(st.Band.Render(g.Band))
		default:
			sb.WriteString(st.Track.Render(glyph))
		}
	}
	return sb.String()
}
