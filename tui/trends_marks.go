package tui

import (
	"fmt"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// slopeSeries is one score's points as the slopes count them: without
// the check-ins with data-quality warnings, unless they are put back.
func (v trendView) slopeSeries(score func(trendPoint) assessment.Score) []assessment.Point {
	out := make([]assessment.Point, 0, len(v.points)) // grown once, not copied as it grows
	for _, p := range v.points {
		if s := score(p); s.Valid && (v.withFlagged || !p.flagged) {
			out = append(out, assessment.Point{At: p.at, Value: s.Value})
		}
	}
	return out
}

// flaggedCount is the number of check-ins in the window with data-quality
// warnings.
func (v trendView) flaggedCount() int {
	n := 0
	for _, p := range v.points {
		if p.flagged {
			n++
		}
	}
	return n
}

// changedAt reports whether point i was taken with another questionnaire
// than the point before it. A point whose questionnaire is not known (a
// summary kept before they carried it) marks no change.
// It takes the points, not the view: a call on the view would copy all of
// it, styles and all, once for each of thousands of points.
func changedAt(points []trendPoint, i int) bool {
	if i == 0 {
		return false
	}
	a, b := points[i-1].questionnaire.Hash, points[i].questionnaire.Hash
	return a != "" && b != "" && a != b
}

func (v trendView) anyChange() bool {
	for i := range v.points {
		if changedAt(v.points, i) {
			return true
		}
	}
	return false
}

// markRows are the rows under the time axis: commitments met, check-ins
// flagged, questionnaire changes; each only when the window has one.
func (v trendView) markRows(p plot) []string {
	var rows []string
	if v.anyMet() {
		rows = append(rows, v.metRow(p))
	}
	g := v.st.Glyphs
	if v.flaggedCount() > 0 {
		rows = append(rows, v.markRow(p, "flag", func(i int) bool { return v.points[i].flagged }, v.st.Warning.Render(g.Warning)))
	}
	if v.anyChange() {
		rows = append(rows, v.markRow(p, "new", func(i int) bool { return changedAt(v.points, i) }, v.st.Strong.Render(g.NewQuestions)))
	}
	return rows
}

// markRow puts mark in the column of each point that has it.
func (v trendView) markRow(p plot, label string, has func(int) bool, mark string) string {
	cells := make([]string, p.cols)
	for i := range cells {
		cells[i] = " "
	}
	for i, pt := range v.points {
		if has(i) {
			col, _ := p.cell(pt.at, 0)
			cells[col] = mark
		}
	}
	return v.st.Axis.Render(padLeft(label, labelW)+"  ") + strings.Join(cells, "")
}

func (v trendView) markRowCount() int {
	n := 0
	if v.anyMet() {
		n++
	}
	if v.flaggedCount() > 0 {
		n++
	}
	if v.anyChange() {
		n++
	}
	return n
}

// marksNote says what the slopes leave out and where the questionnaire
// changed. The way to put flagged check-ins back is the app's key or the
// command's flag.
func (v trendView) marksNote(width int) string {
	st, g := v.st, v.st.Glyphs
	var lines []string
	if n := v.flaggedCount(); n > 0 {
		what := v.mark(g.Warning+" ", "") + assessment.Count(n, "check-in", "check-ins") + " with data-quality warnings"
		back, out := "--include-flagged counts them.", ""
		if v.flagKey {
			back, out = "Press f to count them.", "Press f to leave them out."
		}
		if v.withFlagged {
			lines = append(lines, what+": counted in the slopes. "+out)
		} else {
			lines = append(lines, what+": left out of the slopes. "+back)
		}
	}
	for i, p := range v.points {
		if changedAt(v.points, i) {
			line := fmt.Sprintf("Version %d of the questionnaire from %s: the statements changed there.",
				p.questionnaire.Version, p.at.Format("2 Jan 2006"))
			if !v.spoken {
				line = g.NewQuestions + " " + line
			}
			lines = append(lines, line)
		}
	}
	return wrap(st.Muted, strings.TrimSpace(strings.Join(lines, "\n")), width)
}

// rowMarks are a table row's marks in words, which read aloud as they
// are meant: the check-in's warnings and a questionnaire change.
func (v trendView) rowMarks(i int) string {
	var words []string
	if v.points[i].flagged {
		words = append(words, v.mark(v.st.Glyphs.Warning+" warnings", "warnings"))
	}
	if changedAt(v.points, i) {
		words = append(words, v.mark(v.st.Glyphs.NewQuestions+" new questionnaire", "new questionnaire"))
	}
	switch {
	case len(words) == 0:
		return ""
	case v.spoken:
		// Read aloud, "·" is a word of its own ("dot").
		return " (" + strings.Join(words, ", ") + ")"
	}
	return " · " + strings.Join(words, " · ")
}
