package cli

import (
	"testing"
	"time"
)

// On the days the clocks change, noon is still 12:00 on the clock, not
// midnight plus twelve hours (13:00 on 8 March, 11:00 on 1 November in
// New York).
func TestNoonOfKeepsTheClockOnDaylightSavingDays(t *testing.T) {
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone database:", err)
	}
	for _, day := range []string{"2026-03-08", "2026-11-01", "2026-06-15"} {
		d, err := time.ParseInLocation("2006-01-02", day, ny)
		if err != nil {
			t.Fatal(err)
		}
		if got := noonOf(d).Format("2006-01-02 15:04"); got != day+" 12:00" {
			t.Errorf("noon of %s = %s, want %s 12:00", day, got, day)
		}
	}
}
