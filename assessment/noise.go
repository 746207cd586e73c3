package assessment

import (
	"math"
	"slices"
)

// Words that claim no more than the margins allow. Each function here takes
// a margin or a standard error and says something only when the numbers
// are clear of it.

// LeanWithin judges a balance against its margin (BalanceMargin): it leans
// to a side only when |balance| is at least the margin; anything closer to
// zero cannot be told apart from a balanced leader measured twice. The
// comparison uses the exact values, not the rounded ones a screen shows.
func LeanWithin(balance, margin float64) Lean {
	switch {
	case math.Abs(balance) < margin:
		return Balanced
	case balance > 0:
		return LeansResults
	default:
		return LeansRelationships
	}
}

// NoiseBalanceWords says where a balance leans, naming each side by its
// dimension id, the short everyday word: "leans results", "leans
// relationships" or "balanced within noise".
func NoiseBalanceWords(q *Questionnaire, balance, margin float64) string {
	switch LeanWithin(balance, margin) {
	case LeansResults:
		return "leans " + q.ResultsDimension().ID
	case LeansRelationships:
		return "leans " + q.RelationshipsDimension().ID
	}
	return "balanced within noise"
}

// WeakestFacet is the facet with the lowest score, when exactly one facet
// holds it. Scores are compared in the whole points a person sees: two
// facets shown as 50 and 50 have no weakest, even if one is 49.6. Unscored
// facets take no part.
func WeakestFacet(q *Questionnaire, scores map[string]Score) (Facet, bool) {
	var weakest Facet
	low, tied := math.Inf(1), false
	for _, f := range q.Facets {
		s := scores[f.ID]
		if !s.Valid {
			continue
		}
		switch v := WholeFloat(s.Value); {
		case v < low:
			weakest, low, tied = f, v, false
		case v == low:
			tied = true
		}
	}
	return weakest, !math.IsInf(low, 1) && !tied
}

// NearProfiles lists the profiles other than the one the scores fall in
// that the scores could fall in if each moved by up to one SEM (relSEM on
// the relationships axis, resSEM on the results axis): the profiles whose
// bands are within one SEM of the scores. They come in questionnaire
// order, for "near the boundary with <profile>".
//
// Profiles are tried in order, so a region is not simply its band; the
// box of reachable scores is probed instead at its corners and edges, at
// every band edge inside it (and a hair either side) and between
// neighbouring edges, which touches every region the box overlaps.
func NearProfiles(ps []Profile, rel, res, relSEM, resSEM float64) []Profile {
	current := firstProfile(ps, rel, res)
	xs := boxProbes(ps, rel, relSEM, func(p Profile) Range { return p.Relationships })
	ys := boxProbes(ps, res, resSEM, func(p Profile) Range { return p.Results })
	near := map[int]bool{}
	for _, x := range xs {
		for _, y := range ys {
			if i := firstProfile(ps, x, y); i >= 0 && i != current {
				near[i] = true
			}
		}
	}
	var out []Profile
	for i, p := range ps {
		if near[i] {
			out = append(out, p)
		}
	}
	return out
}

// firstProfile is the index of the profile that applies to the scores, or
// -1 when none does.
func firstProfile(ps []Profile, rel, res float64) int {
	for i, p := range ps {
		if p.Relationships.Contains(rel) && p.Results.Contains(res) {
			return i
		}
	}
	return -1
}

// boxProbes are the points to try on one axis between score - sem and
// score + sem, kept within 0..100.
func boxProbes(ps []Profile, score, sem float64, axis func(Profile) Range) []float64 {
	lo, hi := max(0, score-sem), min(100, score+sem)
	out := []float64{lo, score, hi}
	for _, x := range probes(ps, axis) {
		if x >= lo && x <= hi {
			out = append(out, x)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// ChangeVerdict judges the change between two scores by the reliable
// change index with ref's values (defaults where it gives none). It is
// empty when either score is missing: nothing is claimed either way.
func ChangeVerdict(ref Reference, from, to Score) Verdict {
	if !from.Valid || !to.Valid {
		return ""
	}
	ref = ref.withDefaults()
	return Judge(RCI(from.Value, to.Value, ref.SD, ref.Reliability))
}

// Reliable reports whether the change is beyond the noise: an improvement
// or a decline by the reliable change index. Only reliable changes are
// worth a colour.
func (c DimensionChange) Reliable() bool {
	return c.Valid && c.Verdict != NoReliableChange
}

// FacetVerdict judges a facet's change by the reliable change index with
// the facet's stepped-down reference, so a facet needs a larger change
// than its dimension before it counts.
func (q *Questionnaire) FacetVerdict(c FacetChange) Verdict {
	return ChangeVerdict(q.FacetReference(c.Facet.ID), c.From, c.To)
}
