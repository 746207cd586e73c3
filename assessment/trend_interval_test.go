package assessment

import (
	"math"
	"testing"
	"time"
)

// series puts values on the given days from 1 January 2026.
func series(days []int, values ...float64) []Point {
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	out := make([]Point, len(values))
	for i, v := range values {
		out[i] = Point{At: start.AddDate(0, 0, days[i]), Value: v}
	}
	return out
}

func TestTrendInterval(t *testing.T) {
	monthly := []int{0, 30, 60, 90}
	tests := []struct {
		name            string
		points          []Point
		slope, se       float64
		low, high, days float64
		heading         Heading
		interval        bool
	}{
		// t = 0..3 months, mean 1.5, sxx 5; mean y 55.5, sxy 19, b 3.8,
		// a 49.8; residuals 0.2 0.4 -1.4 0.8, SSE 2.8, s^2 1.4, SE
		// sqrt(0.28) = 0.529150; t(0.975, 2) = 4.302653, half-width
		// 2.276752: 1.523248 to 6.076752.
		{"rising: 50 54 56 62", series(monthly, 50, 54, 56, 62), 3.8, 0.529150, 1.523248, 6.076752, 90, TrendRising, true},
		// Mean 63.5, sxy -21, b -4.2, a 69.8; the same residuals, so the
		// same SE: -6.476752 to −1.923248.
		{"falling: 70 66 60 58", series(monthly, 70, 66, 60, 58), -4.2, 0.529150, -6.476752, -1.923248, 90, TrendFalling, true},
		// Mean 56, sxy -6, b -1.2, a 57.8; residuals 2.2 -6.6 6.6 -2.2,
		// SSE 96.8, s^2 48.4, SE sqrt(9.68) = 3.111270, half-width
		// 13.386714: -14.586714 to 12.186714 holds zero.
		{"zigzag: 60 50 62 52", series(monthly, 60, 50, 62, 52), -1.2, 3.111270, -14.586714, 12.186714, 90, TrendUnclear, true},
		// Mean 56.5, sxy 23, b 4.6, a 49.6; residuals 0.4 0.8 -2.8 1.6,
		// SSE 11.2, s^2 5.6, SE sqrt(1.12) = 1.058301, half-width
		// 4.553500: 0.046500 to 9.153500, written "0.0 to +9.2", which
		// does not exclude zero.
		{"low bound rounds to zero: 50 55 56 65", series(monthly, 50, 55, 56, 65), 4.6, 1.058301, 0.046500, 9.153500, 90, TrendUnclear, true},
		{"high bound rounds to zero: 65 56 55 50", series(monthly, 65, 56, 55, 50), -4.6, 1.058301, -9.153500, -0.046500, 90, TrendUnclear, true},
		// Three points on a line: SE 0 and an interval of one point, but
		// too few check-ins to say anything.
		{"three on a line", series([]int{0, 45, 90}, 50, 56, 62), 4, 0, 4, 4, 90, TrendTooFew, true},
		// Four points over 60 days: t = 0, 2/3, 4/3, 2; a line of slope 6
		// per month fits exactly.
		{"four over 60 days", series([]int{0, 20, 40, 60}, 50, 54, 58, 62), 6, 0, 6, 6, 60, TrendTooFew, true},
		// Two points: no residual degrees of freedom, no interval.
		{"two points", series([]int{0, 30}, 50, 54), 4, 0, 0, 0, 30, TrendTooFew, false},
		{"one point", series([]int{0}, 50), 0, 0, 0, 0, 0, TrendTooFew, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FitTrend(tt.points)
			for _, c := range []struct {
				what      string
				got, want float64
			}{{"slope", got.Slope, tt.slope}, {"se", got.SE, tt.se}, {"low", got.Low, tt.low}, {"high", got.High, tt.high}, {"days", got.Days, tt.days}} {
				if math.Abs(c.got-c.want) > 5e-6 {
					t.Errorf("%s = %.6f, want %.6f", c.what, c.got, c.want)
				}
			}
			if got.Heading != tt.heading || got.HasInterval != tt.interval || got.N != len(tt.points) {
				t.Errorf("heading %q interval %v n %d, want %q %v %d", got.Heading, got.HasInterval, got.N, tt.heading, tt.interval, len(tt.points))
			}
		})
	}
}

func TestTrendNeedsAndClaim(t *testing.T) {
	tests := []struct {
		name           string
		tr             Trend
		checkIns, days int
		claim          string
	}{
		{"rising", FitTrend(series([]int{0, 30, 60, 90}, 50, 54, 56, 62)), 0, 0,
			"rising about 4 points per 30 days (95% interval +1.5 to +6.1)"},
		{"falling", FitTrend(series([]int{0, 30, 60, 90}, 70, 66, 60, 58)), 0, 0,
			"falling about 4 points per 30 days (95% interval −6.5 to −1.9)"},
		{"unclear", FitTrend(series([]int{0, 30, 60, 90}, 60, 50, 62, 52)), 0, 0,
			"no clear trend (95% interval −14.6 to +12.2)"},
		// Its interval starts at +0.05, written 0.0: no direction.
		{"low bound written 0.0", FitTrend(series([]int{0, 30, 60, 90}, 50, 55, 56, 65)), 0, 0,
			"no clear trend (95% interval 0.0 to +9.2)"},
		// A clear but small slope is not rounded away to "steady".
		{"small but clear", Trend{N: 6, Days: 150, Slope: 0.4, Low: 0.1, High: 0.7, HasInterval: true, Heading: TrendRising}, 0, 0,
			"rising by less than a point per 30 days (95% interval +0.1 to +0.7)"},
		{"three over 90 days", FitTrend(series([]int{0, 45, 90}, 50, 56, 62)), 1, 0,
			"too few check-ins for a trend: needs 1 more check-in"},
		{"four over 60 days", FitTrend(series([]int{0, 20, 40, 60}, 50, 54, 58, 62)), 0, 30,
			"too few check-ins for a trend: needs check-ins spanning 30 more days"},
		// 14 days of 90: 76 more; 2 of 4 check-ins.
		{"two over 14 days", FitTrend(series([]int{0, 14}, 50, 54)), 2, 76,
			"too few check-ins for a trend: needs 2 more check-ins over at least 76 more days"},
		{"none", FitTrend(nil), 4, 90,
			"too few check-ins for a trend: needs 4 more check-ins over at least 90 more days"},
		{"one day short", Trend{N: 5, Days: 89.5, Heading: TrendTooFew}, 0, 1,
			"too few check-ins for a trend: needs check-ins spanning 1 more day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, d := tt.tr.Needs()
			if c != tt.checkIns || d != tt.days {
				t.Errorf("needs %d check-ins and %d days, want %d and %d", c, d, tt.checkIns, tt.days)
			}
			if got := tt.tr.Claim(); got != tt.claim {
				t.Errorf("claim =\n%q\nwant\n%q", got, tt.claim)
			}
		})
	}
}
