package assessment

import (
	"fmt"
	"math"
	"time"
	"unicode"
	"unicode/utf8"
)

// Month is the length of "a month" in trend slopes.
const Month = 30 * 24 * time.Hour

// SteadySlope is the slope, in points per 30 days, below which a score is
// said to hold steady: under a point a month is invisible between two
// check-ins and well inside the noise of one.
const SteadySlope = 1.0

// MinTrendSpan is the shortest stretch of time a trend is drawn over. Two
// check-ins a day apart would turn ordinary noise into "60 points a month";
// over two weeks a slope starts to mean something.
const MinTrendSpan = 14 * 24 * time.Hour

// Point is one score at one time.
type Point struct {
	At    time.Time
	Value float64
}

// Trend is the least-squares line through a series of scores.
type Trend struct {
	// Slope is in points per 30 days.
	Slope float64
	// N is the number of points used.
	N int
	// Valid is false with fewer than two points, or when they span less
	// than MinTrendSpan.
	Valid bool

	// SE is the slope's standard error and Low..High its 95% interval
	// from Student's t with N-2 degrees of freedom, all in points per 30
	// days; they mean something only when HasInterval (three points or
	// more). Days is the span of the points. Heading is what may be
	// claimed (trend_interval.go).
	SE, Low, High float64
	HasInterval   bool
	Days          float64
	Heading       Heading
}

// FitTrend fits y = a + b t by ordinary least squares, with t in units of
// 30 days: b = sum((t - mean t)(y - mean y)) / sum((t - mean t)^2).
func FitTrend(points []Point) Trend {
	tr := Trend{N: len(points), Heading: TrendTooFew}
	if len(points) > 0 {
		tr.Days = float64(span(points)) / float64(24*time.Hour)
	}
	if len(points) < 2 || span(points) < MinTrendSpan {
		return tr
	}
	origin := points[0].At
	var mt, my float64
	ts := make([]float64, len(points))
	for i, p := range points {
		ts[i] = float64(p.At.Sub(origin)) / float64(Month)
		mt += ts[i]
		my += p.Value
	}
	n := float64(len(points))
	mt, my = mt/n, my/n
	var sxy, sxx float64
	for i, p := range points {
		sxy += (ts[i] - mt) * (p.Value - my)
		sxx += (ts[i] - mt) * (ts[i] - mt)
	}
	tr.Slope = sxy / sxx
	tr.Valid = true
	tr.addInterval(ts, points, mt, my, sxx)
	return tr
}

// span is the time between the earliest and the latest point.
func span(points []Point) time.Duration {
	first, last := points[0].At, points[0].At
	for _, p := range points[1:] {
		if p.At.Before(first) {
			first = p.At
		}
		if p.At.After(last) {
			last = p.At
		}
	}
	return last.Sub(first)
}

// Direction describes a trend in words: "rising about 4 points a month",
// "falling about 2 points a month", "holding steady".
func (t Trend) Direction() string {
	if !t.Valid {
		return "not enough check-ins for a trend"
	}
	return t.phrase("rising", "falling", "holding steady")
}

// verb is Direction as the verb of a plural subject: "rise about 4 points
// a month", "hold steady".
func (t Trend) verb() string {
	return t.phrase("rise", "fall", "hold steady")
}

func (t Trend) phrase(up, down, steady string) string {
	points := math.Round(math.Abs(t.Slope))
	unit := "points"
	if points == 1 {
		unit = "point"
	}
	switch {
	case math.Abs(t.Slope) < SteadySlope:
		return steady
	case t.Slope > 0:
		return fmt.Sprintf("%s about %.0f %s a month", up, points, unit)
	default:
		return fmt.Sprintf("%s about %.0f %s a month", down, points, unit)
	}
}

// TrendSentence sums up two trends in one sentence, naming each side by
// the short word given ("relationships", "results"), and flags the pattern
// this stage of leadership warns about: one side bought with the other.
func TrendSentence(relName string, rel Trend, resName string, res Trend) string {
	if !rel.Valid || !res.Valid {
		return "A trend needs check-ins at least two weeks apart."
	}
	s := fmt.Sprintf("%s are %s while %s %s.", capitalise(resName), res.Direction(), relName, rel.verb())
	if math.Abs(rel.Slope) < SteadySlope && math.Abs(res.Slope) < SteadySlope {
		s = fmt.Sprintf("%s and %s are both holding steady.", capitalise(resName), relName)
	}
	switch {
	case res.Slope >= SteadySlope && rel.Slope <= -SteadySlope:
		s += " Results may be coming at the expense of relationships: the trap of this stage."
	case rel.Slope >= SteadySlope && res.Slope <= -SteadySlope:
		s += " The team may be comfortable while delivery slips."
	case rel.Slope >= SteadySlope && res.Slope >= SteadySlope:
		s += " Both are growing together."
	}
	return s
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
