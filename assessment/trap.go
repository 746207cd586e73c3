package assessment

import (
	"fmt"
	"math"
	"strings"
)

// The trap of the production stage is results bought with relationships.
// A single check-in's noise must not raise it, so the rule asks for two
// things the margins can vouch for: results ahead of relationships by at
// least the balance's margin, and relationships that are low or reliably
// going down.

// TrapReason names one piece of evidence that raised the trap.
type TrapReason string

// Trap reasons, as written in JSON, in the order they are checked.
const (
	// TrapLow: relationships are below the low band.
	TrapLow TrapReason = "relationships-low"
	// TrapDrop: relationships fell reliably since the previous check-in.
	TrapDrop TrapReason = "relationships-reliable-drop"
	// TrapFalling: the relationships slope's interval lies wholly below
	// zero.
	TrapFalling TrapReason = "relationships-falling"
)

// TrapEvidence is what the trap rule looks at, all about one check-in.
type TrapEvidence struct {
	Relationships, Results Score
	// BalanceMargin is the margin of results minus relationships.
	BalanceMargin float64
	// LowBand is the score below which relationships count as low
	// (LowBand of the questionnaire).
	LowBand float64
	// Previous is relationships at the check-in before; unscored when
	// there is none. Reference judges the change by the RCI.
	Previous  Score
	Reference Reference
	// Trend is relationships over the chosen window; a zero Trend says
	// nothing.
	Trend Trend
}

// Trap is the trap rule's finding. Raised is true only with at least one
// reason; Reasons lists every one that holds, so a screen can say why.
type Trap struct {
	Raised  bool
	Reasons []TrapReason
	// Drop is the change since the previous check-in, in points, when
	// TrapDrop is among the reasons.
	Drop float64
}

// JudgeTrap applies the trap rule. A falling trend counts only when the
// trend itself may be called falling (enough check-ins over enough days,
// interval wholly below zero), so the trap never claims more than the
// trend sentence beside it.
func JudgeTrap(e TrapEvidence) Trap {
	var t Trap
	rel, res := e.Relationships, e.Results
	if !rel.Valid || !res.Valid || res.Value-rel.Value < e.BalanceMargin {
		return t
	}
	if rel.Value < e.LowBand {
		t.Reasons = append(t.Reasons, TrapLow)
	}
	if ChangeVerdict(e.Reference, e.Previous, rel) == Declined {
		t.Reasons = append(t.Reasons, TrapDrop)
		t.Drop = rel.Value - e.Previous.Value
	}
	if e.Trend.Heading == TrendFalling {
		t.Reasons = append(t.Reasons, TrapFalling)
	}
	t.Raised = len(t.Reasons) > 0
	return t
}

// Because says in words what raised the trap, naming relationships by
// the given word: "relationships are below 50 and fell 20 points since
// the last check-in, more than noise explains". It is empty when the trap
// is not raised.
func (t Trap) Because(relName string, e TrapEvidence) string {
	var parts []string
	for _, r := range t.Reasons {
		switch r {
		case TrapLow:
			parts = append(parts, fmt.Sprintf("are below %g", e.LowBand))
		case TrapDrop:
			parts = append(parts, fmt.Sprintf("fell %d points since the last check-in, more than noise explains", Whole(math.Abs(t.Drop))))
		case TrapFalling:
			parts = append(parts, "are falling over the period shown")
		}
	}
	if len(parts) == 0 {
		return ""
	}
	if len(parts) > 1 {
		parts[len(parts)-1] = "and " + parts[len(parts)-1]
	}
	sep := " "
	if len(parts) > 2 {
		sep = ", "
	}
	return relName + " " + strings.Join(parts, sep)
}

// LowBand is where the low band of a dimension ends: the lowest lower
// bound above zero that any profile sets on its axis. Profiles express
// bands by their order and lower bounds ("low below 50, middle 50 to
// below 65"), so the smallest such bound is the top of "low". It is false
// when no profile sets one, or the dimension is not one of q's.
func (q *Questionnaire) LowBand(dimension string) (float64, bool) {
	if _, ok := q.Dimension(dimension); !ok {
		return 0, false
	}
	rel := dimension == q.RelationshipsDimension().ID
	low, ok := math.Inf(1), false
	for _, p := range q.Profiles {
		r := p.Results
		if rel {
			r = p.Relationships
		}
		if r.Min != nil && *r.Min > 0 && *r.Min < low {
			low, ok = *r.Min, true
		}
	}
	return low, ok
}
