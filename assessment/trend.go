package assessment

import (
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"
)

// Month is the length of "a month" in trend slopes.
const Month = 30 * 24 * time.Hour

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

// Direction is what a trend lets one say about its direction, as JSON
// writes it: rising, falling, no-clear-trend or too-few.
func (t Trend) Direction() Heading {
	if t.Heading == "" || !t.Valid {
		return TrendTooFew
	}
	return t.Heading
}

// TrendSentence sums up two trends in one sentence, naming each side by
// the short word given ("relationships", "results"), and claiming a
// direction only where its interval allows (see Claim). It never names
// the trap of this stage: that is JudgeTrap's, with its reasons.
func TrendSentence(relName string, rel Trend, resName string, res Trend) string {
	if rel.Direction() == TrendTooFew || res.Direction() == TrendTooFew {
		short := rel
		if res.Direction() == TrendTooFew && (rel.Direction() != TrendTooFew || res.N < rel.N) {
			short = res
		}
		short.Heading = TrendTooFew
		return capitalise(short.Claim()) + "."
	}
	s := fmt.Sprintf("%s: %s; %s: %s.", capitalise(resName), res.Claim(), relName, rel.Claim())
	switch rh, sh := rel.Direction(), res.Direction(); {
	case rh == TrendRising && sh == TrendRising:
		s += " Both are rising together."
	case rh == TrendFalling && sh == TrendRising:
		s += fmt.Sprintf(" %s are rising while %s fall.", capitalise(resName), relName)
	case rh == TrendRising && sh == TrendFalling:
		s += fmt.Sprintf(" %s are rising while %s fall.", capitalise(relName), resName)
	}
	return s
}

func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}
