package store

import (
	"bytes"

	"github.com/leadcheck/leadcheck/assessment"
)

// The margins of a history repeat: they hang on how many statements
// were answered. A report's walk keeps the text of each read, with what
// it read as, and takes a text it has seen as it was read. The same text
// reads the same, so nothing is taken that reading it would refuse.

// seenLimit bounds how many texts of margins are kept.
const seenLimit = 4096

// seenMargins is the balance's margin of a text, when it has one.
type seenMargins struct {
	balance float64
	has     bool
}

// dimensions reads the dimensions, into dims, and the balance after them,
// at r: `null` or an object, then `,"balance":` and a score. Unlike the
// margins, they are read each time: they took some fifteen hundred
// values in ten thousand check-ins, and keeping each text with what it
// read as cost more, in memory a fresh process had to be given, than
// reading them again.
func (u *reportReuse) dimensions(r *reader, dims map[string]assessment.Score) (map[string]assessment.Score, assessment.Score, bool) {
	if r.lit("null") {
		dims = nil
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
	balance, ok := r.score()
	return dims, balance, ok
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
