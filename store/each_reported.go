package store

import (
	"slices"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachReported is EachWithout for a report that prints every check-in's
// commitments and reviews: those are read by hand when they are as
// json.Marshal writes them, as encoding/json was most of the time of
// reading a history for a report. Anything else is read as EachWithout
// reads it.
func (s *Store) EachReported(fn func(assessment.CheckIn) error, skip ...string) error {
	return s.view(func(b *bbolt.Bucket) error {
		var head []byte
		var prev assessment.QuestionnaireRef
		return b.ForEach(func(k, v []byte) error {
			head = storedHead(head[:0], k)
			c, ok := reportFieldsOf(k, v, head, prev, skip)
			if !ok {
				var err error
				if c, err = decodeWithout(k, v, skip...); err != nil {
					return err
				}
				trimScores(&c.Scores, skip)
			}
			prev = c.Questionnaire
			return fn(c)
		})
	})
}

// reportFieldsOf is fieldsOf with the commitments and reviews read by
// hand when they can be.
func reportFieldsOf(k, v, head []byte, prev assessment.QuestionnaireRef, skip []string) (assessment.CheckIn, bool) {
	c := assessment.CheckIn{ID: formatID(k)}
	if len(v) < len(head) || string(v[:len(head)]) != string(head) {
		return c, false
	}
	ok := true
	walked := eachField(v, func(name, value, _ []byte) bool {
		if slices.Contains(skip, string(name)) {
			return true
		}
		switch string(name) {
		case "commitments":
			if quickCommitments(value, &c.Commitments) {
				return true
			}
		case "reviews":
			if quickReviews(value, &c.Reviews) {
				return true
			}
		}
		ok = decodeField(&c, string(name), value, prev, skip)
		return ok
	})
	return c, walked && ok
}

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
