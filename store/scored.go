package store

import (
	"bytes"
	"encoding/json"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachScored calls fn with every check-in, oldest first, holding only
// what a table of scores shows: its id, time, scores,
// profile and warnings. The check-ins are read one at a time and not
// gathered, and of a record only those fields are decoded, so a table of
// ten thousand costs little more than reading them. The check-in is
// valid only during the call.
func (s *Store) EachScored(fn func(assessment.CheckIn) error) error {
	return s.view(func(b *bbolt.Bucket) error {
		var head []byte
		return b.ForEach(func(k, v []byte) error {
			head = storedHead(head[:0], k)
			c, ok := scoredFields(k, v, head)
			if !ok {
				// Not as putRecord writes a record: decoded as a
				// whole record is.
				var err error
				if c, err = decode(k, v); err != nil {
					return err
				}
			}
			return fn(c)
		})
	})
}

// scoredFields is the check-in under k as EachScored gives it, read from
// the fields of v alone, or false when v is not a record as putRecord
// writes one or one of the fields needs encoding/json's whole reading.
func scoredFields(k, v, head []byte) (assessment.CheckIn, bool) {
	c := assessment.CheckIn{ID: formatID(k)}
	if !bytes.HasPrefix(v, head) {
		return c, false
	}
	ok, scored := true, false
	walked := eachField(v, func(name, value, _ []byte) bool {
		switch string(name) {
		case "taken_at":
			ok = quickTime(value, &c.TakenAt) || json.Unmarshal(value, &c.TakenAt) == nil
		case "scores":
			c.Scores, scored = quickScores(value)
			ok = scored || json.Unmarshal(value, &c.Scores) == nil
		case "profile":
			ok = quickProfile(value, &c.Profile) || json.Unmarshal(value, &c.Profile) == nil
		case "warnings":
			ok = decodeValue(value, &c.Warnings)
		}
		return ok
	})
	return c, walked && ok
}

// quickTime reads a time as json.Marshal writes one (RFC 3339 in a
// string without escapes), as time.Time's UnmarshalJSON does.
func quickTime(value []byte, t *time.Time) bool {
	r := reader{b: value}
	if !r.lit(`"`) {
		return false
	}
	text, ok := r.str()
	return ok && r.i == len(value) && t.UnmarshalText(text) == nil
}

// quickProfile reads null or a profile reference as json.Marshal writes
// one: {"id":"…","name":"…"} with strings without escapes.
func quickProfile(value []byte, p **assessment.ProfileRef) bool {
	if string(value) == "null" {
		*p = nil
		return true
	}
	r := reader{b: value}
	if !r.lit(`{"id":"`) {
		return false
	}
	id, ok := r.str()
	if !ok || !r.lit(`,"name":"`) {
		return false
	}
	name, ok := r.str()
	if !ok || !r.lit("}") || r.i != len(value) {
		return false
	}
	*p = &assessment.ProfileRef{ID: string(id), Name: string(name)}
	return true
}
