package store

import (
	"bytes"

	"github.com/leadcheck/leadcheck/assessment"
)

// The scores of a history repeat: the dimensions and balance take a few
// hundred values together, the margins hang on how many statements were
// answered. A report's walk keeps the text of each read, with what it
// read as, and takes a text it has seen as it was read. The same text
// reads the same, so nothing is taken that reading it would refuse.

// seenLimit bounds how many texts of each kind are kept.
const seenLimit = 4096

// seenDimensions is what the dimensions and balance of a text read as.
type seenDimensions struct {
	null    bool // dimensions were null
	n       int  // how many dimensions: the first two here, any more in more
	two     [2]idScore
	more    []idScore
	balance assessment.Score
}

type idScore struct {
	id    string
	score assessment.Score
}

// seenMargins is the balance's margin of a text, when it has one.
type seenMargins struct {
	balance float64
	has     bool
}

// dimensions reads the dimensions, into dims, and the balance after them,
// at r: `null` or an object, then `,"balance":` and a score.
func (u *reportReuse) dimensions(r *reader, dims map[string]assessment.Score) (map[string]assessment.Score, assessment.Score, bool) {
	start, end := r.i, -1
	if k := bytes.Index(r.b[start:], []byte(`,"balance":`)); k >= 0 {
		at := start + k + len(`,"balance":`)
		if n := numberLen(r.b[at:]); n > 0 {
			end = at + n
		} else if bytes.HasPrefix(r.b[at:], []byte("null")) {
			end = at + len("null")
		}
	}
	if end > 0 {
		if seen, ok := u.seenDims[string(r.b[start:end])]; ok {
			r.i = end
			if seen.null {
				return nil, seen.balance, true
			}
			for _, d := range seen.two[:min(seen.n, 2)] {
				dims[d.id] = d.score
			}
			for _, d := range seen.more {
				dims[d.id] = d.score
			}
			return dims, seen.balance, true
		}
	}
	var seen seenDimensions
	if r.lit("null") {
		dims, seen.null = nil, true
	} else if !u.object(r, &u.dimKeys, func(id string) bool {
		sc, ok := r.score()
		dims[id] = sc
		return ok
	}) {
		return nil, assessment.Score{}, false
	}
	if !r.lit(`,"balance":`) {
		return nil, assessment.Score{}, false
	}
	var ok bool
	if seen.balance, ok = r.score(); !ok {
		return nil, assessment.Score{}, false
	}
	if r.i == end && len(u.seenDims) < seenLimit {
		for id, sc := range dims {
			if seen.n < 2 {
				seen.two[seen.n] = idScore{id, sc}
			} else {
				seen.more = append(seen.more, idScore{id, sc})
			}
			seen.n++
		}
		if u.seenDims == nil {
			u.seenDims = map[string]seenDimensions{}
		}
		u.seenDims[string(r.b[start:end])] = seen
	}
	return dims, seen.balance, true
}

// marginsOf is numbers, taking a text seen before as it was read.
func (u *reportReuse) marginsOf(r *reader) (map[string]float64, bool) {
	start, end := r.i, -1
	if k := bytes.IndexByte(r.b[start:], '}'); k >= 0 && r.b[start] == '{' {
		end = start + k + 1
		if seen, ok := u.seenMargins[string(r.b[start:end])]; ok {
			r.i = end
			if seen.has {
				u.margins[assessment.MarginKeyBalance] = seen.balance
			}
			return u.margins, true
		}
	}
	m, ok := u.numbers(r)
	if ok && m != nil && r.i == end && len(u.seenMargins) < seenLimit {
		b, has := m[assessment.MarginKeyBalance]
		if u.seenMargins == nil {
			u.seenMargins = map[string]seenMargins{}
		}
		u.seenMargins[string(r.b[start:end])] = seenMargins{b, has}
	}
	return m, ok
}
