package assessment

import (
	"testing"
	"time"
)

func TestParseCadence(t *testing.T) {
	tests := []struct {
		in   string
		days int
		err  bool
	}{
		{"4w", 28, false}, {"4 weeks", 28, false}, {"1 week", 7, false},
		{"28d", 28, false}, {"10 days", 10, false}, {"21", 21, false}, {" 2W ", 14, false},
		{"6d", 0, true},  // under a week
		{"60w", 0, true}, // over a year
		{"fortnight", 0, true}, {"3m", 0, true}, {"", 0, true}, {"-2w", 0, true},
	}
	for _, tt := range tests {
		c, err := ParseCadence(tt.in)
		if (err != nil) != tt.err || c.Days != tt.days {
			t.Errorf("ParseCadence(%q) = %d, %v; want %d, error %v", tt.in, c.Days, err, tt.days, tt.err)
		}
	}
	for days, want := range map[int]string{28: "every 4 weeks", 7: "every week", 10: "every 10 days", 1: "every day"} {
		if got := (Cadence{days}).Words(); got != want {
			t.Errorf("Words(%d) = %q, want %q", days, got, want)
		}
	}
	if got := (Cadence{14}).String(); got != "2w" {
		t.Errorf("String = %q", got)
	}
}

// The error quotes what was typed as it reads: an emoji joined with
// U+200D stays whole, while a character that prints nothing, or a quote,
// is escaped as %q escapes it.
func TestParseCadenceQuotesWhatWasTyped(t *testing.T) {
	family := "\U0001F468\u200d\U0001F469\u200d\U0001F467"
	for _, tc := range []struct{ in, want string }{
		{"3" + family, `cadence "3` + family + `": unknown unit "` + family + `"; use d (days) or w (weeks), e.g. 4w`},
		{"4w\u200b", `cadence "4w\u200b": unknown unit "w\u200b"; use d (days) or w (weeks), e.g. 4w`},
		{`"x`, `cadence "\"x" is not a number of days or weeks; write it like 4w, 2 weeks or 10d`},
		{"2\x1b", `cadence "2\x1b": unknown unit "\x1b"; use d (days) or w (weeks), e.g. 4w`},
		{"60w", `cadence "60w" is 420 days; choose between 7 days and 365 days`},
		{"0d", `cadence "0d" is 0 days; choose between 7 days and 365 days`},
		{"0 weeks", `cadence "0 weeks" is 0 days; choose between 7 days and 365 days`},
		// 7 times this wraps round to 12 in 64 bits.
		{"2635249153387078804w", `cadence "2635249153387078804w" is more than 365 days; choose between 7 days and 365 days`},
	} {
		_, err := ParseCadence(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("ParseCadence(%q) error\n%v\nwant\n%s", tc.in, err, tc.want)
		}
	}
}

func TestNextDue(t *testing.T) {
	at := func(d, h int) time.Time { return time.Date(2026, 11, d, h, 0, 0, 0, time.UTC) }
	weekly, fourWeeks := Cadence{7}, Cadence{28}
	tests := []struct {
		name    string
		last    time.Time
		has     bool
		c       Cadence
		now     time.Time
		want    Due
		dueDate time.Time
	}{
		{"first check-in is always due", time.Time{}, false, fourWeeks, at(29, 9), Due{First: true, Now: true}, time.Time{}},
		// Monday 2 Nov evening + 7 days = Monday 9 Nov; on Sunday 8 Nov
		// it is due in 1 day.
		{"due tomorrow", at(2, 21), true, weekly, at(8, 23), Due{Days: 1}, at(9, 0)},
		// Monday morning of 9 Nov it is due today, though the last one
		// was taken in the evening.
		{"due today", at(2, 21), true, weekly, at(9, 8), Due{Now: true, Days: 0}, at(9, 0)},
		{"overdue 3 days", at(2, 21), true, weekly, at(12, 8), Due{Now: true, Days: 3}, at(9, 0)},
		// 1 Nov + 28 days = 29 Nov.
		{"four weeks", at(1, 9), true, fourWeeks, at(20, 9), Due{Days: 9}, at(29, 0)},
		// Taken on Sat 28 Nov at 23:50 in New York (−5), 04:50 UTC on the
		// 29th: read in UTC it is due on Sat 26 Dec, four weeks after the
		// date shown for it, and on Mon 30 Nov that is 26 days away.
		{"taken in another zone", time.Date(2026, 11, 28, 23, 50, 0, 0, time.FixedZone("", -5*3600)), true,
			fourWeeks, at(30, 22), Due{Days: 26}, time.Date(2026, 12, 26, 0, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := NextDue(tt.last, tt.has, tt.c, tt.now)
			if got.First != tt.want.First || got.Now != tt.want.Now || got.Days != tt.want.Days || !got.At.Equal(tt.dueDate) {
				t.Errorf("NextDue = %+v, want %+v at %v", got, tt.want, tt.dueDate)
			}
		})
	}
}

func TestCalendarDays(t *testing.T) {
	at := func(day, hour int) time.Time { return time.Date(2026, 11, day, hour, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		from, to time.Time
		want     int
	}{
		{"same hour", at(20, 9), at(20, 9), 0},
		{"morning and evening of one day", at(20, 8), at(20, 23), 0},
		{"22:00 to 09:00 next day, 11 hours", at(20, 22), at(21, 9), 1},
		{"09:00 to 08:00 four weeks on, 27.96 days", at(1, 9), at(29, 8), 28},
		{"the later first", at(21, 9), at(20, 22), -1},
		// 01:00 on the 21st at UTC+2 is 23:00 UTC on the 20th: each is
		// counted on the date it is shown with, so the second is a day
		// earlier, as the dates read.
		{"to in another zone", time.Date(2026, 11, 21, 1, 0, 0, 0, time.FixedZone("", 2*3600)), at(20, 23), -1},
		// New York: 00:30 on Sun 1 Nov in summer time (−4), 23:50 on Sat
		// 28 Nov in winter time (−5), the 29th at 04:50 UTC: the dates
		// shown are 27 days apart, whichever zone reads them.
		{"across the end of summer time", time.Date(2026, 11, 1, 0, 30, 0, 0, time.FixedZone("", -4*3600)),
			time.Date(2026, 11, 28, 23, 50, 0, 0, time.FixedZone("", -5*3600)), 27},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CalendarDays(tt.from, tt.to); got != tt.want {
				t.Errorf("CalendarDays(%v, %v) = %d, want %d", tt.from, tt.to, got, tt.want)
			}
		})
	}
}
