package store

import (
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// quickRecord reads a compact record in exactly the form appendRecord
// writes, from v[from:], just after its id and schema; false for
// anything else, such as a string with an escape in it. It checks
// nothing of what it reads beyond its form: a caller takes what it gives
// only when appendRecord gives v back from it, and JSON that encoding a
// check-in gives decodes to that check-in. encoding/json spent a third
// of an import reading the records of the file.
func quickRecord(v []byte, id string, from int) (c assessment.CheckIn, ok bool) {
	r := reader{b: v, i: from}
	c.ID = id
	if !r.lit(`"taken_at":"`) {
		return c, false
	}
	at, ok := r.str()
	if !ok || c.TakenAt.UnmarshalText(at) != nil || !r.lit(`,"questionnaire":{"id":"`) {
		return c, false
	}
	if c.Questionnaire, ok = r.questionnaire(); !ok || !r.lit(`,"answers":`) {
		return c, false
	}
	if c.Answers, ok = r.answers(); !ok || !r.lit(`,"scores":{"dimensions":`) {
		return c, false
	}
	if c.Scores, ok = r.recordScores(); !ok {
		return c, false
	}
	switch {
	case r.lit(`,"profile":null`):
	case r.lit(`,"profile":{"id":"`):
		pid, ok := r.str()
		if !ok || !r.lit(`,"name":"`) {
			return c, false
		}
		name, ok := r.str()
		if !ok || !r.lit("}") {
			return c, false
		}
		c.Profile = &assessment.ProfileRef{ID: string(pid), Name: string(name)}
	default:
		return c, false
	}
	if !r.lit(`,"warnings":[`) {
		return c, false
	}
	c.Warnings = []assessment.Warning{}
	for first := true; !r.lit("]"); first = false {
		if !first && !r.lit(",") || !r.lit(`{"code":"`) {
			return c, false
		}
		code, ok1 := r.str()
		ok2 := ok1 && r.lit(`,"message":"`)
		msg, ok3 := r.str()
		if !ok2 || !ok3 || !r.lit("}") {
			return c, false
		}
		c.Warnings = append(c.Warnings, assessment.Warning{Code: codeText(code), Message: string(msg)})
	}
	if c.Note, ok = r.field(`,"note":"`); !ok {
		return c, false
	}
	if r.lit(`,"reflection":"`) {
		if c.Reflection, ok = r.text(); !ok {
			return c, false
		}
	}
	return r.recordTail(c)
}

// recordTail reads the commitments, reviews and duration of c, and the
// end of the record.
func (r *reader) recordTail(c assessment.CheckIn) (assessment.CheckIn, bool) {
	if r.lit(`,"commitments":[`) {
		for first := true; first || !r.lit("]"); first = false {
			if !first && !r.lit(",") {
				return c, false
			}
			cm, ok := r.commitment()
			if !ok {
				return c, false
			}
			c.Commitments = append(c.Commitments, cm)
		}
	}
	if r.lit(`,"reviews":[`) {
		for first := true; first || !r.lit("]"); first = false {
			if !first && !r.lit(",") {
				return c, false
			}
			var rv assessment.Review
			var ok bool
			if rv.CheckIn, ok = r.field(`{"check_in":"`); !ok || !r.lit(`,"commitment":`) {
				return c, false
			}
			if rv.Commitment, ok = r.commitment(); !ok {
				return c, false
			}
			progress, ok := r.field(`,"progress":"`)
			if !ok {
				return c, false
			}
			rv.Progress = assessment.Progress(progress)
			if r.lit(`,"note":"`) {
				if rv.Note, ok = r.text(); !ok {
					return c, false
				}
			}
			if !r.lit("}") {
				return c, false
			}
			c.Reviews = append(c.Reviews, rv)
		}
	}
	if r.lit(`,"duration_seconds":`) {
		n := numberLen(r.b[r.i:])
		d, err := strconv.ParseFloat(string(r.b[r.i:r.i+n]), 64)
		if n == 0 || err != nil {
			return c, false
		}
		c.DurationSeconds, r.i = d, r.i+n
	}
	return c, r.lit("}") && r.i == len(r.b)
}

// text is str as a string.
func (r *reader) text() (string, bool) {
	s, ok := r.str()
	return string(s), ok
}

// answers reads an object of whole numbers.
func (r *reader) answers() (assessment.Answers, bool) {
	if !r.lit("{") {
		return nil, false
	}
	a := assessment.Answers{}
	for first := true; !r.lit("}"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return nil, false
		}
		id, ok := r.str()
		if !ok || !r.lit(":") {
			return nil, false
		}
		n := numberLen(r.b[r.i:])
		x, err := strconv.Atoi(string(r.b[r.i : r.i+n]))
		if n == 0 || err != nil {
			return nil, false
		}
		a[string(id)], r.i = x, r.i+n
	}
	return a, true
}

// recordScores reads the scores of a record from its dimensions' object
// on, to the end of the scores.
func (r *reader) recordScores() (s assessment.Scores, ok bool) {
	if s.Dimensions, ok = r.scoresInto(make(map[string]assessment.Score, 2)); !ok || !r.lit(`,"balance":`) {
		return s, false
	}
	if s.Balance, ok = r.score(); !ok || !r.lit(`,"facets":`) {
		return s, false
	}
	if s.Facets, ok = r.scoresInto(make(map[string]assessment.Score, 8)); !ok {
		return s, false
	}
	if r.lit(`,"margins":`) {
		if s.Margins, ok = r.numbers(); !ok {
			return s, false
		}
	}
	if r.lit(`,"facet_margins":`) {
		if s.FacetMargins, ok = r.numbers(); !ok {
			return s, false
		}
	}
	return s, r.lit("}")
}

// numbers reads an object of numbers.
func (r *reader) numbers() (map[string]float64, bool) {
	scores, ok := r.scoresInto(map[string]assessment.Score{})
	if !ok {
		return nil, false
	}
	m := make(map[string]float64, len(scores))
	for k, sc := range scores {
		if !sc.Valid {
			return nil, false // null is no margin
		}
		m[k] = sc.Value
	}
	return m, true
}
