package store

import (
	"math"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// Nearly every stored check-in is sound, and checkValues and scorer.check
// spend most of their time on what only a problem needs: ids sorted to
// name problems in order, messages, a questionnaire's items walked again
// for each facet. clean makes the same checks with none of that, and only
// a check-in it cannot pass goes through them, which then name what is
// wrong. It never passes what they would fault (TestCleanAgreesWithChecks).

// ready is what a recordChecker keeps of each kept questionnaire to check
// check-ins against it: its scoring, margins, statements, and how many
// different dimension and facet ids it has. It is one goroutine's: the
// result of the last check-in scored is reused for the next.
type ready struct {
	scoring        *assessment.Scoring
	dims, facets   map[string]float64 // margins, from ScoresMargins
	nDims, nFacets int
	items          map[string]bool   // the ids of its statements
	res            assessment.Result // the last check-in's, its maps free again
}

func readyFor(q *assessment.Questionnaire) *ready {
	r := &ready{scoring: assessment.NewScoring(q), items: map[string]bool{}}
	for _, it := range q.Items {
		r.items[it.ID] = true
	}
	r.dims, r.facets = assessment.ScoresMargins(q)
	ids := map[string]bool{}
	for _, d := range q.Dimensions {
		ids[d.ID] = true
	}
	r.nDims = len(ids)
	clear(ids)
	for _, f := range q.Facets {
		ids[f.ID] = true
	}
	r.nFacets = len(ids)
	return r
}

// clean reports whether checkValues (at now) and, when q was kept,
// scorer.check find nothing in rec; rq is readyFor(q).
func clean(rec assessment.CheckIn, now time.Time, q *assessment.Questionnaire, rq *ready) bool {
	if !valuesClean(rec, now) {
		return false
	}
	return q == nil || scoringClean(q, rq, rec)
}

// valuesClean is checkValues finding nothing.
func valuesClean(r assessment.CheckIn, now time.Time) bool {
	if r.TakenAt.IsZero() || !now.IsZero() && r.TakenAt.After(now.Add(clockSlack)) {
		return false
	}
	for _, s := range r.Scores.Dimensions {
		if !inRange(s, 0, 100) {
			return false
		}
	}
	for _, s := range r.Scores.Facets {
		if !inRange(s, 0, 100) {
			return false
		}
	}
	d := r.DurationSeconds
	return inRange(r.Scores.Balance, -100, 100) &&
		!math.IsNaN(d) && !math.IsInf(d, 0) && d <= maxDurationSeconds
}

// inRange is checkRange finding nothing.
func inRange(s assessment.Score, lo, hi float64) bool {
	v := s.Value
	return !s.Valid || !math.IsNaN(v) && !math.IsInf(v, 0) && v >= lo && v <= hi
}

// scoringClean is scorer.check finding nothing.
func scoringClean(q *assessment.Questionnaire, rq *ready, r assessment.CheckIn) bool {
	for id, x := range r.Answers { // answersFit, without a walk of q.Items for each
		if !rq.items[id] || !answerFits(q, x) {
			return false
		}
	}
	// Every id of q has a score, so any score more is one q does not have.
	if len(r.Scores.Dimensions) != rq.nDims || len(r.Scores.Facets) != rq.nFacets {
		return false
	}
	rq.scoring.EvaluateInto(&rq.res, r.Answers, nil)
	res := &rq.res
	for _, d := range q.Dimensions {
		s, ok := r.Scores.Dimensions[d.ID]
		if !ok || !sameScoreAs(s, res.Dimensions[d.ID]) {
			return false
		}
	}
	for _, f := range q.Facets {
		s, ok := r.Scores.Facets[f.ID]
		if !ok || !sameScoreAs(s, res.Facets[f.ID]) {
			return false
		}
	}
	return sameScoreAs(r.Scores.Balance, res.Balance) &&
		(r.Scores.Margins == nil || marginsMatch(r.Scores.Margins, rq.dims)) &&
		(r.Scores.FacetMargins == nil || marginsMatch(r.Scores.FacetMargins, rq.facets)) &&
		sameProfileAs(r.Profile, res.Profile) &&
		warningsMatch(r.Warnings, res.Warnings)
}

// sameScoreAs is compareScore finding nothing.
func sameScoreAs(stored, want assessment.Score) bool {
	same := math.Abs(stored.Value-want.Value) <= scoreTolerance &&
		(stored.Value != 0 || math.Signbit(stored.Value) == math.Signbit(want.Value))
	return stored.Valid == want.Valid && (!want.Valid || same)
}

// sameProfileAs is the profiles' names (profileName) being the same.
func sameProfileAs(stored *assessment.ProfileRef, want *assessment.Profile) bool {
	if stored == nil || want == nil {
		return stored == nil && want == nil
	}
	return stored.ID == want.ID && stored.Name == want.Name
}

// warningsMatch is checkWarnings(stored, expectedWarnings(stored,
// recomputed)) finding nothing: a too-fast warning, at most one and as
// leadcheck writes it, aside, the stored warnings are the recomputed
// ones, code and text, in order; selective skipping may be missing
// unless it is stored.
func warningsMatch(stored, recomputed []assessment.Warning) bool {
	selective := false
	for _, w := range stored {
		selective = selective || w.Code == assessment.WarnSelectiveSkipping
	}
	next := func(j int) int { // the next recomputed warning expected
		for j < len(recomputed) && !selective && recomputed[j].Code == assessment.WarnSelectiveSkipping {
			j++
		}
		return j
	}
	fast, j := false, next(0)
	for _, w := range stored {
		if w.Code == assessment.WarnTooFast {
			if fast || !assessment.IsTooFast(w) {
				return false
			}
			fast = true
			continue
		}
		if j == len(recomputed) || recomputed[j].Code != w.Code || recomputed[j].Message != w.Message {
			return false
		}
		j = next(j + 1)
	}
	return j == len(recomputed)
}
