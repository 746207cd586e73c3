package assessment

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// Report is a round's feedback set against the leader's own check-in.
// Before the round reaches its minimum it holds only the count and the
// leader's own scores: Others, Gaps, Items, Roles and Comments are nil,
// and absent from the JSON, as are the observers' parts of Facets and
// Balance. Scores are 0-100 points; gaps and agreement are in points.
type Report struct {
	Round     string           `json:"round"`
	Responses int              `json:"responses"`
	Min       int              `json:"min"`
	Self      map[string]Score `json:"self"`
	// Others and Gaps are keyed by dimension id; a gap is present only
	// where both scores and the margin are known. Others counts every
	// response, the manager's too when Roles shows it apart.
	Others map[string]OthersScore `json:"others,omitzero"`
	Gaps   map[string]Gap         `json:"gaps,omitzero"`
	Facets map[string]FacetView   `json:"facets"`
	// Items are the statements at least GroupFloor observers answered,
	// largest gap first.
	Items    []ItemView        `json:"items,omitzero"`
	Balance  BalanceView       `json:"balance"`
	Roles    map[Role]RoleView `json:"roles,omitzero"`
	Comments []Comment         `json:"comments,omitzero"`
}

// FacetView is one facet, self against others. Agreement is the spread
// between observers in points (their standard deviation), unscored
// below GroupFloor observers.
type FacetView struct {
	Dimension string       `json:"dimension"`
	Self      Score        `json:"self"`
	Others    *OthersScore `json:"others,omitempty"`
	Gap       *Gap         `json:"gap,omitempty"`
	Agreement *Score       `json:"agreement,omitempty"`
}

// ItemView is one statement: the leader's keyed answer and the observers'
// mean keyed answer, both as 0-100 points so they compare with the
// scores, and self minus others. N is how many observers answered it.
type ItemView struct {
	Item       string `json:"item"`
	Facet      string `json:"facet"`
	Self       Score  `json:"self"`
	Others     Score  `json:"others"`
	N          int    `json:"n"`
	Difference Score  `json:"difference"`
}

// BalanceView is results minus relationships, as the leader scored it
// and as the observers did.
type BalanceView struct {
	Self   Score  `json:"self"`
	Others *Score `json:"others,omitempty"`
}

// RoleView is the observers' scores of one role (see ShownRoles).
type RoleView struct {
	Responses int                    `json:"responses"`
	Others    map[string]OthersScore `json:"others"`
}

// BuildReport reports round r: q is the questionnaire it was started
// with, self the answers of its check-in (nil while there is none), rs
// every response added, and seed orders the comments (see Comments).
func BuildReport(q *Questionnaire, r Round, self Answers, rs []Response, seed uint64) (Report, error) {
	if RefOf(q) != r.Questionnaire {
		return Report{}, fmt.Errorf("round %s was started with questionnaire %s version %d (%s), not %s version %d (%s); report it with the questionnaire it was started with",
			r.ID, r.Questionnaire.ID, r.Questionnaire.Version, r.Questionnaire.Hash, q.ID, q.Version, q.Hash)
	}
	for _, resp := range rs {
		if resp.Round != r.ID || resp.Questionnaire != r.Questionnaire {
			return Report{}, fmt.Errorf("a response to round %q was given to the report of round %s; pass only the round's own responses", clip(resp.Round, 70), r.ID)
		}
	}
	mine := Evaluate(q, self, nil)
	rep := Report{
		Round: r.ID, Responses: len(rs), Min: r.MinResponses(),
		Self:    mine.Dimensions,
		Facets:  map[string]FacetView{},
		Balance: BalanceView{Self: mine.Balance},
	}
	for _, f := range q.Facets {
		rep.Facets[f.ID] = FacetView{Dimension: f.Dimension, Self: mine.Facets[f.ID]}
	}
	if !r.Reached(len(rs)) {
		return rep, nil
	}
	rep.Others, rep.Gaps = map[string]OthersScore{}, map[string]Gap{}
	for _, d := range q.Dimensions {
		o := q.observe(q.ItemsIn(d.ID), rs).others()
		rep.Others[d.ID] = o
		if g, ok := JudgeGap(mine.Dimensions[d.ID], o); ok {
			rep.Gaps[d.ID] = g
		}
	}
	for _, f := range q.Facets {
		rep.Facets[f.ID] = q.facetView(f, mine.Facets[f.ID], rs)
	}
	rel, res := rep.Others[q.RelationshipsDimension().ID].Score, rep.Others[q.ResultsDimension().ID].Score
	rep.Balance.Others = &Score{}
	if rel.Valid && res.Valid {
		*rep.Balance.Others = Scored(res.Value - rel.Value)
	}
	rep.Items = q.itemViews(self, rs)
	rep.Roles = q.roleViews(r, rs)
	rep.Comments = Comments(r, rs, seed)
	return rep, nil
}

func (q *Questionnaire) facetView(f Facet, self Score, rs []Response) FacetView {
	o := q.observe(q.itemsOfFacet(f.ID), rs)
	v := FacetView{Dimension: f.Dimension, Self: self, Agreement: &Score{}}
	others := o.others()
	v.Others = &others
	if g, ok := JudgeGap(self, others); ok {
		v.Gap = &g
	}
	if sd, ok := o.agreement(); ok {
		*v.Agreement = Scored(sd)
	}
	return v
}

// itemViews lists the statements at least GroupFloor observers answered,
// the largest gap (either way) first; those the leader skipped come last,
// in questionnaire order.
func (q *Questionnaire) itemViews(self Answers, rs []Response) []ItemView {
	out := []ItemView{}
	for _, it := range q.Items {
		mean, n := q.itemMean(it, rs)
		if n < GroupFloor {
			continue
		}
		v := ItemView{Item: it.ID, Facet: it.Facet, Others: Scored(q.pompOf(mean)), N: n}
		if x, ok := self.OnScale(it.ID); ok {
			v.Self = Scored(q.pompOf(float64(q.Keyed(it, x))))
			v.Difference = Scored(v.Self.Value - v.Others.Value)
		}
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(a, b ItemView) int {
		return cmp.Compare(gapSize(b.Difference), gapSize(a.Difference))
	})
	return out
}

func gapSize(d Score) float64 {
	if !d.Valid {
		return -1
	}
	return math.Abs(d.Value)
}

// LargestGaps are up to n statements with the largest self-other gaps.
func (rep Report) LargestGaps(n int) []ItemView {
	var out []ItemView
	for _, v := range rep.Items {
		if len(out) == n || !v.Difference.Valid {
			break
		}
		out = append(out, v)
	}
	return out
}

func (q *Questionnaire) roleViews(r Round, rs []Response) map[Role]RoleView {
	shown := ShownRoles(r, rs)
	if len(shown) == 0 {
		return nil
	}
	out := map[Role]RoleView{}
	for _, role := range shown {
		group := slices.DeleteFunc(slices.Clone(rs), func(x Response) bool { return x.Role != role })
		v := RoleView{Responses: len(group), Others: map[string]OthersScore{}}
		for _, d := range q.Dimensions {
			v.Others[d.ID] = q.observe(q.ItemsIn(d.ID), group).others()
		}
		out[role] = v
	}
	return out
}
