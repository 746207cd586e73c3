package assessment

import "math"

// BalancedBand is how close to zero a balance is still called balanced:
// about two answers' difference on a side of twelve statements, less than
// one check-in can tell apart from noise.
const BalancedBand = 5

// Lean is the side a balance tips towards.
type Lean int

// The sides a balance can lean to.
const (
	Balanced Lean = iota
	LeansRelationships
	LeansResults
)

// LeanOf judges a balance (results minus relationships) as a person reads
// it: rounded to whole points, within BalancedBand is balanced.
func LeanOf(balance float64) Lean {
	switch r := WholeFloat(balance); {
	case math.Abs(r) < BalancedBand:
		return Balanced
	case r > 0:
		return LeansResults
	default:
		return LeansRelationships
	}
}
