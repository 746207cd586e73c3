package assessment

import "math"

// Whole is a score, margin, balance, facet or difference in the whole
// points a person reads, rounded half away from zero: 62.5 is 63 and
// −62.5 is −63. Every place that prints such a number rounds through it,
// so the app, the commands, the exports and the accessible mode never
// disagree by a point. (fmt's %.0f rounds half to even, 62.5 to 62, so it
// must not print a score.)
func Whole(x float64) int {
	return int(math.Round(x))
}

// WholeFloat is Whole as a float, for sums and comparisons of what is shown.
func WholeFloat(x float64) float64 {
	return math.Round(x)
}
