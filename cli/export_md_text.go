package cli

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/leadcheck/leadcheck/assessment"
)

// The report's small pieces of text, written for every check-in.

// day is the date a check-in was taken, in the time zone it was recorded
// in, as the app shows it.
func day(rec assessment.CheckIn) string {
	// As Format("2 Jan 2006") writes it, without reading the layout
	// again for each of thousands of check-ins.
	y, m, d := rec.TakenAt.Date()
	if y < 1000 || y > 9999 {
		return rec.TakenAt.Format("2 Jan 2006")
	}
	b := make([]byte, 0, 11)
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(append(append(b, ' '), m.String()[:3]...), ' ')
	return string(strconv.AppendInt(b, int64(y), 10))
}

// cell makes text safe in a Markdown table cell: one line, pipes escaped.
func cell(s string) string {
	if cellAsItIs(s) {
		return s // nearly every cell, and without the copies
	}
	return strings.ReplaceAll(inline(s), "|", `\|`)
}

// inline is a name from a questionnaire, or a commitment, as the report
// writes it in a sentence or a list item: on one line, so a line break in the name
// cannot end the bold of a profile or start a heading or a list of its
// own in the report.
func inline(s string) string {
	if oneSpaced(s) {
		return s // nearly every name and objective, without the copies
	}
	return strings.Join(strings.Fields(s), " ")
}

// cellAsItIs reports whether cell would give s back: no pipe, and no
// space but single ones between words.
func cellAsItIs(s string) bool {
	for i, r := range s {
		switch {
		case r == '|' || r != ' ' && unicode.IsSpace(r):
			return false
		case r == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}
