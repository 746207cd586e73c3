package assessment

// Scoring is a questionnaire made ready to score many sets of answers, as
// doctor does for every stored check-in: the items of each facet and
// dimension are picked out once, rather than by a walk of every item for
// each facet and dimension of each set. It scores exactly as Evaluate
// does, over the same items in the same order.
type Scoring struct {
	q      *Questionnaire
	facets [][]int // the indexes in q.Items of the items of q.Facets[i], in order
	dims   [][]int // those of q.Dimensions[i], likewise
}

// NewScoring readies q for scoring.
func NewScoring(q *Questionnaire) *Scoring {
	s := &Scoring{q: q, facets: make([][]int, len(q.Facets)), dims: make([][]int, len(q.Dimensions))}
	dimOf := make(map[string]string, len(q.Facets))
	for _, f := range q.Facets {
		dimOf[f.ID] = f.Dimension
	}
	for i, it := range q.Items {
		for j, f := range q.Facets {
			if it.Facet == f.ID {
				s.facets[j] = append(s.facets[j], i)
			}
		}
		for j, d := range q.Dimensions {
			if dimOf[it.Facet] == d.ID {
				s.dims[j] = append(s.dims[j], i)
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
	var room [64]givenAnswer // a questionnaire has at most 30 items
	g := q.given(a, room[:0])
	for i, f := range q.Facets {
		var cov Coverage
		res.Facets[f.ID], cov = q.pompAt(s.facets[i], g)
		res.FacetCoverage[f.ID] = cov
	}
	for i, d := range q.Dimensions {
		var cov Coverage
		res.Dimensions[d.ID], cov = q.pompAt(s.dims[i], g)
		res.Coverage[d.ID] = cov
	}
	q.finish(res, g, a, t)
}
