package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// accessibleComparison is a comparison as sentences: what the compare
// screen shows as columns and arrows, in the same order, worded for a
// screen reader and free of drawing characters. Statements ask about the
// cadence's window, as on the screen.
func accessibleComparison(q *assessment.Questionnaire, from, to assessment.CheckIn, c assessment.Comparison, window assessment.Cadence) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	const day = assessment.CheckInLayout
	line("Comparison of the check-in of %s with the check-in of %s, %s.",
		from.TakenAt.Format(day), to.TakenAt.Format(day), apartWords(from.TakenAt, to.TakenAt))
	for _, d := range c.Dimensions {
		line("%s: %s.", oneLine(d.Dimension.Name), dimensionChangeWords(d))
	}
	line("Balance: %s before; %s now.", balanceSpoken(q, from.Scores.Balance), balanceSpoken(q, to.Scores.Balance))
	line("Reference values are %s.", assessment.SourceWords(q))
	if flagged := assessment.FlaggedWords(from, to); flagged != "" {
		line("%s", flagged)
	}
	if facets := facetChangeWords(c.Facets); facets != "" {
		line("Facets, largest change first: %s.", facets)
	}
	itemChangeWords(line, q, c.Items, window)
	return strings.TrimRight(b.String(), "\n")
}

// dimensionChangeWords is "60, then 75: up 15, within noise (a reliable
// change needs 18.6 points)".
func dimensionChangeWords(d assessment.DimensionChange) string {
	if !d.Valid {
		return fmt.Sprintf("not compared, as it was not scored in both check-ins (%s, then %s)",
			scoreOrNot(d.From), scoreOrNot(d.To))
	}
	verdict := d.Verdict.Words()
	if d.Verdict != assessment.NoReliableChange {
		verdict = "a " + verdict
	}
	from, to := assessment.Whole(d.From.Value), assessment.Whole(d.To.Value)
	return fmt.Sprintf("%d, then %d: %s, %s (a reliable change needs %.1f points)", from, to, upDown(to-from),
		verdict, d.Threshold)
}

// upDown is a change in whole points: "up 15", "down 4", "no change".
func upDown(d int) string {
	switch {
	case d > 0:
		return fmt.Sprintf("up %d", d)
	case d < 0:
		return fmt.Sprintf("down %d", -d)
	}
	return "no change"
}

func facetChangeWords(fs []assessment.FacetChange) string {
	var parts []string
	for _, f := range fs {
		if !f.Valid {
			parts = append(parts, oneLine(f.Facet.Name)+" not compared")
			continue
		}
		from, to := assessment.Whole(f.From.Value), assessment.Whole(f.To.Value)
		parts = append(parts, fmt.Sprintf("%s %d, then %d, %s", oneLine(f.Facet.Name), from, to, upDown(to-from)))
	}
	return strings.Join(parts, "; ")
}

// itemChangeWords says each statement answered differently, then how
// many were the same and how many could not be compared.
func itemChangeWords(line func(string, ...any), q *assessment.Questionnaire, items []assessment.ItemChange, window assessment.Cadence) {
	same, rest, changed := 0, 0, 0
	for _, ic := range items {
		switch {
		case !ic.Compared:
			rest++
		case ic.Difference == 0:
			same++
		default:
			if changed == 0 {
				line("Statements answered differently, largest change first, in answer points counted so that up is always better:")
			}
			changed++
			line("%s: %s You answered %s, then %s.", capitalise(upDown(ic.Difference)), assessment.FillWindow(ic.Item.Text, window),
				scaleWords(q, ic.From), scaleWords(q, ic.To))
		}
	}
	if same > 0 {
		line("%s answered the same both times.", countWas(same))
	}
	if rest > 0 {
		line("%s not compared: added, removed or reworded between questionnaire versions, or skipped in one check-in.",
			countWas(rest))
	}
}

func scaleWords(q *assessment.Questionnaire, x int) string {
	if l := q.Scale.Label(x); l != "" {
		return strings.ToLower(l)
	}
	return fmt.Sprint(x)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// countWas is "1 statement was", "3 statements were".
func countWas(n int) string {
	if n == 1 {
		return "1 statement was"
	}
	return fmt.Sprintf("%d statements were", n)
}

// scoreOrNot is a score in whole points, or "not scored".
func scoreOrNot(s assessment.Score) string {
	if !s.Valid {
		return assessment.NotScored
	}
	return assessment.ScoreText(s)
}

// apartWords is how far apart two check-ins are, in calendar days as the
// compare screen counts them: "28 days apart", "on the same day", or "3
// days earlier" when the first named is the later.
func apartWords(from, to time.Time) string {
	switch n := assessment.CalendarDays(from, to); {
	case n == 0:
		return "on the same day"
	case n < 0:
		return days(-n) + " earlier"
	default:
		return days(n) + " apart"
	}
}
