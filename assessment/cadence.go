package assessment

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Cadence is how often a leader means to check in, in whole days.
type Cadence struct{ Days int }

// DefaultCadence is every four weeks: long enough for behaviour to change,
// short enough to remember what happened.
var DefaultCadence = Cadence{Days: 28}

// Bounds of a cadence: daily check-ins measure mood, not behaviour, and
// after a year nobody remembers the last one.
const (
	MinCadenceDays = 7
	MaxCadenceDays = 365
)

// ParseCadence reads "4w", "4 weeks", "28d", "28 days" or a bare number of
// days.
func ParseCadence(s string) (Cadence, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	num := strings.TrimRightFunc(in, func(r rune) bool { return r < '0' || r > '9' })
	unit := strings.TrimSpace(in[len(num):])
	n, err := strconv.Atoi(strings.TrimSpace(num))
	// Zero is a number, only out of range: the range error says what to
	// choose.
	if err != nil || n < 0 {
		return Cadence{}, fmt.Errorf("cadence %s is not a number of days or weeks; write it like 4w, 2 weeks or 10d", quoteTyped(s))
	}
	switch unit {
	case "", "d", "day", "days":
	case "w", "wk", "wks", "week", "weeks":
		// Checked before multiplying: a count of weeks large enough
		// wraps round to a few days in 64 bits.
		if n > MaxCadenceDays {
			return Cadence{}, fmt.Errorf("cadence %s is more than %d days; choose between %d days and %d days",
				quoteTyped(s), MaxCadenceDays, MinCadenceDays, MaxCadenceDays)
		}
		n *= 7
	default:
		return Cadence{}, fmt.Errorf("cadence %s: unknown unit %s; use d (days) or w (weeks), e.g. 4w", quoteTyped(s), quoteTyped(unit))
	}
	if n < MinCadenceDays || n > MaxCadenceDays {
		return Cadence{}, fmt.Errorf("cadence %s is %d days; choose between %d days and %d days", quoteTyped(s), n, MinCadenceDays, MaxCadenceDays)
	}
	return Cadence{Days: n}, nil
}

// String is the short form, in weeks when it divides evenly: "4w", "10d".
func (c Cadence) String() string {
	if c.Days%7 == 0 {
		return fmt.Sprintf("%dw", c.Days/7)
	}
	return fmt.Sprintf("%dd", c.Days)
}

// Words is the cadence in a sentence: "every 4 weeks", "every 10 days",
// "every week".
func (c Cadence) Words() string {
	n, unit := c.Days, "day"
	if n%7 == 0 {
		n, unit = n/7, "week"
	}
	if n == 1 {
		return "every " + unit
	}
	return fmt.Sprintf("every %d %ss", n, unit)
}

// Due says when the next check-in is due.
type Due struct {
	// First is true when there is no check-in yet: the first is due now.
	First bool
	// At is the due date: the last check-in's day plus the cadence.
	At time.Time
	// Now is true when a check-in is due or overdue.
	Now bool
	// Days counts whole calendar days until At (when not yet due) or since
	// At (when due); 0 means today.
	Days int
}

// NextDue computes when the next check-in is due. Dates are compared as
// calendar days, so a check-in taken on a Monday evening with a weekly
// cadence is due the next Monday morning, not in the evening. The last
// check-in counts on the date it was taken where it was taken, the date
// every screen shows for it (see CalendarDays); today is now's date.
func NextDue(last time.Time, hasLast bool, c Cadence, now time.Time) Due {
	if !hasLast {
		return Due{First: true, Now: true}
	}
	day := func(t time.Time) time.Time {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, now.Location())
	}
	at := day(last).AddDate(0, 0, c.Days)
	days := int(math.Round(day(now).Sub(at).Hours() / 24))
	if days >= 0 {
		return Due{At: at, Now: true, Days: days}
	}
	return Due{At: at, Days: -days}
}

// CalendarDays is how many calendar days lie between two times, as a
// person counts them: check-ins at 22:00 and at 09:00 the next morning
// are a day apart, though eleven hours are not half a day. Each time
// counts on its own date, the one it is shown with: a check-in keeps the
// offset of where it was taken, and that offset changes with daylight
// saving, so carrying one time into the other's offset (or into the
// viewer's zone) would count dates no screen shows, and a different
// number for each viewer. Negative when to is the earlier.
func CalendarDays(from, to time.Time) int {
	y1, m1, d1 := from.Date()
	y2, m2, d2 := to.Date()
	return int(time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC).Sub(time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
}

// quoteTyped quotes what a person typed as %q does, but keeps the joiners
// inside an emoji or a word (U+200C, U+200D) and the tags of a flag
// (U+E0020 to U+E007F) as they are: %q writes them as \u200d, which
// shows a family emoji as three faces with escapes between. Other
// characters that print nothing are still escaped, so "4w" with a hidden
// one reads as different from "4w".
func quoteTyped(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i, r := range s {
		if r == 0x200c || r == 0x200d || (r >= 0xe0020 && r <= 0xe007f) {
			b.WriteRune(r)
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		q := strconv.Quote(s[i : i+size])
		b.WriteString(q[1 : len(q)-1])
	}
	b.WriteByte('"')
	return b.String()
}
