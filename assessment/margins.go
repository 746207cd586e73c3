package assessment

import "math"

// MarginZ is the two-sided 95% point of the normal distribution: a margin
// is MarginZ standard errors either side of a score. It is the same number
// as RCIThreshold, for the same reason.
const MarginZ = 1.96

// withDefaults fills in the default SD and reliability where a reference
// leaves them out, as Parse does; questionnaires read back from a record
// may predate it.
func (r Reference) withDefaults() Reference {
	if r.SD == 0 {
		r.SD = DefaultReferenceSD
	}
	if r.Reliability == 0 {
		r.Reliability = DefaultReferenceReliability
	}
	return r
}

// SEM is the standard error of measurement of classical test theory,
// SD * sqrt(1 - r): how far an observed score typically lies from the
// person's true score. With the defaults (SD 15, r 0.8) it is
// 15 * sqrt(0.2) = 6.708 points.
//
// With these defaults a score's error is "about 6.7 points" and the
// balance's "about 9.5": those are standard errors (one SEM, and
// sqrt(6.708^2 + 6.708^2) = 9.487), not margins. The 95% margins shown
// next to scores are 1.96 times as wide: 13.1 and 18.6.
func SEM(ref Reference) float64 {
	ref = ref.withDefaults()
	return ref.SD * math.Sqrt(1-ref.Reliability)
}

// ScoreMargin is the half-width of a score's 95% band, 1.96 * SEM: 13.1
// points with the defaults (1.96 * 6.708 = 13.148).
func ScoreMargin(ref Reference) float64 { return MarginZ * SEM(ref) }

// BalanceMargin is the half-width of the balance's 95% band. The balance
// is a difference of two scores whose errors are taken as independent, so
// its standard error is sqrt(SEM1^2 + SEM2^2) and the margin 1.96 times
// that: with the defaults on both sides 1.96 * 9.487 = 18.59 points. (It
// equals ReliableDifference there, since both are 1.96 * sqrt 2 * SEM.)
func BalanceMargin(relationships, results Reference) float64 {
	return MarginZ * math.Hypot(SEM(relationships), SEM(results))
}

// SpearmanBrown is the reliability of a test lengthened (k > 1) or
// shortened (k < 1) by the factor k: k r / (1 + (k - 1) r). Stepping 0.8
// down to a third of the items gives (0.8/3) / (1 - 0.8*2/3) = 0.571.
func SpearmanBrown(r, k float64) float64 {
	return k * r / (1 + (k-1)*r)
}

// FacetReference steps a dimension's reference down to a facet holding
// facetItems of its dimensionItems statements. The reliability follows
// Spearman-Brown with k = facetItems / dimensionItems.
//
// The SD needs an assumption of its own, since the reference says nothing
// about facets. The one taken is Spearman-Brown's own: the statements are
// parallel, each measuring the same true score with errors of the same
// size. A POMP score is a mean, so its true-score variance does not depend
// on how many statements are averaged; only the error part grows as there
// are fewer. Holding the true variance (SD^2 * r) fixed gives
//
//	SD_f = SD * sqrt(r / r_f),  SEM_f = SEM / sqrt(k).
//
// With SD 15 and r 0.8 over 12 statements, a 4-statement facet has r_f
// 0.571, SD_f = 15 * sqrt(1.4) = 17.75 and SEM_f = 6.708 * sqrt 3 = 11.62,
// a margin of 22.8 points: which is why facet scores are only indicative.
func FacetReference(ref Reference, facetItems, dimensionItems int) Reference {
	ref = ref.withDefaults()
	if facetItems <= 0 || dimensionItems <= 0 || facetItems == dimensionItems {
		return ref
	}
	k := float64(facetItems) / float64(dimensionItems)
	rf := SpearmanBrown(ref.Reliability, k)
	return Reference{
		SD:          ref.SD * math.Sqrt(ref.Reliability/rf),
		Reliability: rf,
		Source:      ref.Source,
	}
}

// Margins are the 95% margins of one questionnaire's scores, in points.
// They depend only on the reference values and how many statements each
// score averages, so they are the same for every check-in taken with the
// questionnaire.
type Margins struct {
	// Dimensions and Facets are keyed by id.
	Dimensions map[string]float64
	Facets     map[string]float64
	Balance    float64
}

// MarginsOf computes the margins of every score of q.
func MarginsOf(q *Questionnaire) Margins {
	m := Margins{
		Dimensions: make(map[string]float64, len(q.Dimensions)),
		Facets:     make(map[string]float64, len(q.Facets)),
	}
	for _, d := range q.Dimensions {
		m.Dimensions[d.ID] = ScoreMargin(d.Reference)
	}
	for _, f := range q.Facets {
		m.Facets[f.ID] = ScoreMargin(q.FacetReference(f.ID))
	}
	if len(q.Dimensions) == 2 {
		m.Balance = BalanceMargin(q.RelationshipsDimension().Reference, q.ResultsDimension().Reference)
	}
	return m
}

// FacetReference is the stepped-down reference of one facet of q (see the
// function of the same name); an unknown facet gets the defaults.
func (q *Questionnaire) FacetReference(facet string) Reference {
	f, ok := q.Facet(facet)
	if !ok {
		return Reference{}.withDefaults()
	}
	d, _ := q.Dimension(f.Dimension)
	// Counted, not gathered: margins are worked out for every check-in
	// scored, and copies of the items were most of that work.
	inFacet, inDimension := 0, 0
	for i := range q.Items {
		g, _ := q.Facet(q.Items[i].Facet)
		if g.ID == facet {
			inFacet++
		}
		if g.Dimension == d.ID {
			inDimension++
		}
	}
	return FacetReference(d.Reference, inFacet, inDimension)
}
