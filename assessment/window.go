package assessment

import (
	"fmt"
	"regexp"
	"strings"
)

// WindowPlaceholder stands in a statement for the period it asks about,
// so "In {window}, I ..." reads "In the last three weeks, I ..." for a
// leader who checks in every three weeks: the statement asks about exactly
// the time since the last check-in.
const WindowPlaceholder = "{window}"

// placeholder finds anything written like a placeholder, so a misspelt one
// ("{windw}") is refused instead of shown to the leader as it is.
var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// placeholders checks the placeholders of every statement's text and
// observer text.
func (v *validator) placeholders(its []Item) {
	for i, it := range its {
		for _, f := range []struct{ key, text string }{{"text", it.Text}, {"observer_text", it.ObserverText}} {
			for _, p := range placeholder.FindAllString(f.text, -1) {
				if p != WindowPlaceholder {
					v.add(fmt.Sprintf("$.items[%d].%s", i, f.key), "item %q: unknown placeholder %s in %s; the only placeholder is %s",
						it.ID, p, f.key, WindowPlaceholder)
				}
			}
		}
	}
}

// FillWindow puts the cadence's window into a statement: "In {window}, I
// ..." becomes "In the last four weeks, I ...". A placeholder that opens
// the text is capitalised ("The last four weeks ...").
func FillWindow(text string, c Cadence) string {
	if !strings.Contains(text, WindowPlaceholder) {
		return text
	}
	w := c.Window()
	if strings.HasPrefix(text, WindowPlaceholder) {
		text = capitalise(w) + text[len(WindowPlaceholder):]
	}
	return strings.ReplaceAll(text, WindowPlaceholder, w)
}

// Window is the period a cadence covers, as a statement says it: "the
// last week", "the last three weeks", "the last 10 days", "the last
// month", "the last two months", "the last year". Whole weeks are said in
// weeks (28 days is four weeks, not a month); 30 to 31 days a month, and
// so on up to a year; anything else in days. Numbers up to nine are
// spelt out.
func (c Cadence) Window() string {
	d := c.Days
	switch m := months(d); {
	case d%7 == 0:
		return "the last " + count(d/7, "week")
	case m == 12:
		return "the last year"
	case m > 0:
		return "the last " + count(m, "month")
	}
	return "the last " + count(d, "day")
}

// months is the number of whole months d days make (30 to 31 days each),
// or 0 when d is not close to a whole number of months.
func months(d int) int {
	for m := 1; m <= 12; m++ {
		if d >= 30*m && d <= 31*m {
			return m
		}
	}
	return 0
}

// count writes n of a unit in words: "week", "three weeks", "10 days".
func count(n int, unit string) string {
	words := []string{"", "", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	switch {
	case n == 1:
		return unit
	case n < len(words):
		return words[n] + " " + unit + "s"
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// windowPhrase matches a window as FillWindow writes it, so a statement
// written with "the last four weeks" before the placeholder existed is
// recognised as the same question.
const windowPhrase = `[Tt]he last (?:[a-z0-9]+ )?(?:days?|weeks?|months?|year)`

// SameStatement reports whether two statement texts ask the same
// question: equal, or equal once a {window} placeholder in one stands for
// a stated window in the other. A check-in answered "In the last four
// weeks, I ..." is then compared with one answered "In {window}, I ...".
func SameStatement(a, b string) bool {
	if a == b {
		return true
	}
	if !strings.Contains(a, WindowPlaceholder) {
		a, b = b, a
	}
	if !strings.Contains(a, WindowPlaceholder) || strings.Contains(b, WindowPlaceholder) {
		return false
	}
	parts := strings.Split(a, WindowPlaceholder)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	re, err := regexp.Compile(`^` + strings.Join(parts, windowPhrase) + `$`)
	return err == nil && re.MatchString(b)
}
