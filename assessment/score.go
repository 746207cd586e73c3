package assessment

import (
	"math"
)

// Evaluate scores a set of answers. Answers must already be valid for q
// (see Questionnaire.CheckAnswers); items without an answer count as
// skipped. Timings may be nil.
func Evaluate(q *Questionnaire, a Answers, t Timings) Result {
	res := q.newResult()
	var room [64]givenAnswer // a questionnaire has at most 30 items
	g := q.given(a, room[:0])
	// Scored in place over q.Items, not over copies of each facet's and
	// dimension's items: an import scores every check-in it verifies.
	dimOf := make(map[string]string, len(q.Facets))
	for _, f := range q.Facets {
		dimOf[f.ID] = f.Dimension
	}
	for _, f := range q.Facets {
		var cov Coverage
		res.Facets[f.ID], cov = q.pompWhere(func(it *Item) bool { return it.Facet == f.ID }, g)
		res.FacetCoverage[f.ID] = cov
	}
	for _, d := range q.Dimensions {
		var cov Coverage
		res.Dimensions[d.ID], cov = q.pompWhere(func(it *Item) bool { return dimOf[it.Facet] == d.ID }, g)
		res.Coverage[d.ID] = cov
	}
	q.finish(&res, g, a, t)
	return res
}

// finish gives res, scored in its facets and dimensions, its balance,
// profile and warnings, from the answers a, each also looked up in g.
func (q *Questionnaire) finish(res *Result, g given, a Answers, t Timings) {
	rel := res.Dimensions[q.RelationshipsDimension().ID]
	out := res.Dimensions[q.ResultsDimension().ID]
	if rel.Valid && out.Valid {
		res.Balance = Scored(out.Value - rel.Value)
		res.Profile = q.ProfileFor(rel.Value, out.Value)
	}
	res.Warnings = q.check(g, a, t)
	res.WithholdAdvice = straightLined(res.Warnings)
}

func (q *Questionnaire) newResult() Result {
	return Result{
		Dimensions:    make(map[string]Score, len(q.Dimensions)),
		Facets:        make(map[string]Score, len(q.Facets)),
		Coverage:      make(map[string]Coverage, len(q.Dimensions)),
		FacetCoverage: make(map[string]Coverage, len(q.Facets)),
	}
}

// Keyed turns a raw answer into its scored value: reverse-keyed items score
// min + max - x, so agreeing with "I postponed a hard conversation" counts
// against the facet.
func (q *Questionnaire) Keyed(it Item, x int) int {
	if it.Reverse {
		return q.Scale.Min + q.Scale.Max - x
	}
	return x
}

// pomp is the percent-of-maximum-possible score of the answered items:
// 100 * (mean - min) / (max - min). It is unscored when fewer than
// MinCoverage of the items were answered; "did not come up" is not an
// answer on the scale and counts as unanswered here.
func (q *Questionnaire) pomp(items []Item, a Answers) (Score, Coverage) {
	return pompOver(q, len(items), func(i int) (*Item, int, bool) {
		x, ok := a[items[i].ID]
		return &items[i], x, ok
	})
}

// pompWhere is pomp over the items of q for which in is true, their
// answers in g.
func (q *Questionnaire) pompWhere(in func(it *Item) bool, g given) (Score, Coverage) {
	var picked [64]int // a questionnaire has at most 30 items
	list := picked[:0]
	for i := range q.Items {
		if in(&q.Items[i]) {
			list = append(list, i)
		}
	}
	return q.pompAt(list, g)
}

// pompAt is pomp over the items of q at the indexes in list, their
// answers in g.
func (q *Questionnaire) pompAt(list []int, g given) (Score, Coverage) {
	return pompOver(q, len(list), func(i int) (*Item, int, bool) {
		j := list[i]
		return &q.Items[j], g[j].x, g[j].ok
	})
}

// pompOver is pomp over n items, the i-th and its answer (ok false when
// it was skipped) given by answer.
func pompOver(q *Questionnaire, n int, answer func(i int) (it *Item, x int, ok bool)) (Score, Coverage) {
	cov := Coverage{Total: n}
	sum := 0
	for i := range n {
		it, x, ok := answer(i)
		switch {
		case !ok:
			cov.Skipped++
		case x == NotApplicable:
			cov.NotApplicable++
		default:
			sum += q.Keyed(*it, x)
			cov.Answered++
		}
	}
	cov.Needed = max(0, needed(cov.Total)-cov.Answered)
	if cov.Total == 0 || cov.Needed > 0 {
		return Score{}, cov
	}
	mean := float64(sum) / float64(cov.Answered)
	span := float64(q.Scale.Max - q.Scale.Min)
	return Scored(100 * (mean - float64(q.Scale.Min)) / span), cov
}

// needed is the smallest number of answers that covers MinCoverage of n
// items: ceil(0.75 n), computed in integers so 12 items need exactly 9.
func needed(n int) int { return (3*n + 3) / 4 }

func (q *Questionnaire) itemsOfFacet(facet string) []Item {
	var out []Item
	for _, it := range q.Items {
		if it.Facet == facet {
			out = append(out, it)
		}
	}
	return out
}

// ProfileFor returns the first profile whose ranges hold both scores, or
// nil when none does.
func (q *Questionnaire) ProfileFor(relationships, results float64) *Profile {
	for i := range q.Profiles {
		p := &q.Profiles[i]
		if p.Relationships.Contains(relationships) && p.Results.Contains(results) {
			return p
		}
	}
	return nil
}

// round2 keeps two decimals, for messages only; stored scores are never
// rounded.
func round2(x float64) float64 { return math.Round(x*100) / 100 }
