package store

import (
	"maps"
	"reflect"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// A text of dimensions and balance read twice, or of margins taken as
// read the first time, reads the same: the same maps and scores, and the
// reader after it.
func TestSeenScoresReadAsBefore(t *testing.T) {
	var u reportReuse
	u.margins = map[string]float64{}
	for _, text := range []string{
		`null,"balance":null,"facets":{}`, `{"a":1,"b":null},"balance":-2.5,"facets":{}`, `{},"balance":0,"facets":{}`,
		`{"a":1,"a":3},"balance":7,"facets":{}`, `{"a}":1},"balance":7,"facets":{}`, `{"a":1,"b":2,"c":3},"balance":1,"facets":{}`,
	} {
		var first map[string]assessment.Score
		var firstBalance assessment.Score
		for pass := range 2 {
			r := reader{b: []byte(text), known: &u.known}
			dims, balance, ok := u.dimensions(&r, map[string]assessment.Score{})
			if !ok || string(r.b[r.i:]) != `,"facets":{}` {
				t.Fatalf("%s, pass %d: ok %v, left %q", text, pass, ok, r.b[r.i:])
			}
			if pass == 0 {
				first, firstBalance = maps.Clone(dims), balance
			} else if !reflect.DeepEqual(dims, first) || balance != firstBalance {
				t.Errorf("%s: read again as %v %v, first %v %v", text, dims, balance, first, firstBalance)
			}
		}
	}
	for _, text := range []string{`{"balance":4.5,"results":3}}`, `{"results":3}}`, `{}}`} {
		var first map[string]float64
		for pass := range 2 {
			clear(u.margins)
			r := reader{b: []byte(text), known: &u.known}
			m, ok := u.marginsOf(&r)
			if !ok || string(r.b[r.i:]) != "}" {
				t.Fatalf("%s, pass %d: ok %v, left %q", text, pass, ok, r.b[r.i:])
			}
			if pass == 0 {
				first = maps.Clone(m)
			} else if !reflect.DeepEqual(m, first) {
				t.Errorf("%s: read again as %v, first %v", text, m, first)
			}
		}
	}
	if len(u.seenMargins) != 3 {
		t.Errorf("kept %d texts of margins; want 3", len(u.seenMargins))
	}
}
