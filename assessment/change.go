package assessment

import (
	"cmp"
	"math"
	"slices"
)

// Verdict is the judgement of a change between two check-ins.
type Verdict string

// Verdicts, as written in JSON.
const (
	Improved         Verdict = "improved"
	NoReliableChange Verdict = "no-reliable-change"
	Declined         Verdict = "declined"
)

// RCIThreshold is the |RCI| from which a change is called reliable: the
// two-sided 95% point of the normal distribution.
const RCIThreshold = 1.96

// RCI is the reliable change index of Jacobson and Truax:
// (x2 - x1) / (sqrt(2) * SD * sqrt(1 - r)), the difference divided by the
// standard error of a difference between two measurements.
func RCI(x1, x2, sd, reliability float64) float64 {
	return (x2 - x1) / standardErrorOfDifference(sd, reliability)
}

func standardErrorOfDifference(sd, reliability float64) float64 {
	return math.Sqrt2 * sd * math.Sqrt(1-reliability)
}

// ReliableDifference is the smallest difference in points that counts as a
// reliable change for a dimension with this reference: 1.96 * sqrt(2) * SD
// * sqrt(1 - r). With the defaults (SD 15, r 0.8) it is 18.6 points.
func ReliableDifference(ref Reference) float64 {
	return RCIThreshold * standardErrorOfDifference(ref.SD, ref.Reliability)
}

// Judge turns an RCI into a verdict.
func Judge(rci float64) Verdict {
	switch {
	case rci >= RCIThreshold:
		return Improved
	case rci <= -RCIThreshold:
		return Declined
	}
	return NoReliableChange
}

// DimensionChange is how one dimension moved between two check-ins.
// Valid is false when either score is missing; then only From and To mean
// anything.
type DimensionChange struct {
	Dimension  Dimension
	From, To   Score
	Difference float64
	RCI        float64
	Verdict    Verdict
	// Threshold is ReliableDifference for the dimension, in points.
	Threshold float64
	Valid     bool
}

// CompareDimension judges the change of one dimension's score.
func CompareDimension(d Dimension, from, to Score) DimensionChange {
	ref := d.Reference
	if ref.SD == 0 {
		ref.SD = DefaultReferenceSD
	}
	if ref.Reliability == 0 {
		ref.Reliability = DefaultReferenceReliability
	}
	c := DimensionChange{Dimension: d, From: from, To: to, Threshold: ReliableDifference(ref)}
	if !from.Valid || !to.Valid {
		return c
	}
	c.Valid = true
	c.Difference = to.Value - from.Value
	c.RCI = RCI(from.Value, to.Value, ref.SD, ref.Reliability)
	c.Verdict = Judge(c.RCI)
	return c
}

// Side is one check-in as a comparison needs it: the questionnaire it was
// answered with (nil when unknown, then the current one is assumed), its
// answers and the scores computed when it was taken.
type Side struct {
	Questionnaire *Questionnaire
	Answers       Answers
	Dimensions    map[string]Score
	Facets        map[string]Score
}

// FacetChange is the change of one facet's score.
type FacetChange struct {
	Facet      Facet
	From, To   Score
	Difference float64
	Valid      bool
}

// ItemStatus says how a statement relates across two questionnaires.
type ItemStatus string

// Item statuses. Only Same items are compared.
const (
	ItemSame     ItemStatus = "same"
	ItemAdded    ItemStatus = "added"
	ItemRemoved  ItemStatus = "removed"
	ItemReworded ItemStatus = "reworded"
)

// ItemChange is one statement across two check-ins. From and To are raw
// answers, meaningful only when HasFrom and HasTo say the statement was
// answered on the scale (a scale may start at 0; "did not come up" is not
// compared); Difference is in keyed points, so a positive difference is
// always a change for the better.
type ItemChange struct {
	Item           Item
	Status         ItemStatus
	From, To       int
	HasFrom, HasTo bool
	Difference     int
	// Compared is true for a Same item answered both times.
	Compared bool
}

// Comparison is the whole change between two check-ins.
type Comparison struct {
	Dimensions []DimensionChange // in questionnaire order
	Facets     []FacetChange     // largest change first
	Items      []ItemChange      // compared items, largest change first, then the rest
	// FromScale and ToScale are the scales each check-in was answered on:
	// an answer of 4 was "Agree" on version 1 and "Often" on version 2.
	FromScale, ToScale Scale
}

// Compare compares two check-ins. q is the questionnaire in use: it gives
// names, the order of dimensions and the reference values for the RCI.
func Compare(q *Questionnaire, from, to Side) Comparison {
	var c Comparison
	for _, d := range q.Dimensions {
		c.Dimensions = append(c.Dimensions, CompareDimension(d, from.Dimensions[d.ID], to.Dimensions[d.ID]))
	}
	for _, f := range q.Facets {
		fc := FacetChange{Facet: f, From: from.Facets[f.ID], To: to.Facets[f.ID]}
		if fc.From.Valid && fc.To.Valid {
			fc.Valid = true
			fc.Difference = fc.To.Value - fc.From.Value
		}
		c.Facets = append(c.Facets, fc)
	}
	// Largest first by the whole-point change a person sees (75 - 63 is
	// +12 even when the exact change is 12.5), then by the exact change.
	slices.SortStableFunc(c.Facets, func(a, b FacetChange) int {
		return cmp.Or(
			cmp.Compare(magnitude(b.Valid, shown(b)), magnitude(a.Valid, shown(a))),
			cmp.Compare(magnitude(b.Valid, b.Difference), magnitude(a.Valid, a.Difference)))
	})
	c.Items = compareItems(q, from, to)
	c.FromScale, c.ToScale = q.Scale, q.Scale
	if from.Questionnaire != nil {
		c.FromScale = from.Questionnaire.Scale
	}
	if to.Questionnaire != nil {
		c.ToScale = to.Questionnaire.Scale
	}
	return c
}

func shown(f FacetChange) float64 { return WholeFloat(f.To.Value) - WholeFloat(f.From.Value) }

// magnitude sorts unscored entries after every scored one.
func magnitude(valid bool, d float64) float64 {
	if !valid {
		return -1
	}
	return math.Abs(d)
}

// compareItems matches statements by id. A statement whose wording or
// keying changed is a different question and is marked, not compared.
func compareItems(q *Questionnaire, from, to Side) []ItemChange {
	qf, qt := from.Questionnaire, to.Questionnaire
	if qf == nil {
		qf = q
	}
	if qt == nil {
		qt = q
	}
	var out []ItemChange
	for _, it := range qt.Items {
		ic := ItemChange{Item: it, Status: ItemAdded}
		ic.To, ic.HasTo = to.Answers.OnScale(it.ID)
		if old, ok := qf.Item(it.ID); ok {
			ic.Status = ItemSame
			ic.From, ic.HasFrom = from.Answers.OnScale(it.ID)
			if !SameStatement(old.Text, it.Text) || old.Reverse != it.Reverse {
				ic.Status = ItemReworded
			}
		}
		if ic.Status == ItemSame && ic.HasFrom && ic.HasTo {
			ic.Compared = true
			ic.Difference = qt.Keyed(it, ic.To) - qt.Keyed(it, ic.From)
		}
		out = append(out, ic)
	}
	for _, it := range qf.Items {
		if _, ok := qt.Item(it.ID); !ok {
			ic := ItemChange{Item: it, Status: ItemRemoved}
			ic.From, ic.HasFrom = from.Answers.OnScale(it.ID)
			out = append(out, ic)
		}
	}
	slices.SortStableFunc(out, func(a, b ItemChange) int {
		return cmp.Compare(itemRank(b), itemRank(a))
	})
	return out
}

func itemRank(c ItemChange) int {
	if !c.Compared {
		return -1
	}
	return max(c.Difference, -c.Difference)
}
