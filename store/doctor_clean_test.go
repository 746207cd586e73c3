package store

import (
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestCleanAgreesWithChecks: clean passes a check-in exactly when
// checkValues and scorer.check find nothing in it, for sound check-ins of
// both questionnaires (with and without data-quality warnings) spoiled in
// one way or two.
func TestCleanAgreesWithChecks(t *testing.T) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	real, err := assessment.Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	real.Hash = "sha256:real"
	now := date(30, 0, 0, 0)
	rng := rand.New(rand.NewPCG(3, 4))
	var bases []assessment.CheckIn
	for range 12 {
		a := assessment.Answers{}
		for i, it := range real.Items {
			switch r := rng.IntN(12); {
			case r == 0: // skipped
			case r == 1:
				a[it.ID] = assessment.NotApplicable
			case len(bases)%5 == 0:
				a[it.ID] = real.Scale.Min + i%2 // barely varies
			default:
				a[it.ID] = real.Scale.Min + rng.IntN(real.Scale.Points())
			}
		}
		bases = append(bases, assessment.NewCheckIn(real, a, assessment.Evaluate(real, a, nil), date(1, 9, 0, 0), "n"))
	}
	codes := map[string]bool{}
	for _, b := range bases {
		for _, w := range b.Warnings {
			codes[w.Code] = true
		}
	}
	if len(codes) < 2 {
		t.Fatalf("the sound check-ins carry only the warnings %v", codes)
	}
	spoils := spoilers()
	cases := 0
	for bi, base := range append(bases, newTestRecord(date(1, 9, 0, 0), "")) {
		q := real
		if bi == len(bases) {
			q = testQuestionnaire()
		}
		rq := readyFor(q)
		for i := -1; i < len(spoils); i++ {
			for j := i; j < len(spoils); j++ {
				r := copyRecord(base)
				if i >= 0 {
					spoils[i](&r, q)
				}
				if j > i {
					spoils[j](&r, q)
				}
				for _, kept := range []*assessment.Questionnaire{q, nil} {
					ps := checkValues(r, now)
					if kept != nil {
						ps = append(ps, scorer{}.check(kept, r)...)
					}
					if got := clean(r, now, kept, rq); got != (len(ps) == 0) {
						t.Fatalf("base %d, spoilt by %d and %d: clean = %v, but the checks find %v", bi, i, j, got, ps)
					}
					cases++
				}
			}
		}
	}
	if cases < 1000 {
		t.Fatalf("only %d cases", cases)
	}
}

// copyRecord copies what spoilers change, so that each spoils its own.
func copyRecord(r assessment.CheckIn) assessment.CheckIn {
	c := r
	c.Answers = cloneMap(r.Answers)
	c.Scores.Dimensions = cloneMap(r.Scores.Dimensions)
	c.Scores.Facets = cloneMap(r.Scores.Facets)
	c.Scores.Margins = cloneMap(r.Scores.Margins)
	c.Scores.FacetMargins = cloneMap(r.Scores.FacetMargins)
	c.Warnings = slices.Clone(r.Warnings)
	if r.Profile != nil {
		p := *r.Profile
		c.Profile = &p
	}
	return c
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	c := make(map[K]V, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// spoilers are ways a stored check-in can be wrong, or right though
// unusual, each in one thing.
func spoilers() []func(r *assessment.CheckIn, q *assessment.Questionnaire) {
	dim := func(q *assessment.Questionnaire) string { return q.Dimensions[0].ID }
	facet := func(q *assessment.Questionnaire) string { return q.Facets[0].ID }
	margins := func(r *assessment.CheckIn) { // after a spoiler that drops them
		if r.Scores.Margins == nil {
			r.Scores.Margins, r.Scores.FacetMargins = map[string]float64{}, map[string]float64{}
		}
	}
	type R = assessment.CheckIn
	type Q = assessment.Questionnaire
	return []func(*R, *Q){
		func(r *R, q *Q) { r.Scores.Dimensions[dim(q)] = assessment.Scored(99.5) },
		func(r *R, q *Q) { r.Scores.Dimensions[dim(q)] = assessment.Scored(-5000) },
		func(r *R, q *Q) { r.Scores.Dimensions[dim(q)] = assessment.Score{} },
		func(r *R, q *Q) {
			s := r.Scores.Dimensions[dim(q)]
			r.Scores.Dimensions[dim(q)] = assessment.Scored(s.Value + 1e-12) // float noise
		},
		func(r *R, q *Q) { r.Scores.Dimensions[dim(q)] = assessment.Scored(math.Copysign(0, -1)) },
		func(r *R, q *Q) { delete(r.Scores.Dimensions, dim(q)) },
		func(r *R, q *Q) { r.Scores.Dimensions["charm"] = assessment.Scored(10) },
		func(r *R, q *Q) { r.Scores.Dimensions["charm"] = assessment.Score{} },
		func(r *R, q *Q) { r.Scores.Facets[facet(q)] = assessment.Scored(1e308) },
		func(r *R, q *Q) { r.Scores.Facets[facet(q)] = assessment.Scored(math.NaN()) },
		func(r *R, q *Q) { delete(r.Scores.Facets, facet(q)) },
		func(r *R, q *Q) { r.Scores.Facets["charm"] = assessment.Scored(10) },
		func(r *R, q *Q) { r.Scores.Facets[facet(q)] = assessment.Score{} },
		func(r *R, q *Q) { r.Scores.Balance = assessment.Scored(math.NaN()) },
		func(r *R, q *Q) { r.Scores.Balance = assessment.Scored(math.Inf(-1)) },
		func(r *R, q *Q) { r.Scores.Balance = assessment.Scored(150) },
		func(r *R, q *Q) { r.Scores.Balance = assessment.Scored(r.Scores.Balance.Value + 1) },
		func(r *R, q *Q) { r.Scores.Balance = assessment.Score{} },
		func(r *R, q *Q) { r.Profile = &assessment.ProfileRef{ID: "saint", Name: "Saint"} },
		func(r *R, q *Q) { r.Profile = nil },
		func(r *R, q *Q) {
			if r.Profile != nil {
				r.Profile.Name = "Hero"
			}
		},
		func(r *R, q *Q) { r.Warnings = append(r.Warnings, assessment.Warning{Code: "low-spread"}) },
		func(r *R, q *Q) { r.Warnings = nil },
		func(r *R, q *Q) { slices.Reverse(r.Warnings) },
		func(r *R, q *Q) {
			for i := range r.Warnings {
				r.Warnings[i].Message += "!"
			}
		},
		func(r *R, q *Q) {
			r.Warnings = slices.DeleteFunc(r.Warnings, func(w assessment.Warning) bool { return w.Code == assessment.WarnSelectiveSkipping })
		},
		func(r *R, q *Q) {
			r.Warnings = append(r.Warnings, assessment.Warning{Code: assessment.WarnSelectiveSkipping})
		},
		func(r *R, q *Q) {
			r.Warnings = append(r.Warnings, assessment.Warning{Code: assessment.WarnTooFast, Message: tooFastText})
		},
		func(r *R, q *Q) {
			r.Warnings = append([]assessment.Warning{{Code: assessment.WarnTooFast, Message: tooFastText}}, r.Warnings...)
		},
		func(r *R, q *Q) {
			r.Warnings = append(r.Warnings, assessment.Warning{Code: assessment.WarnTooFast, Message: strings.Replace(tooFastText, "0.4", "9.0", 1)})
		},
		func(r *R, q *Q) {
			r.Warnings = append(r.Warnings, assessment.Warning{Code: assessment.WarnTooFast, Message: "quick"})
		},
		func(r *R, q *Q) { r.Scores.Margins, r.Scores.FacetMargins = nil, nil },
		func(r *R, q *Q) { margins(r); r.Scores.Margins[assessment.MarginKeyBalance] = 5 },
		func(r *R, q *Q) { margins(r); r.Scores.Margins["charm"] = 5 },
		func(r *R, q *Q) { delete(r.Scores.FacetMargins, facet(q)) },
		func(r *R, q *Q) { margins(r); r.Scores.FacetMargins[facet(q)] = math.NaN() },
		func(r *R, q *Q) { r.DurationSeconds = 1e308 },
		func(r *R, q *Q) { r.DurationSeconds = math.NaN() },
		func(r *R, q *Q) { r.DurationSeconds = 40 * 24 * 3600 },
		func(r *R, q *Q) { r.Answers[q.Items[0].ID] = 9 },
		func(r *R, q *Q) { r.Answers[q.Items[0].ID] = assessment.NotApplicable },
		func(r *R, q *Q) { delete(r.Answers, q.Items[0].ID) },
		func(r *R, q *Q) { r.Answers["x1"] = 3 },
		func(r *R, q *Q) { r.TakenAt = date(30, 0, 0, 1) },
		func(r *R, q *Q) { r.TakenAt = time.Time{} },
	}
}
