package store

import (
	"math"

	"github.com/leadcheck/leadcheck/assessment"
)

// scoreTexts keeps the text appendScore gave each number, for a walk that
// writes the summaries of many check-ins, whose scores take a few hundred
// values: doctor writes every check-in's summary to compare it with the
// stored one, and formatting each number anew was a twentieth of its
// time. A nil scoreTexts keeps nothing.
type scoreTexts map[uint64]string

// appendScore is appendScore, its number's text kept in t.
func (t scoreTexts) appendScore(b []byte, s assessment.Score) ([]byte, bool) {
	if t == nil || !s.Valid {
		return appendScore(b, s)
	}
	bits := math.Float64bits(s.Value)
	if text, ok := t[bits]; ok {
		return append(b, text...), true
	}
	n := len(b)
	b, ok := appendScore(b, s)
	if ok && len(t) < maxKnownNumbers {
		t[bits] = string(b[n:])
	}
	return b, ok
}
