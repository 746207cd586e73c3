package store

import (
	"bytes"

	"github.com/leadcheck/leadcheck/assessment"
)

// scores reads a record's "scores" in the one form json.Marshal gives
// them, as quickScores does (false leaves them to decodeScores), into
// the maps ar keeps. Whatever it read before it fails is overwritten by
// decodeScores, which makes maps of its own.
func (ar *answersReader) scores(v []byte, s *assessment.Scores) bool {
	end, ok := ar.scoresAt(v, 0, s)
	return ok && end == len(v)
}

// scoresAt reads the scores at v[i:] as scores does and returns where
// they end.
func (ar *answersReader) scoresAt(v []byte, i int, s *assessment.Scores) (int, bool) {
	r := reader{b: v, i: i, known: &ar.known}
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
		return 0, false
	}
	if s.Balance, ok = r.score(); !ok || !r.lit(`,"facets":`) || !readMap(ar, &r, &ar.facets, &s.Facets, score) {
		return 0, false
	}
	s.Margins, s.FacetMargins = nil, nil
	if r.lit(`,"margins":`) && !ar.marginsOf(&r, 0, &s.Margins, number) {
		return 0, false
	}
	if r.lit(`,"facet_margins":`) && !ar.marginsOf(&r, 1, &s.FacetMargins, number) {
		return 0, false
	}
	if !r.lit("}") {
		return 0, false
	}
	return r.i, true
}

// marginsOf reads margins (i 0) or facet margins (1) with readMap. They
// are the same for every check-in of a questionnaire, so the text of the
// last object read is kept with its map, and the same text again is
// not read again: the map is still what it gave.
func (ar *answersReader) marginsOf(r *reader, i int, dst *map[string]float64, number func() (float64, bool)) bool {
	if last := ar.marginsText[i]; last != nil && bytes.HasPrefix(r.b[r.i:], last) {
		r.i += len(last)
		*dst = ar.margins[i]
		return true
	}
	start := r.i
	ar.marginsText[i] = nil // the map is about to change
	if !readMap(ar, r, &ar.margins[i], dst, number) {
		return false
	}
	if *dst != nil {
		ar.marginsText[i] = append(ar.marginsRoom[i][:0], r.b[start:r.i]...)
		ar.marginsRoom[i] = ar.marginsText[i]
	}
	return true
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
		id, ok := ar.idAt(r)
		if !ok || !r.lit(":") {
			return false
		}
		x, ok := value()
		if !ok {
			return false
		}
		m[id] = x
	}
	*dst = m
	return true
}
