package assessment

import (
	"iter"
	"math"
	"slices"
)

// Evaluate scores a set of answers. Answers must already be valid for q
// (see Questionnaire.CheckAnswers); items without an answer count as
// skipped. Timings may be nil.
func Evaluate(q *Questionnaire, a Answers, t Timings) Result {
	res := Result{
		Dimensions:    make(map[string]Score, len(q.Dimensions)),
		Facets:        make(map[string]Score, len(q.Facets)),
		Coverage:      make(map[string]Coverage, len(q.Dimensions)),
		FacetCoverage: make(map[string]Coverage, len(q.Facets)),
	}
	for _, f := range q.Facets {
		var cov Coverage
		res.Facets[f.ID], cov = q.pompSeq(q.itemsWhere(func(it Item) bool { return it.Facet == f.ID }), a)
		res.FacetCoverage[f.ID] = cov
	}
	for _, d := range q.Dimensions {
		var cov Coverage
		res.Dimensions[d.ID], cov = q.pompSeq(q.itemsWhere(func(it Item) bool { return q.DimensionOf(it) == d.ID }), a)
		res.Coverage[d.ID] = cov
	}
	rel := res.Dimensions[q.RelationshipsDimension().ID]
	out := res.Dimensions[q.ResultsDimension().ID]
	if rel.Valid && out.Valid {
		res.Balance = Scored(out.Value - rel.Value)
		res.Profile = q.ProfileFor(rel.Value, out.Value)
	}
	res.Warnings = Check(q, a, t)
	res.WithholdAdvice = straightLined(res.Warnings)
	return res
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
	return q.pompSeq(slices.Values(items), a)
}

// pompSeq is pomp of items as they come: scoring ten thousand check-ins
// (doctor, import) spent most of its time copying each facet's items
// into a new slice.
func (q *Questionnaire) pompSeq(items iter.Seq[Item], a Answers) (Score, Coverage) {
	var cov Coverage
	sum := 0
	for it := range items {
		cov.Total++
		x, ok := a[it.ID]
		switch {
		case !ok:
			cov.Skipped++
		case x == NotApplicable:
			cov.NotApplicable++
		default:
			sum += q.Keyed(it, x)
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

// itemsWhere are the items keep keeps, in questionnaire order.
func (q *Questionnaire) itemsWhere(keep func(Item) bool) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, it := range q.Items {
			if keep(it) && !yield(it) {
				return
			}
		}
	}
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
