package assessment

import (
	"encoding/json"
	"math"
	"strconv"
	"time"
)

// Answers maps item id to the raw answer given on the questionnaire's
// scale, or NotApplicable. A skipped item is simply absent.
type Answers map[string]int

// NotApplicable is the answer "did not come up": the person read the
// statement and the situation it describes did not arise. It is not
// scored. Scales lie within 0..9, so -1 is never a point on one.
const NotApplicable = -1

// OnScale returns the answer to an item when it is a point on the scale:
// false for a skipped statement and for "did not come up".
func (a Answers) OnScale(id string) (int, bool) {
	x, ok := a[id]
	return x, ok && x != NotApplicable
}

// Timings maps item id to how long the person took to answer it. It is
// optional: answers from a file have none.
type Timings map[string]time.Duration

// Score is a 0-100 POMP score, or nothing when too few items were answered
// to score it honestly. It encodes as a JSON number or null.
type Score struct {
	Value float64
	Valid bool
}

// Scored wraps a value that was computed.
func Scored(v float64) Score { return Score{Value: v, Valid: true} }

// MarshalJSON writes the value, or null when not scored.
func (s Score) MarshalJSON() ([]byte, error) {
	if !s.Valid {
		return []byte("null"), nil
	}
	return json.Marshal(s.Value)
}

// AppendJSON appends what MarshalJSON gives for s: null, or the number
// as encoding/json writes a float64, shortest form and e-7 rather than
// e-07. False, with b as it was, for a number JSON cannot hold (NaN, an
// infinity), which MarshalJSON refuses. Writers of many scores use it to
// skip reflection and a copy for each.
func (s Score) AppendJSON(b []byte) ([]byte, bool) {
	if !s.Valid {
		return append(b, "null"...), true
	}
	f := s.Value
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return b, false
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1]
		b = b[:n-1]
	}
	return b, true
}

// UnmarshalJSON reads a number or null.
func (s *Score) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*s = Score{}
		return nil
	}
	var v float64
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Scored(v)
	return nil
}

// Warning is a data-quality observation about a set of answers. Warnings are
// shown next to the result; they never change a score.
type Warning struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Warning codes.
const (
	WarnStraightLining = "straight-lining"
	WarnLowSpread      = "low-spread"
	WarnAcquiescence   = "acquiescence"
	WarnNaySaying      = "nay-saying"
	WarnTooFast        = "too-fast"
)

// Coverage says how many items of a dimension or facet were answered, and
// how many more are needed before it can be scored. Answered counts
// answers on the scale only; "did not come up" (NotApplicable) is counted
// apart from plain skips, so a screen can say "9 of 12 answered, 2 did
// not come up", yet both count as unanswered for MinCoverage.
type Coverage struct {
	Answered      int
	Total         int
	Needed        int
	NotApplicable int
	Skipped       int
}

// Result is the scored check-in.
type Result struct {
	// Dimensions and Facets are keyed by id.
	Dimensions map[string]Score
	Facets     map[string]Score
	// Balance is results minus relationships, -100..+100; positive leans
	// towards results.
	Balance Score
	// Profile is nil when either dimension is unscored or no profile fits.
	Profile  *Profile
	Warnings []Warning
	// Coverage per dimension id, FacetCoverage per facet id.
	Coverage      map[string]Coverage
	FacetCoverage map[string]Coverage
	// WithholdAdvice is true when the answers are straight-lined: the
	// scores are kept, but advice built on them would be advice built on
	// habit, so the profile's advice should not be offered.
	WithholdAdvice bool
}

// MinCoverage is the share of a dimension's or facet's items that must be
// answered before it is scored.
const MinCoverage = 0.75
