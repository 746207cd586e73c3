package assessment

// Scoring is a questionnaire made ready to score many sets of answers, as
// doctor does for every stored check-in: the items of each facet and
// dimension are picked out once, rather than by a walk of every item for
// each facet and dimension of each set. It scores exactly as Evaluate
// does, over the same items in the same order.
type Scoring struct {
	q      *Questionnaire
	facets [][]*Item // the items of q.Facets[i], in the order of q.Items
	dims   [][]*Item // the items of q.Dimensions[i], likewise
}

// NewScoring readies q for scoring.
func NewScoring(q *Questionnaire) *Scoring {
	s := &Scoring{q: q, facets: make([][]*Item, len(q.Facets)), dims: make([][]*Item, len(q.Dimensions))}
	dimOf := make(map[string]string, len(q.Facets))
	for _, f := range q.Facets {
		dimOf[f.ID] = f.Dimension
	}
	for i := range q.Items {
		it := &q.Items[i]
		for j, f := range q.Facets {
			if it.Facet == f.ID {
				s.facets[j] = append(s.facets[j], it)
			}
		}
		for j, d := range q.Dimensions {
			if dimOf[it.Facet] == d.ID {
				s.dims[j] = append(s.dims[j], it)
			}
		}
	}
	return s
}

// Evaluate is Evaluate(q, a, t) for the questionnaire s was made from.
func (s *Scoring) Evaluate(a Answers, t Timings) Result {
	res := s.q.newResult()
	s.EvaluateInto(&res, a, t)
	return res
}

// EvaluateInto is Evaluate writing over res, whose maps, when it has
// them, are cleared and filled again rather than made anew: a caller
// that scores many sets of answers and keeps none of the results spends
// less on maps than on scoring.
func (s *Scoring) EvaluateInto(res *Result, a Answers, t Timings) {
	q := s.q
	if res.Dimensions == nil || res.Facets == nil || res.Coverage == nil || res.FacetCoverage == nil {
		*res = q.newResult()
	}
	clear(res.Dimensions)
	clear(res.Facets)
	clear(res.Coverage)
	clear(res.FacetCoverage)
	*res = Result{Dimensions: res.Dimensions, Facets: res.Facets, Coverage: res.Coverage, FacetCoverage: res.FacetCoverage}
	for i, f := range q.Facets {
		items := s.facets[i]
		var cov Coverage
		res.Facets[f.ID], cov = pompOver(q, len(items), func(i int) *Item { return items[i] }, a)
		res.FacetCoverage[f.ID] = cov
	}
	for i, d := range q.Dimensions {
		items := s.dims[i]
		var cov Coverage
		res.Dimensions[d.ID], cov = pompOver(q, len(items), func(i int) *Item { return items[i] }, a)
		res.Coverage[d.ID] = cov
	}
	q.finish(res, a, t)
}
