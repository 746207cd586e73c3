package assessment

import (
	"fmt"
	"slices"
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
	if len(points) == 0 {
		return fitTrend(0, 0, nil, nil)
	}
	origin := points[0].At
	return fitTrend(len(points), span(points),
		func(i int) time.Duration { return points[i].At.Sub(origin) },
		func(i int) float64 { return points[i].Value })
}

// Series is a series of scores kept as FitTrend reads them: each one's
// time as its distance from the first one's, and the time between the
// earliest and the latest. It takes half the memory of the points.
type Series struct {
	first, earliest, latest time.Time
	offsets                 []time.Duration
	values                  []float64
}

// Len is how many scores were added.
func (s *Series) Len() int { return len(s.offsets) }

// Grow makes room for n more scores.
func (s *Series) Grow(n int) {
	s.offsets, s.values = slices.Grow(s.offsets, n), slices.Grow(s.values, n)
}

// Add adds a score at a time.
func (s *Series) Add(at time.Time, value float64) {
	if len(s.offsets) == 0 {
		s.first, s.earliest, s.latest = at, at, at
	}
	if at.Before(s.earliest) {
		s.earliest = at
	}
	if at.After(s.latest) {
		s.latest = at
	}
	s.offsets, s.values = append(s.offsets, at.Sub(s.first)), append(s.values, value)
}

// Fit is FitTrend of the points added.
func (s *Series) Fit() Trend {
	return fitTrend(len(s.offsets), s.latest.Sub(s.earliest),
		func(i int) time.Duration { return s.offsets[i] },
		func(i int) float64 { return s.values[i] })
}

// fitTrend is FitTrend of n points spanning span, the i'th at offset(i)
// from the first with value(i).
func fitTrend(n int, span time.Duration, offset func(int) time.Duration, value func(int) float64) Trend {
	tr := Trend{N: n, Heading: TrendTooFew}
	if n > 0 {
		tr.Days = float64(span) / float64(24*time.Hour)
	}
	if n < 2 || span < MinTrendSpan {
		return tr
	}
	t := func(i int) float64 { return float64(offset(i)) / float64(Month) }
	var mt, my float64
	for i := range n {
		mt += t(i)
		my += value(i)
	}
	fn := float64(n)
	mt, my = mt/fn, my/fn
	var sxy, sxx float64
	for i := range n {
		sxy += (t(i) - mt) * (value(i) - my)
		sxx += (t(i) - mt) * (t(i) - mt)
	}
	tr.Slope = sxy / sxx
	tr.Valid = true
	tr.addInterval(n, t, value, mt, my, sxx)
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
