package store

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachWithout calls fn with every check-in, oldest first, as ListWithout
// gives it (the named top-level fields left out), one at a time: a table
// or report of ten thousand need not hold them all, nor their list. Each
// field of a record as putRecord writes one is decoded on its own, the
// common ones by hand; a record in any other form is decoded whole. The
// check-in is valid only during the call. Besides the top-level names,
// skip may name the score maps a command does not show ("scores.facets",
// "scores.margins", "scores.facet_margins"), which are then left nil.
func (s *Store) EachWithout(fn func(assessment.CheckIn) error, skip ...string) error {
	return s.view(func(b *bbolt.Bucket) error {
		var head []byte
		var prev assessment.QuestionnaireRef
		return b.ForEach(func(k, v []byte) error {
			c, err := decodeFieldwise(k, v, &head, &prev, skip...)
			if err != nil {
				return err
			}
			return fn(c)
		})
	})
}

// decodeFieldwise is decodeWithout, field by field when v is a record
// as putRecord writes one; head and prev are the walk's, reused from one
// record to the next.
func decodeFieldwise(k, v []byte, head *[]byte, prev *assessment.QuestionnaireRef, skip ...string) (assessment.CheckIn, error) {
	*head = storedHead((*head)[:0], k)
	c, ok := fieldsOf(k, v, *head, *prev, skip)
	if !ok {
		var err error
		if c, err = decodeWithout(k, v, skip...); err != nil {
			return c, err
		}
		trimScores(&c.Scores, skip)
	}
	*prev = c.Questionnaire
	return c, nil
}

// EachScored is EachWithout leaving out all but what a table of scores
// shows: the id, time, questionnaire, scores (without their margins),
// profile and warnings.
func (s *Store) EachScored(fn func(assessment.CheckIn) error) error {
	return s.EachWithout(fn, "answers", "note", "reflection", "commitments", "reviews", "scores.margins", "scores.facet_margins")
}

// fieldsOf is the check-in under k read field by field, each as
// json.Unmarshal reads it in a whole record, or false when v is not a
// record as putRecord writes one (its head, known fields only). Strings
// of the questionnaire shared with prev are shared, not copied.
func fieldsOf(k, v, head []byte, prev assessment.QuestionnaireRef, skip []string) (assessment.CheckIn, bool) {
	c := assessment.CheckIn{ID: formatID(k)}
	if !bytes.HasPrefix(v, head) {
		return c, false
	}
	ok := true
	walked := eachField(v, func(name, value, _ []byte) bool {
		if slices.Contains(skip, string(name)) {
			return true
		}
		ok = decodeField(&c, string(name), value, prev, skip)
		return ok
	})
	return c, walked && ok
}

// decodeField decodes one field of a record into c, or reports false for
// a name a record does not have.
func decodeField(c *assessment.CheckIn, name string, value []byte, prev assessment.QuestionnaireRef, skip []string) bool {
	switch name {
	case "id", "schema": // the head, which matched the key
		return true
	case "taken_at":
		return quickTime(value, &c.TakenAt) || json.Unmarshal(value, &c.TakenAt) == nil
	case "questionnaire":
		r := reader{b: value, prev: prev}
		if r.lit(`{"id":"`) {
			if q, ok := r.questionnaire(); ok && r.i == len(value) {
				c.Questionnaire = q
				return true
			}
		}
		return json.Unmarshal(value, &c.Questionnaire) == nil
	case "scores":
		return decodeScores(value, &c.Scores, skip)
	case "profile":
		return quickProfile(value, &c.Profile) || json.Unmarshal(value, &c.Profile) == nil
	case "warnings":
		return decodeValue(value, &c.Warnings)
	case "note":
		return decodeValue(value, &c.Note)
	case "reflection":
		return decodeValue(value, &c.Reflection)
	case "answers":
		return quickAnswers(value, &c.Answers) || json.Unmarshal(value, &c.Answers) == nil
	case "commitments":
		return json.Unmarshal(value, &c.Commitments) == nil
	case "reviews":
		return json.Unmarshal(value, &c.Reviews) == nil
	case "duration_seconds":
		return json.Unmarshal(value, &c.DurationSeconds) == nil
	}
	return false
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

// quickAnswers reads null or an object of whole numbers, as json.Marshal
// writes Answers: a doctor reads the answers of every check-in.
func quickAnswers(value []byte, a *assessment.Answers) bool {
	if string(value) == "null" {
		*a = nil
		return true
	}
	r := reader{b: value}
	m := assessment.Answers{}
	ok := r.object(func(id string) bool {
		n := numberLen(r.b[r.i:])
		if n == 0 {
			return false
		}
		x, err := strconv.Atoi(string(r.b[r.i : r.i+n]))
		r.i += n
		m[id] = x
		return err == nil
	})
	if !ok || r.i != len(value) {
		return false
	}
	*a = m
	return true
}
