package store

import (
	"github.com/leadcheck/leadcheck/assessment"
)

// Commitments and reviews are read by hand when they are as json.Marshal
// writes them, as encoding/json was most of the time of reading a history
// for a report, and an eighth of a doctor's.

// quickCommitments reads null or a list of commitments as json.Marshal
// writes one, with strings without escapes; false leaves it to
// encoding/json.
func quickCommitments(value []byte, out *[]assessment.Commitment) bool {
	if string(value) == "null" {
		*out = nil
		return true
	}
	r := reader{b: value}
	var cs []assessment.Commitment
	if !r.lit("[") {
		return false
	}
	for len(cs) == 0 || r.lit(",") {
		c, ok := r.commitment()
		if !ok {
			return false
		}
		cs = append(cs, c)
	}
	if !r.lit("]") || r.i != len(value) {
		return false
	}
	*out = cs
	return true
}

// commitment reads {"facet":…,"item":…,"practice":…,"objective":…},
// the item only when it is not empty (omitempty).
func (r *reader) commitment() (assessment.Commitment, bool) {
	var c assessment.Commitment
	facet, ok := r.field(`{"facet":"`)
	if !ok {
		return c, false
	}
	c.Facet = facet
	if r.lit(`,"item":"`) {
		item, ok := r.str()
		if !ok || len(item) == 0 {
			return c, false
		}
		c.Item = string(item)
	}
	if c.Practice, ok = r.field(`,"practice":"`); !ok {
		return c, false
	}
	if c.Objective, ok = r.field(`,"objective":"`); !ok {
		return c, false
	}
	return c, r.lit("}")
}

// quickReviews reads null or a list of reviews as json.Marshal writes
// one, with strings without escapes; false leaves it to encoding/json.
func quickReviews(value []byte, out *[]assessment.Review) bool {
	if string(value) == "null" {
		*out = nil
		return true
	}
	r := reader{b: value}
	var rs []assessment.Review
	if !r.lit("[") {
		return false
	}
	for len(rs) == 0 || r.lit(",") {
		var rv assessment.Review
		var ok bool
		if rv.CheckIn, ok = r.field(`{"check_in":"`); !ok || !r.lit(`,"commitment":`) {
			return false
		}
		if rv.Commitment, ok = r.commitment(); !ok {
			return false
		}
		progress, ok := r.field(`,"progress":"`)
		if !ok {
			return false
		}
		rv.Progress = assessment.Progress(progress)
		if r.lit(`,"note":"`) {
			note, ok := r.str()
			if !ok || len(note) == 0 {
				return false
			}
			rv.Note = string(note)
		}
		if !r.lit("}") {
			return false
		}
		rs = append(rs, rv)
	}
	if !r.lit("]") || r.i != len(value) {
		return false
	}
	*out = rs
	return true
}

// field reads the string after prefix, which ends in its opening quote.
func (r *reader) field(prefix string) (string, bool) {
	if !r.lit(prefix) {
		return "", false
	}
	s, ok := r.str()
	return string(s), ok
}
