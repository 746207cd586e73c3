package store

import (
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// quickScores reads a record's "scores" in exactly the form json.Marshal
// gives them, as parseSummary reads a summary and for the same reason:
// encoding/json spends most of a long list's time on these maps. Anything
// else is left to encoding/json (ok false); TestQuickScores checks that
// the two agree.
func quickScores(v []byte) (s assessment.Scores, ok bool) {
	r := reader{b: v}
	if !r.lit(`{"dimensions":`) {
		return s, false
	}
	if s.Dimensions, ok = r.scoreMap(); !ok || !r.lit(`,"balance":`) {
		return s, false
	}
	if s.Balance, ok = r.score(); !ok || !r.lit(`,"facets":`) {
		return s, false
	}
	if s.Facets, ok = r.scoreMap(); !ok {
		return s, false
	}
	if r.lit(`,"margins":`) {
		if s.Margins, ok = r.numberMap(); !ok {
			return s, false
		}
	}
	if r.lit(`,"facet_margins":`) {
		if s.FacetMargins, ok = r.numberMap(); !ok {
			return s, false
		}
	}
	return s, r.lit("}") && r.i == len(r.b)
}

// scoreMap reads null or an object of scores.
func (r *reader) scoreMap() (map[string]assessment.Score, bool) {
	if r.lit("null") {
		return nil, true
	}
	m := map[string]assessment.Score{}
	ok := r.object(func(id string) bool {
		sc, ok := r.score()
		m[id] = sc
		return ok
	})
	return m, ok
}

// numberMap reads null or an object of numbers.
func (r *reader) numberMap() (map[string]float64, bool) {
	if r.lit("null") {
		return nil, true
	}
	m := map[string]float64{}
	ok := r.object(func(id string) bool {
		n := numberLen(r.b[r.i:])
		v, err := strconv.ParseFloat(string(r.b[r.i:r.i+n]), 64)
		if n == 0 || err != nil {
			return false
		}
		r.i += n
		m[id] = v
		return true
	})
	return m, ok
}

// object reads an object, calling value after each key to read its value.
func (r *reader) object(value func(key string) bool) bool {
	if !r.lit("{") {
		return false
	}
	for first := true; !r.lit("}"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return false
		}
		id, ok := r.str()
		if !ok || !r.lit(":") || !value(string(id)) {
			return false
		}
	}
	return true
}
