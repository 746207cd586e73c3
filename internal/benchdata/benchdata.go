// Package benchdata makes a long, realistic history of check-ins for
// benchmarks: answers that drift over the years, notes on some check-ins,
// commitments and their reviews on others, on dates a couple of days apart
// with jitter. It is deterministic, so every run measures the same data.
//
// It is used by the benchmarks of store, tui and cli and by scripts/bench
// (through the gendb command beside it); leadcheck itself never imports it.
// It imports assessment and store, to build and save the check-ins.
package benchdata

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// N is the size of the history the benchmarks measure.
const N = 10000

// End is when the generated history ends: the day before the figures in
// BENCHMARKS.md were measured, so every check-in is in the past.
var End = time.Date(2026, time.November, 28, 17, 30, 0, 0, time.UTC)

// zone is where the imaginary leader lives (Central European winter time):
// dates show in it, as they would for a real history.
var zone = time.FixedZone("", 3600)

// Questionnaire reads the real questionnaire, questions.yaml at the root
// of the module.
func Questionnaire() (*assessment.Questionnaire, error) {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return nil, fmt.Errorf("benchdata: cannot find the module root")
	}
	path := filepath.Join(filepath.Dir(file), "..", "..", "questions.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("benchdata: %w", err)
	}
	return assessment.Parse(path, data)
}

// Records is a history of n check-ins with q, oldest first, ending near
// end, each with its ID set as Save would set it. Check-ins are about two
// days apart: ten thousand of them then span 55 years, the most that fits
// after 1970, where the store's keys begin.
func Records(q *assessment.Questionnaire, n int, end time.Time) []assessment.CheckIn {
	rng := rand.New(rand.NewPCG(1, 2))
	at := times(rng, n, end)
	d := newDrift(q)
	recs := make([]assessment.CheckIn, n)
	var prev *assessment.CheckIn
	for i := range recs {
		d.step(rng)
		a := d.answers(q, rng)
		r := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), at[i], note(rng))
		r.ID = fmt.Sprintf("%s-%d", at[i].UTC().Format("20060102-150405"), i+1)
		if rng.IntN(10) < 7 {
			r.DurationSeconds = float64(150 + rng.IntN(300))
		}
		if rng.IntN(5) == 0 {
			r.Reflection = reflections[rng.IntN(len(reflections))]
		}
		if prev != nil {
			r.Reviews = reviews(rng, *prev)
		}
		if rng.IntN(5) < 2 {
			r.Commitments = commitments(q, rng)
		}
		recs[i] = r
		prev = &recs[i]
	}
	return recs
}

// times are n moments, oldest first, 1.5 to 2.6 days apart, in working
// hours, the last shortly before end.
func times(rng *rand.Rand, n int, end time.Time) []time.Time {
	out := make([]time.Time, n)
	t := end
	for i := n - 1; i >= 0; i-- {
		day := t.In(zone)
		hour := 8 + rng.IntN(10)
		out[i] = time.Date(day.Year(), day.Month(), day.Day(), hour, rng.IntN(60), rng.IntN(60), 0, zone)
		t = t.Add(-time.Duration(36+rng.IntN(27)) * time.Hour)
	}
	return out
}

// drift is the leader's true level on each side, on the answer scale, a
// random walk pulled back towards the middle, with a slow swing between
// the two sides over years, and a fixed lean per facet.
type drift struct {
	dims  []string           // relationships, results
	level map[string]float64 // by dimension
	facet map[string]float64 // offset by facet
	steps int                // taken so far
}

func newDrift(q *assessment.Questionnaire) *drift {
	d := &drift{level: map[string]float64{}, facet: map[string]float64{}}
	mid := float64(q.Scale.Min+q.Scale.Max) / 2
	for _, dim := range q.Dimensions {
		d.level[dim.ID] = mid
		d.dims = append(d.dims, dim.ID)
	}
	for i, f := range q.Facets {
		d.facet[f.ID] = float64(i%3-1) * 0.3
	}
	return d
}

func (d *drift) step(rng *rand.Rand) {
	d.steps++
	swing := 0.6 * math.Sin(float64(d.steps)/400)
	// In a fixed order, so the random numbers go to the same sides.
	for i, id := range d.dims {
		v := d.level[id]
		target := 3.4 + swing
		if i == 1 { // the results side
			target = 3.4 - swing
		}
		d.level[id] = v + 0.08*(target-v) + rng.NormFloat64()*0.15
	}
}

// answers are one check-in's answers: each statement near its facet's
// level, reversed where keyed so, and now and then one left unanswered.
func (d *drift) answers(q *assessment.Questionnaire, rng *rand.Rand) assessment.Answers {
	a := make(assessment.Answers, len(q.Items))
	skip := -1
	if rng.IntN(12) == 0 {
		skip = rng.IntN(len(q.Items))
	}
	for i, it := range q.Items {
		if i == skip {
			continue
		}
		f, _ := q.Facet(it.Facet)
		x := d.level[f.Dimension] + d.facet[f.ID] + rng.NormFloat64()*0.7
		v := min(q.Scale.Max, max(q.Scale.Min, int(math.Round(x))))
		if it.Reverse {
			v = q.Scale.Min + q.Scale.Max - v
		}
		a[it.ID] = v
	}
	return a
}

// commitments are one to three facets to work on, each with a practice
// from the questionnaire and an objective in the leader's words.
func commitments(q *assessment.Questionnaire, rng *rand.Rand) []assessment.Commitment {
	out := make([]assessment.Commitment, 1+rng.IntN(3))
	for i := range out {
		f := q.Facets[rng.IntN(len(q.Facets))]
		c := assessment.Commitment{Facet: f.ID, Objective: objectives[rng.IntN(len(objectives))]}
		if len(f.Practices) > 0 {
			c.Practice = f.Practices[rng.IntN(len(f.Practices))]
		}
		out[i] = c
	}
	return out
}

// reviews say how the previous check-in's commitments went.
func reviews(rng *rand.Rand, prev assessment.CheckIn) []assessment.Review {
	var out []assessment.Review
	progress := []assessment.Progress{assessment.NotStarted, assessment.SomeProgress, assessment.SomeProgress, assessment.Done, assessment.Done}
	for _, c := range prev.Commitments {
		rv := assessment.Review{CheckIn: prev.ID, Commitment: c, Progress: progress[rng.IntN(len(progress))]}
		if rng.IntN(3) == 0 {
			rv.Note = reviewNotes[rng.IntN(len(reviewNotes))]
		}
		out = append(out, rv)
	}
	return out
}

// note is the note of about one check-in in three.
func note(rng *rand.Rand) string {
	if rng.IntN(3) != 0 {
		return ""
	}
	return notes[rng.IntN(len(notes))]
}

var notes = []string{
	"Quarter-end push; two one-to-ones slipped.",
	"Reorganisation month: two teams merged.",
	"New hire started; lots of onboarding.",
	"Quarter end. Long hours.\nTeam was tired.",
	"Quiet week.",
	"Release went out on time, but the team worked the weekend to get there.",
	"Half the team off sick; I covered a lot of the work myself.",
	"Budget review ate most of the week.",
	"Good retrospective: we changed how we hand work over between shifts.",
	"Difficult conversation with a senior engineer about missed deadlines.",
}

var reflections = []string{
	"I listened more than usual in the planning meeting and the team came up with a better plan than mine.",
	"Trust dipped after I changed priorities twice without explaining why.",
	"Results moved because we finally agreed one target per person.\nI need to keep the weekly review slot.",
	"I kept taking work back instead of coaching; next time I will hand it over and stay available.",
}

var objectives = []string{
	"By the next check-in I will have kept every one-to-one.",
	"By the next check-in I will have agreed one measurable target with each person.",
	"By the next check-in I will have handed one task I usually keep to a team member.",
	"By the next check-in I will have reviewed progress every Friday at ten.",
	"By the next check-in I will have answered every waiting decision within a day.",
}

var reviewNotes = []string{
	"Kept four of five; one moved because of travel.",
	"Started, then the release took over.",
	"Done, and the team asked to keep it.",
}
