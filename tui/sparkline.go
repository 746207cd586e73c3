package tui

import (
	"fmt"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

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

// dueText says when the next check-in is due, to follow "Next check-in".
func dueText(d assessment.Due, now time.Time) string {
	switch {
	case d.First:
		return "due now: it will be your first"
	case d.Now && d.Days == 0:
		return "due today"
	case d.Now:
		return fmt.Sprintf("due since %s, %d %s overdue", dayText(d.At, now), d.Days, plural(d.Days, "day", "days"))
	case d.Days == 1:
		return "due tomorrow, " + dayText(d.At, now)
	default:
		return fmt.Sprintf("due in %d days, on %s", d.Days, dayText(d.At, now))
	}
}

// dayText names a day with its weekday, and the year only when it is not
// now's: "Mon 14 Dec", "Mon 4 Jan 2027".
func dayText(t, now time.Time) string {
	if t.Year() == now.Year() {
		return t.Format("Mon 2 Jan")
	}
	return t.Format("Mon 2 Jan 2006")
}
