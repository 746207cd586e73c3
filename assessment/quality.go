package assessment

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// Thresholds of the data-quality checks. They are deliberately lenient: a
// warning asks the person to look again, so a false alarm costs more trust
// than a missed one.
const (
	// StraightLineRun is the run of identical answers, in the order the
	// statements were shown, that counts as straight-lining.
	StraightLineRun = 10
	// LowSpreadSD is the standard deviation of raw answers, in scale
	// points, below which the answers barely vary.
	LowSpreadSD = 0.5
	// MinAnswersForSpread is how many answers the spread checks need.
	MinAnswersForSpread = 8
	// FastMedian is the median time per statement below which the
	// statements cannot have been read and weighed: at a typical 200 to
	// 250 words a minute, a statement of fifteen words takes about four
	// seconds to read, so a typical answer under two seconds came before
	// the statement was finished.
	FastMedian = 2 * time.Second
)

// Check runs the data-quality checks on a set of answers. Timings may be
// nil; the speed check then does not run.
func Check(q *Questionnaire, a Answers, t Timings) []Warning {
	var room [64]givenAnswer // a questionnaire has at most 30 items: no allocation
	return q.check(q.given(a, room[:0]), a, t)
}

// check is Check with each statement's answer looked up once, in g.
func (q *Questionnaire) check(g given, a Answers, t Timings) []Warning {
	var room [64]int
	raw := room[:0]
	for _, ga := range g {
		if x, ok := ga.onScale(); ok {
			raw = append(raw, x)
		}
	}
	warnings := []Warning{}
	if run, x := longestRun(raw); run >= StraightLineRun {
		warnings = append(warnings, Warning{WarnStraightLining, fmt.Sprintf(
			"You gave the same answer (%s) to %d statements in a row. If that was quick clicking rather than a considered view, the scores will not mean much.",
			q.Scale.Label(x), run)})
	} else if len(raw) >= MinAnswersForSpread && stddev(raw) < LowSpreadSD {
		warnings = append(warnings, Warning{WarnLowSpread, fmt.Sprintf(
			"Your answers barely vary (spread %.2f points). Scores only show a pattern when some statements fit you better than others.",
			round2(stddev(raw)))})
	}
	if w, ok := q.keyingBias(g); ok {
		warnings = append(warnings, w)
	}
	if w, ok := tooFast(a, t); ok {
		warnings = append(warnings, w)
	}
	if w, ok := q.selectiveSkipping(g); ok {
		warnings = append(warnings, w)
	}
	return warnings
}

// keyingBias looks for agreement (or disagreement) with statements and with
// their reversals alike: a consistent person cannot both keep and postpone
// the same kind of promise, so high raw means on both sides suggest a habit
// of agreeing rather than a view.
func (q *Questionnaire) keyingBias(g given) (Warning, bool) {
	var roomF, roomR [64]int // as in Check
	fwd, rev := roomF[:0], roomR[:0]
	for i, ga := range g {
		x, ok := ga.onScale()
		if !ok {
			continue
		}
		if q.Items[i].Reverse {
			rev = append(rev, x)
		} else {
			fwd = append(fwd, x)
		}
	}
	if len(fwd) < 2 || len(rev) < 2 {
		return Warning{}, false
	}
	quarter := float64(q.Scale.Max-q.Scale.Min) / 4
	mid := float64(q.Scale.Min+q.Scale.Max) / 2
	mf, mr := mean(fwd), mean(rev)
	switch {
	case mf >= mid+quarter && mr >= mid+quarter:
		return Warning{WarnAcquiescence, fmt.Sprintf(
			"You agreed with most statements and also with most of their opposites (average %.1f and %.1f). Read the reversed statements again: some describe what you avoided.",
			mf, mr)}, true
	case mf <= mid-quarter && mr <= mid-quarter:
		return Warning{WarnNaySaying, fmt.Sprintf(
			"You disagreed with most statements and also with most of their opposites (average %.1f and %.1f). Read them again: some describe what you did.",
			mf, mr)}, true
	}
	return Warning{}, false
}

// tooFast flags a median answering time below FastMedian, counted only over
// items that have both an answer and a timing ("did not come up" counts:
// the statement had to be read to give it).
func tooFast(a Answers, t Timings) (Warning, bool) {
	var ds []time.Duration
	for id, d := range t {
		if _, ok := a[id]; ok {
			ds = append(ds, d)
		}
	}
	if len(ds) < MinAnswersForSpread {
		return Warning{}, false
	}
	slices.Sort(ds)
	med := ds[len(ds)/2]
	if len(ds)%2 == 0 {
		med = (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
	}
	if med >= FastMedian {
		return Warning{}, false
	}
	return tooFastWarning(med.Seconds()), true
}

func tooFastWarning(seconds float64) Warning {
	return Warning{WarnTooFast, fmt.Sprintf(
		"Your typical answer took %.1f s; reading a statement carefully takes a few seconds. Fast answers tend to follow habit rather than the last few weeks.",
		seconds)}
}

// IsTooFast reports whether w is a too-fast warning as Evaluate writes it,
// for a typical time under FastMedian. The timings behind it are not kept,
// so this is all that can be checked of a stored one: that it is not some
// other text under that code.
func IsTooFast(w Warning) bool {
	var seconds float64
	if w.Code != WarnTooFast {
		return false
	}
	if _, err := fmt.Sscanf(w.Message, "Your typical answer took %f s;", &seconds); err != nil {
		return false
	}
	// A median just under FastMedian is written rounded up, as 2.0.
	if !(seconds >= 0 && seconds <= FastMedian.Seconds()) {
		return false
	}
	return tooFastWarning(seconds).Message == w.Message
}

// longestRun returns the length of the longest run of equal values and the
// value repeated.
func longestRun(xs []int) (int, int) {
	best, val, run := 0, 0, 0
	for i, x := range xs {
		if i > 0 && x == xs[i-1] {
			run++
		} else {
			run = 1
		}
		if run > best {
			best, val = run, x
		}
	}
	return best, val
}

func mean(xs []int) float64 {
	s := 0
	for _, x := range xs {
		s += x
	}
	return float64(s) / float64(len(xs))
}

// stddev is the population standard deviation.
func stddev(xs []int) float64 {
	m := mean(xs)
	ss := 0.0
	for _, x := range xs {
		ss += (float64(x) - m) * (float64(x) - m)
	}
	return math.Sqrt(ss / float64(len(xs)))
}
