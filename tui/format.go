package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// changeText is the change from an earlier score, coloured better or worse
// only when the verdict (the reliable change index) says the change is
// reliable. The balance, where neither side is better, takes "". Without
// colour a reliable change carries the glyph of its verdict ("+23▲"),
// which the colour would otherwise be alone in saying.
func changeText(st Styles, cur, prev assessment.Score, verdict assessment.Verdict) string {
	return change(st, cur, prev, verdict, st.colorless)
}

// changeUnmarked is changeText where no glyph is needed: words beside it
// name the verdict ("▲ reliable improvement"), or there is none to name
// (a statement's answer).
func changeUnmarked(st Styles, cur, prev assessment.Score, verdict assessment.Verdict) string {
	return change(st, cur, prev, verdict, false)
}

func change(st Styles, cur, prev assessment.Score, verdict assessment.Verdict, glyph bool) string {
	// With glyphs every change keeps a cell for one, so the numbers of a
	// column stay aligned.
	mark := func(g string) string {
		if !glyph {
			return ""
		}
		return g
	}
	if !cur.Valid || !prev.Valid {
		return st.Muted.Render(assessment.NoScore + mark(" "))
	}
	// The difference of the numbers as shown, so "56, +12" agrees with the
	// 44 the person saw last time, as rounding the exact difference may not.
	d := assessment.WholeFloat(cur.Value) - assessment.WholeFloat(prev.Value)
	switch {
	case d == 0:
		return st.Muted.Render("±0" + mark(" "))
	case verdict == assessment.Improved:
		return st.Better.Render(assessment.Signed(d) + mark(st.Glyphs.Improved))
	case verdict == assessment.Declined:
		return st.Worse.Render(assessment.Signed(d) + mark(st.Glyphs.Declined))
	}
	// Within noise, or a number with no better side (the balance, one
	// statement's answer): the neutral colour, so colour always means a
	// reliable change.
	return st.Text.Render(assessment.Signed(d) + mark(" "))
}

// dateText is a short date, with the year only when it is not ref's.
func dateText(t, ref time.Time) string {
	if t.Year() == ref.Year() {
		return t.Format("2 Jan")
	}
	return t.Format("2 Jan 2006")
}

// wrap wraps text to width and styles it.
func wrap(style lipgloss.Style, text string, width int) string {
	if text == "" {
		return ""
	}
	return style.Render(wordWrap(text, width))
}

// safe makes a name, title or label that came from a file or the database
// safe to show on one line; wrap, hanging and truncate do the same for
// longer text.
func safe(s string) string { return safetext.Line(s) }

// wordWrap makes text from outside safe and breaks it at spaces only: the
// ansi wrappers also break after hyphens, which leaves "check-" at the end
// of a line and "in." on the next, and cost time quadratic in a long word.
// A word longer than the line is cut hard rather than run over.
func wordWrap(text string, width int) string { return safetext.Wrap(text, width) }

// wrapAtMost is wordWrap kept to the first n lines, the last ending in
// "…" when text goes on: for text from elsewhere that a screen shows in
// full only when it is of the length the app lets one type. It wraps only
// the beginning, so a text of megabytes costs no more than a short one.
func wrapAtMost(text string, width, n int) string {
	width = max(1, width)
	if limit := (n + 1) * width * 16; len(text) > limit {
		text = text[:limit] // a rune cut here lies past the lines kept
	}
	lines := strings.SplitN(wordWrap(text, width), "\n", n+1)
	if len(lines) <= n {
		return strings.Join(lines, "\n")
	}
	last := truncate(lines[n-1], width-1)
	if !strings.HasSuffix(last, "…") {
		last += "…"
	}
	return strings.Join(append(lines[:n-1], last), "\n")
}

// hanging wraps text after a prefix, indenting the following lines under
// the text rather than the prefix.
func hanging(prefix, text string, style lipgloss.Style, width int) string {
	pw := lipgloss.Width(prefix)
	lines := strings.Split(wordWrap(text, width-pw), "\n")
	for i, l := range lines {
		lead := strings.Repeat(" ", pw)
		if i == 0 {
			lead = prefix
		}
		lines[i] = lead + style.Render(l)
	}
	return strings.Join(lines, "\n")
}

// padRight pads a styled string with spaces to width cells.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
}

// padLines pads every line of a block to width cells, so the block can be
// placed as one piece.
func padLines(s string, width int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = padRight(l, width)
	}
	return strings.Join(lines, "\n")
}

// indent puts n spaces before every line.
func indent(s string, n int) string {
	pad := strings.Repeat(" ", n)
	return pad + strings.ReplaceAll(s, "\n", "\n"+pad)
}

// padLeft right-aligns a styled string in width cells.
func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-lipgloss.Width(s))) + s
}

// truncate makes text from outside safe as one line and shortens it to
// width cells, marking the cut. It reads only what it can show, so it is
// also how a screen previews a very long note.
func truncate(s string, width int) string { return safetext.Truncate(s, width) }

// table is two aligned columns: muted labels, then values.
func table(st Styles, rows [][2]string) string {
	lw := 0
	for _, r := range rows {
		lw = max(lw, lipgloss.Width(r[0]))
	}
	var lines []string
	for _, r := range rows {
		lines = append(lines, padRight(st.Muted.Render(r[0]), lw+2)+r[1])
	}
	return strings.Join(lines, "\n")
}

// tableWrapped is a table whose values wrap under themselves.
func tableWrapped(st Styles, rows [][2]string, width int) string {
	lw := 0
	for _, r := range rows {
		lw = max(lw, lipgloss.Width(r[0]))
	}
	var out []string
	for _, r := range rows {
		out = append(out, hanging(padRight(st.Strong.Render(r[0]), lw+2), r[1], st.Text, width))
	}
	return strings.Join(out, "\n")
}

// counter is where a step stands among its kind, in the one form every
// screen and the accessible mode use: "Statement 3 of 24", "Commitment 1
// of 2".
func counter(noun string, i, n int) string { return fmt.Sprintf("%s %d of %d", noun, i, n) }
