package store

import (
	"bytes"

	"github.com/leadcheck/leadcheck/assessment"
)

// scores is quickScoresOf for a report, which shows no facets, reading
// the scores at v[i] to the index after them: the dimensions and margins
// go into the maps u reuses, cleared for each check-in, and the facets
// are skipped. False leaves the scores to decodeField.
func (u *reportReuse) scores(v []byte, i int, s *assessment.Scores) (int, bool) {
	if u.dims == nil {
		u.dims = make(map[string]assessment.Score, 2)
		u.margins = make(map[string]float64, 3)
	}
	clear(u.dims)
	clear(u.margins)
	// The scores of a history take few values: each is parsed once.
	r := reader{b: v, i: i, known: &u.known}
	if !r.lit(`{"dimensions":`) {
		return 0, false
	}
	dims, ok := u.dims, true
	if dims, s.Balance, ok = u.dimensions(&r, dims); !ok || !r.lit(`,"facets":`) || !r.skipFlat() {
		return 0, false
	}
	var margins map[string]float64
	if r.lit(`,"margins":`) {
		if margins, ok = u.marginsOf(&r); !ok {
			return 0, false
		}
	}
	if r.lit(`,"facet_margins":`) && !r.skipFlat() {
		return 0, false
	}
	if !r.lit("}") {
		return 0, false
	}
	s.Dimensions, s.Margins = dims, margins
	return r.i, true
}

// skipFlat skips the value at r as skipValue does, quickly when it is
// an object without objects, lists or escapes in it.
func (r *reader) skipFlat() bool {
	end := skipFlat(r.b, r.i)
	if end < 0 {
		end = skipValue(r.b, r.i)
	}
	if end < 0 {
		return false
	}
	r.i = end
	return true
}

// skipFlat is skipValue of an object at v[i] with no brace, bracket or
// backslash inside it, as the answers and facets are: its end is the
// first closing brace after an even number of quotes, found without
// walking it byte by byte. It is -1 for any other value, which is then
// left to skipValue.
func skipFlat(v []byte, i int) int {
	if i >= len(v) || v[i] != '{' {
		return -1
	}
	j := bytes.IndexByte(v[i+1:], '}')
	if j < 0 {
		return -1
	}
	in := v[i+1 : i+1+j]
	for _, c := range []byte(`{[]\`) {
		if bytes.IndexByte(in, c) >= 0 {
			return -1
		}
	}
	if bytes.Count(in, []byte(`"`))%2 != 0 {
		return -1
	}
	return i + j + 2
}

// numbers is numberMap into u's margins, keeping only the balance's.
func (u *reportReuse) numbers(r *reader) (map[string]float64, bool) {
	if r.lit("null") {
		return nil, true
	}
	m := u.margins
	ok := u.object(r, &u.marginKeys, func(id string) bool {
		n := numberLen(r.b[r.i:])
		if n == 0 {
			return false
		}
		text := r.b[r.i : r.i+n]
		r.i += n
		if id != assessment.MarginKeyBalance && n < 300 && !hasExponent(text) {
			// Only the balance's margin is read (by the trap); a number
			// this short without an exponent parses, so leaving it
			// unparsed rejects nothing that encoding/json takes.
			return true
		}
		v, ok := u.known.number(text)
		if !ok {
			return false
		}
		if id == assessment.MarginKeyBalance {
			m[id] = v
		}
		return true
	})
	return m, ok
}

// hasExponent reports whether the number text has an exponent.
func hasExponent(text []byte) bool {
	for _, c := range text {
		if c == 'e' || c == 'E' {
			return true
		}
	}
	return false
}

// object is reader.object with the keys read as order expects them.
func (u *reportReuse) object(r *reader, order *keyOrder, value func(key string) bool) bool {
	if !r.lit("{") {
		return false
	}
	for j := 0; !r.lit("}"); j++ {
		if j > 0 && !r.lit(",") {
			return false
		}
		id, ok := order.key(r, j == 0)
		if !ok || !value(id) {
			return false
		}
	}
	return true
}

// profileOf is quickProfile sharing a profile read before when it is the
// same: a history has a handful, and one stored as one before is taken
// without reading it again.
func (u *reportReuse) profileOf(value []byte, p **assessment.ProfileRef) bool {
	if string(value) == "null" {
		*p = nil
		return true
	}
	for i, text := range u.profileTexts {
		if string(text) == string(value) {
			*p = u.profiles[i]
			return true
		}
	}
	r := reader{b: value}
	if !r.lit(`{"id":"`) {
		return false
	}
	id, ok := quickStr(&r)
	if !ok || !r.lit(`,"name":"`) {
		return false
	}
	name, ok := quickStr(&r)
	if !ok || !r.lit("}") || r.i != len(value) {
		return false
	}
	for _, q := range u.profiles {
		if q.ID == string(id) && q.Name == string(name) {
			*p = q
			return true
		}
	}
	*p = &assessment.ProfileRef{ID: string(id), Name: string(name)}
	if len(u.profiles) < 16 {
		u.profiles, u.profileTexts = append(u.profiles, *p), append(u.profileTexts, value)
	}
	return true
}
