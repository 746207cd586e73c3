package assessment

import (
	"math"
	"strings"
)

// How a group of observers scored a set of statements: a dimension, a
// facet, or the whole group of one role.

// OthersScore is the observers' score of a dimension or facet with its
// 95% margin, and N, how many observers answered enough of it to have a
// score of their own. Margin is unscored below GroupFloor such observers.
type OthersScore struct {
	Score  Score `json:"score"`
	Margin Score `json:"margin"`
	N      int   `json:"n"`
}

// observed is a group's answers to a set of statements, summed up.
type observed struct {
	// score is the POMP score of the mean keyed rating per statement.
	score Score
	// each holds the POMP score of every observer who answered enough of
	// the statements (MinCoverage) to have one.
	each []float64
}

// observe scores statements items over responses rs. A statement counts
// when at least GroupFloor observers answered it on the scale, so no
// score carries one person's answer alone; the set is scored when enough
// of its statements count, by the same 75% rule as a check-in. Averaging
// per statement first lets an observer who skipped a statement still
// count on the others.
func (q *Questionnaire) observe(items []Item, rs []Response) observed {
	var o observed
	sum, counted := 0.0, 0
	for _, it := range items {
		if mean, n := q.itemMean(it, rs); n >= GroupFloor {
			sum += mean
			counted++
		}
	}
	if counted > 0 && counted >= needed(len(items)) {
		o.score = Scored(q.pompOf(sum / float64(counted)))
	}
	for _, r := range rs {
		if s, _ := q.pomp(items, r.Answers); s.Valid {
			o.each = append(o.each, s.Value)
		}
	}
	return o
}

// itemMean is the mean keyed rating of one statement over the observers
// who answered it on the scale, and how many they were.
func (q *Questionnaire) itemMean(it Item, rs []Response) (float64, int) {
	sum, n := 0, 0
	for _, r := range rs {
		if x, ok := r.Answers.OnScale(it.ID); ok {
			sum += q.Keyed(it, x)
			n++
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(sum) / float64(n), n
}

// pompOf puts a mean keyed rating on the 0-100 scale.
func (q *Questionnaire) pompOf(mean float64) float64 {
	return 100 * (mean - float64(q.Scale.Min)) / float64(q.Scale.Max-q.Scale.Min)
}

// others is the score with its margin, which needs GroupFloor observers
// with a score of their own.
//
// The margin is a 95% confidence interval for the mean of the observers'
// own scores: their standard error, SD / sqrt(n), times Student's t with
// n - 1 degrees of freedom. The spread between observers is the right
// error here, not the reference SEM of a self-assessment, because
// observers see different parts of a leader's week: how far they
// disagree is the main doubt about what "the team" thinks. And t, not
// 1.96, because that SD is estimated from the same handful of people:
// with 3 observers t(0.975, 2) = 4.303, more than twice 1.96, and 1.96
// would call gaps that three people cannot support.
//
// The score is the POMP of the mean per statement, the margin from the
// observers' own scores; when every observer answers every statement the
// two centres coincide (the mean of means equals the mean).
func (o observed) others() OthersScore {
	out := OthersScore{Score: o.score, N: len(o.each)}
	if sd, ok := o.agreement(); ok && o.score.Valid {
		n := float64(len(o.each))
		out.Margin = Scored(TQuantile(0.975, n-1) * sd / math.Sqrt(n))
	}
	return out
}

// agreement is the spread between observers in points: the sample
// standard deviation of their own scores, from GroupFloor observers up.
// Small means they see the leader alike; 25 points means they disagree
// by a quarter of the scale, typically.
func (o observed) agreement() (float64, bool) {
	n := len(o.each)
	if n < GroupFloor {
		return 0, false
	}
	mean := 0.0
	for _, x := range o.each {
		mean += x
	}
	mean /= float64(n)
	ss := 0.0
	for _, x := range o.each {
		ss += (x - mean) * (x - mean)
	}
	return math.Sqrt(ss / float64(n-1)), true
}

// GapLabel judges a self-other gap.
type GapLabel string

// Gap labels, as written in JSON.
const (
	// BlindSpot: the leader rates themselves above the observers, by more
	// than the observers' margin.
	BlindSpot GapLabel = "blind-spot"
	// HiddenStrength: the observers rate the leader above the leader's
	// own score, by more than their margin.
	HiddenStrength GapLabel = "hidden-strength"
	// Aligned: the difference is within the margin, so no claim is made.
	Aligned GapLabel = "aligned"
)

// Gap is self minus others, in points, and its label.
type Gap struct {
	Difference float64  `json:"difference"`
	Label      GapLabel `json:"label"`
}

// GapText is a gap as printed beside the two scores it lies between,
// "+5 aligned": the difference of the whole numbers shown, so that 63
// beside 58 reads +5, as a change between two check-ins does, where the
// exact 62.5 − 58.3 would round to +4.
func GapText(self Score, others OthersScore, g Gap) string {
	d := WholeFloat(self.Value) - WholeFloat(others.Score.Value)
	return Signed(d) + " " + strings.ReplaceAll(string(g.Label), "-", " ")
}

// JudgeGap compares the leader's score with the observers'. The margin is
// the observers' alone: the question is whether the leader's own score
// lies outside the range the team's view plausibly has, taking the
// leader's answer as what they reported. A difference exactly at the
// margin is aligned. ok is false when either score or the margin is
// missing: then no gap is claimed at all.
func JudgeGap(self Score, others OthersScore) (Gap, bool) {
	if !self.Valid || !others.Score.Valid || !others.Margin.Valid {
		return Gap{}, false
	}
	g := Gap{Difference: self.Value - others.Score.Value, Label: Aligned}
	switch {
	case g.Difference > others.Margin.Value:
		g.Label = BlindSpot
	case g.Difference < -others.Margin.Value:
		g.Label = HiddenStrength
	}
	return g, true
}
