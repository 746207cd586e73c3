package store

import (
	"unsafe"

	"github.com/leadcheck/leadcheck/assessment"
)

// The commitments and reviews of a report's check-ins, read as
// quickCommitments and quickReviews read them, but into slices reused
// from one check-in to the next and with their texts those of the
// records (see recordText), not copies.

// recordText is b, text of a record in the database's memory, as a
// string that is not a copy: valid while the transaction it was read in
// is open, so only for what a ReportWalk gives.
func recordText(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// field is reader.field with the record's text.
func (u *reportReuse) field(r *reader, prefix string) (string, bool) {
	if !r.lit(prefix) {
		return "", false
	}
	s, ok := quickStr(r)
	return recordText(s), ok
}

// commitments is quickCommitments of the list at v[i], into u.commits,
// and the index after it; false leaves the value to encoding/json.
func (u *reportReuse) commitments(v []byte, i int) ([]assessment.Commitment, int, bool) {
	r := reader{b: v, i: i}
	if r.lit("null") {
		return nil, r.i, true
	}
	cs := u.commits[:0]
	if !r.lit("[") {
		return nil, 0, false
	}
	for first := true; first || r.lit(","); first = false {
		from := r.i
		c, ok := u.commitment(&r)
		if !ok {
			return nil, 0, false
		}
		cs = append(cs, c)
		u.recent.keep(v[from:r.i], c)
	}
	if !r.lit("]") {
		return nil, 0, false
	}
	u.commits = cs
	return cs, r.i, true
}

// commitment is reader.commitment with the record's texts.
func (u *reportReuse) commitment(r *reader) (assessment.Commitment, bool) {
	var c assessment.Commitment
	facet, ok := u.field(r, `{"facet":"`)
	if !ok {
		return c, false
	}
	c.Facet = facet
	if r.lit(`,"item":"`) {
		item, ok := quickStr(r)
		if !ok || len(item) == 0 {
			return c, false
		}
		c.Item = recordText(item)
	}
	if c.Practice, ok = u.field(r, `,"practice":"`); !ok {
		return c, false
	}
	if c.Objective, ok = u.field(r, `,"objective":"`); !ok {
		return c, false
	}
	return c, r.lit("}")
}

// reviews is quickReviews of the list at v[i], into u.revs, and the
// index after it; false leaves the value to encoding/json.
func (u *reportReuse) reviews(v []byte, i int) ([]assessment.Review, int, bool) {
	r := reader{b: v, i: i}
	if r.lit("null") {
		return nil, r.i, true
	}
	rs := u.revs[:0]
	if !r.lit("[") {
		return nil, 0, false
	}
	for first := true; first || r.lit(","); first = false {
		var rv assessment.Review
		var ok bool
		if !r.lit(`{"check_in":"`) {
			return nil, 0, false
		}
		if rv.CheckIn, ok = u.checkIn(&r); !ok || !r.lit(`,"commitment":`) {
			return nil, 0, false
		}
		if rv.Commitment, ok = u.recent.match(&r); !ok {
			if rv.Commitment, ok = u.commitment(&r); !ok {
				return nil, 0, false
			}
		}
		if !r.lit(`,"progress":"`) {
			return nil, 0, false
		}
		progress, ok := quickStr(&r)
		if !ok {
			return nil, 0, false
		}
		rv.Progress = progressOf(progress)
		if r.lit(`,"note":"`) {
			note, ok := quickStr(&r)
			if !ok || len(note) == 0 {
				return nil, 0, false
			}
			rv.Note = recordText(note)
		}
		if !r.lit("}") {
			return nil, 0, false
		}
		rs = append(rs, rv)
	}
	if !r.lit("]") {
		return nil, 0, false
	}
	u.revs = rs
	return rs, r.i, true
}
