package store

import (
	"encoding/json"
	"slices"

	"github.com/leadcheck/leadcheck/assessment"
)

// decodeScores decodes a record's scores into dst, leaving nil the maps
// skip names ("scores.facets", "scores.margins", "scores.facet_margins"):
// those are skipped over, not built, as building them was a good part
// of reading ten thousand check-ins for a table that never shows them.
func decodeScores(value []byte, dst *assessment.Scores, skip []string) bool {
	facets := !slices.Contains(skip, "scores.facets")
	margins := !slices.Contains(skip, "scores.margins")
	facetMargins := !slices.Contains(skip, "scores.facet_margins")
	if s, ok := quickScoresOf(value, facets, margins, facetMargins); ok {
		*dst = s
		return true
	}
	var s assessment.Scores
	if json.Unmarshal(value, &s) != nil {
		return false
	}
	trimScores(&s, skip)
	*dst = s
	return true
}

// trimScores leaves nil the maps of s that skip names.
func trimScores(s *assessment.Scores, skip []string) {
	if slices.Contains(skip, "scores.facets") {
		s.Facets = nil
	}
	if slices.Contains(skip, "scores.margins") {
		s.Margins = nil
	}
	if slices.Contains(skip, "scores.facet_margins") {
		s.FacetMargins = nil
	}
}

// quickScoresOf is quickScores building only the maps asked for; the
// others are walked over.
func quickScoresOf(v []byte, facets, margins, facetMargins bool) (s assessment.Scores, ok bool) {
	if facets && margins && facetMargins {
		return quickScores(v)
	}
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
	if !r.mapOrSkip(facets, func() bool { s.Facets, ok = r.scoreMap(); return ok }) {
		return s, false
	}
	if r.lit(`,"margins":`) && !r.mapOrSkip(margins, func() bool { s.Margins, ok = r.numberMap(); return ok }) {
		return s, false
	}
	if r.lit(`,"facet_margins":`) && !r.mapOrSkip(facetMargins, func() bool { s.FacetMargins, ok = r.numberMap(); return ok }) {
		return s, false
	}
	return s, r.lit("}") && r.i == len(r.b)
}

// mapOrSkip reads the value at r with read when keep is set, else skips
// over it.
func (r *reader) mapOrSkip(keep bool, read func() bool) bool {
	if keep {
		return read()
	}
	end := skipValue(r.b, r.i)
	if end < 0 {
		return false
	}
	r.i = end
	return true
}
