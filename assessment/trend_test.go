package assessment

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

func TestFitTrend(t *testing.T) {
	day := func(d int, v float64) Point {
		return Point{At: time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC).Add(time.Duration(d) * 24 * time.Hour), Value: v}
	}
	tests := []struct {
		name   string
		points []Point
		slope  float64
		valid  bool
	}{
		{"none", nil, 0, false},
		{"one", []Point{day(0, 50)}, 0, false},
		{"same moment", []Point{day(3, 50), day(3, 70)}, 0, false},
		// Under two weeks apart: a slope would be noise blown up.
		{"13 days", []Point{day(0, 50), day(13, 70)}, 0, false},
		// Exactly 14 days, 14/30 of a month:
		// 20 / (14/30) = 42.857 points a month.
		{"14 days", []Point{day(0, 50), day(14, 70)}, 20 / (14.0 / 30), true},
		// +4 every 30 days exactly.
		{"steady climb", []Point{day(0, 50), day(30, 54), day(60, 58)}, 4, true},
		// t = 0, 0.5, 2 months; mean t 5/6, mean y 54; sxy = 14,
		// sxx = 13/6; slope = 14 / (13/6) = 84/13 = 6.4615.
		{"irregular spacing", []Point{day(0, 50), day(15, 50), day(60, 62)}, 84.0 / 13, true},
		{"falling", []Point{day(0, 80), day(90, 62)}, -6, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FitTrend(tt.points)
			if got.Valid != tt.valid || math.Abs(got.Slope-tt.slope) > 1e-9 || got.N != len(tt.points) {
				t.Errorf("FitTrend = %+v, want slope %v valid %v", got, tt.slope, tt.valid)
			}
		})
	}
}

func TestTrendWords(t *testing.T) {
	up4 := Trend{Slope: 4.2, Valid: true, N: 6, Days: 150, HasInterval: true, Low: 1.5, High: 6.1, Heading: TrendRising}
	down3 := Trend{Slope: -2.6, Valid: true, N: 6, Days: 150, HasInterval: true, Low: -4.1, High: -1.2, Heading: TrendFalling}
	unclear := Trend{Slope: 0.4, Valid: true, N: 6, Days: 150, HasInterval: true, Low: -3.2, High: 4, Heading: TrendUnclear}
	// Two check-ins 60 days apart: 2 more check-ins, and 30 more days.
	short := Trend{Slope: 8, Valid: true, N: 2, Days: 60, Heading: TrendTooFew}
	tests := []struct {
		rel, res Trend
		want     string
	}{
		{unclear, up4, "Results: rising about 4 points per 30 days (95% interval +1.5 to +6.1); relationships: no clear trend (95% interval −3.2 to +4.0)."},
		{down3, up4, "Results: rising about 4 points per 30 days (95% interval +1.5 to +6.1); relationships: falling about 3 points per 30 days (95% interval −4.1 to −1.2). Results are rising while relationships fall."},
		{up4, down3, "Results: falling about 3 points per 30 days (95% interval −4.1 to −1.2); relationships: rising about 4 points per 30 days (95% interval +1.5 to +6.1). Relationships are rising while results fall."},
		{up4, up4, "Results: rising about 4 points per 30 days (95% interval +1.5 to +6.1); relationships: rising about 4 points per 30 days (95% interval +1.5 to +6.1). Both are rising together."},
		{short, up4, "Too few check-ins for a trend: needs 2 more check-ins over at least 30 more days."},
		{Trend{}, Trend{}, "Too few check-ins for a trend: needs 4 more check-ins over at least 90 more days."},
	}
	for _, tt := range tests {
		if got := TrendSentence("relationships", tt.rel, "results", tt.res); got != tt.want {
			t.Errorf("TrendSentence =\n%q\nwant\n%q", got, tt.want)
		}
	}
}

// A Series fits exactly as FitTrend fits the same points, to the last
// bit: on series of every length up to a few dozen, with times out of
// order, repeated, across zones and centuries apart, and scores of every
// size.
func TestSeriesFitsAsFitTrend(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	zones := []*time.Location{time.UTC, time.FixedZone("east", 5*3600+1800), time.FixedZone("west", -7*3600)}
	base := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	for round := range 2000 {
		n := rng.IntN(40)
		var s Series
		if round%2 == 0 {
			s.Grow(n)
		}
		points := make([]Point, n)
		for i := range points {
			at := base.Add(time.Duration(rng.Int64N(int64(400*24*time.Hour))) - 50*24*time.Hour)
			switch {
			case round%7 == 0 && i > 0:
				at = points[i-1].At // the same moment twice
			case round%11 == 0:
				at = at.AddDate(rng.IntN(300)-150, 0, 0)
			}
			v := rng.Float64() * 100
			if round%5 == 0 {
				v = math.Round(v)
			}
			points[i] = Point{At: at.In(zones[rng.IntN(len(zones))]), Value: v}
			s.Add(points[i].At, v)
		}
		if s.Len() != n {
			t.Fatalf("Len %d, added %d", s.Len(), n)
		}
		if got, want := s.Fit(), FitTrend(points); got != want {
			t.Fatalf("%d points: Series fits %+v, FitTrend %+v", n, got, want)
		}
	}
}
