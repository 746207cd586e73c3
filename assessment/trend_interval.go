package assessment

import (
	"fmt"
	"math"
	"time"
)

// Heading is what a trend lets one say about the direction of a score.
type Heading string

// Headings, as written in JSON. Rising and falling are claimed only when
// the slope's 95% interval, to a tenth of a point, lies wholly on one side
// of zero.
const (
	TrendRising  Heading = "rising"
	TrendFalling Heading = "falling"
	TrendUnclear Heading = "no-clear-trend"
	TrendTooFew  Heading = "too-few"
)

// A slope is put into words only from MinSlopeCheckIns check-ins spanning
// MinSlopeSpan. With fewer, two degrees of freedom or less leave an
// interval so wide that any sentence about it would mislead, and over a
// shorter stretch ordinary ups and downs look like a trend.
const (
	MinSlopeCheckIns = 4
	MinSlopeSpan     = 90 * 24 * time.Hour
)

// addInterval adds the slope's standard error, its 95% interval and the
// heading to a fitted trend. For ordinary least squares with
// s^2 = sum of squared residuals / (n - 2),
//
//	SE(b) = s / sqrt(sum((t - mean t)^2)),  b +/- t(0.975, n-2) * SE(b).
//
// Worked: check-ins 30 days apart scoring 50, 54, 56, 62 give b = 19/5 =
// 3.8, residuals 0.2, 0.4, -1.4, 0.8, s^2 = 2.8/2 = 1.4, SE = sqrt(1.4/5) =
// 0.529, and with t(0.975, 2) = 4.303 the interval 1.52 to 6.08: rising.
func (tr *Trend) addInterval(n int, t, value func(int) float64, mt, my, sxx float64) {
	if n < 3 {
		return
	}
	a := my - tr.Slope*mt
	var sse float64
	for i := range n {
		r := value(i) - (a + tr.Slope*t(i))
		sse += r * r
	}
	tr.SE = math.Sqrt(sse / float64(n-2) / sxx)
	half := TQuantile(0.975, float64(n-2)) * tr.SE
	tr.Low, tr.High = tr.Slope-half, tr.Slope+half
	tr.HasInterval = true
	switch {
	case n < MinSlopeCheckIns || tr.Days < MinSlopeSpan.Hours()/24:
		tr.Heading = TrendTooFew
	// The interval is read as written, to a tenth: a direction beside
	// "95% interval 0.0 to +9.2" would claim what its own figures deny.
	case math.Round(tr.Low*10) > 0:
		tr.Heading = TrendRising
	case math.Round(tr.High*10) < 0:
		tr.Heading = TrendFalling
	default:
		tr.Heading = TrendUnclear
	}
}

// Needs is how many more check-ins, and how many more days of span, a
// slope sentence still needs; both are zero once there are enough.
func (t Trend) Needs() (checkIns, days int) {
	checkIns = max(0, MinSlopeCheckIns-t.N)
	days = max(0, int(math.Ceil(MinSlopeSpan.Hours()/24-t.Days)))
	return checkIns, days
}

// Claim puts the slope into words no stronger than its interval:
// "rising about 4 points per 30 days (95% interval +1.5 to +6.1)", "no
// clear trend (95% interval −14.6 to +12.2)", or what is missing for a
// trend. The unit is the one the slopes are printed in beside it, never
// "a month", which beside "per 30 days" reads as another; an interval is
// in the slope's unit, so it is named once.
func (t Trend) Claim() string {
	interval := "95% interval " + SignedTenths(t.Low) + " to " + SignedTenths(t.High)
	switch t.Heading {
	case TrendRising, TrendFalling:
		return fmt.Sprintf("%s %s per 30 days (%s)", t.Heading, amount(t.Slope), interval)
	case TrendUnclear:
		return fmt.Sprintf("no clear trend (%s)", interval)
	}
	return "too few check-ins for a trend: " + t.needsText()
}

// amount is the size of a slope in words: "about 4 points", "about 1
// point", or "by less than a point" for a slope that is clear but small.
func amount(slope float64) string {
	switch points := Whole(math.Abs(slope)); points {
	case 0:
		return "by less than a point"
	case 1:
		return "about 1 point"
	default:
		return fmt.Sprintf("about %d points", points)
	}
}

// needsText: "needs 2 more check-ins over at least 76 more days".
func (t Trend) needsText() string {
	more, days := t.Needs()
	checkIns := fmt.Sprintf("%d more check-in%s", more, plural(more))
	span := fmt.Sprintf("%d more day%s", days, plural(days))
	switch {
	case more > 0 && days > 0:
		return "needs " + checkIns + " over at least " + span
	case more > 0:
		return "needs " + checkIns
	}
	return "needs check-ins spanning " + span
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
