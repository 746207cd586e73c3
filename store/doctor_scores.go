package store

import "github.com/leadcheck/leadcheck/assessment"

// scores reads a record's "scores" in the one form json.Marshal gives
// them, as quickScores does (false leaves them to decodeScores), into
// the maps ar keeps. Whatever it read before it fails is overwritten by
// decodeScores, which makes maps of its own.
func (ar *answersReader) scores(v []byte, s *assessment.Scores) bool {
	r := reader{b: v, known: &ar.known}
	score := func() (assessment.Score, bool) { return r.score() }
	number := func() (float64, bool) {
		n := numberLen(r.b[r.i:])
		if n == 0 {
			return 0, false
		}
		x, ok := ar.known.number(r.b[r.i : r.i+n])
		r.i += n
		return x, ok
	}
	var ok bool
	if !r.lit(`{"dimensions":`) || !readMap(ar, &r, &ar.dims, &s.Dimensions, score) || !r.lit(`,"balance":`) {
		return false
	}
	if s.Balance, ok = r.score(); !ok || !r.lit(`,"facets":`) || !readMap(ar, &r, &ar.facets, &s.Facets, score) {
		return false
	}
	s.Margins, s.FacetMargins = nil, nil
	if r.lit(`,"margins":`) && !readMap(ar, &r, &ar.margins[0], &s.Margins, number) {
		return false
	}
	if r.lit(`,"facet_margins":`) && !readMap(ar, &r, &ar.margins[1], &s.FacetMargins, number) {
		return false
	}
	return r.lit("}") && r.i == len(r.b)
}

// readMap reads null (nil) or an object whose values value reads into
// *keep, cleared, and sets *dst to it.
func readMap[V any](ar *answersReader, r *reader, keep, dst *map[string]V, value func() (V, bool)) bool {
	if r.lit("null") {
		*dst = nil
		return true
	}
	if !r.lit("{") {
		return false
	}
	if *keep == nil {
		*keep = map[string]V{}
	}
	m := *keep
	clear(m)
	for first := true; !r.lit("}"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return false
		}
		id, ok := r.str()
		if !ok || !r.lit(":") {
			return false
		}
		x, ok := value()
		if !ok {
			return false
		}
		m[ar.id(id)] = x
	}
	*dst = m
	return true
}
