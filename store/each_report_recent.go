package store

import (
	"github.com/leadcheck/leadcheck/assessment"
)

// A review repeats, as stored, the commitment it reviews, made at the
// check-in before nearly always: a report's walk keeps the last
// commitments it read with their text, and takes a review's commitment
// whose text is one of them as it was read, without reading its texts
// again. The same text reads as the same commitment, so nothing is
// taken that reading it would refuse.

// recentCommitments are the last commitments read, each with its text
// in the record, which stays put while the walk's transaction is open.
type recentCommitments struct {
	texts [recentLimit][]byte
	read  [recentLimit]assessment.Commitment
	next  int
}

// recentLimit is how many are kept: more than a check-in makes.
const recentLimit = 16

// keep remembers that text read as c.
func (rc *recentCommitments) keep(text []byte, c assessment.Commitment) {
	rc.texts[rc.next], rc.read[rc.next] = text, c
	rc.next = (rc.next + 1) % recentLimit
}

// match reads the commitment at r when its text is one of those kept;
// false leaves r as it was.
func (rc *recentCommitments) match(r *reader) (assessment.Commitment, bool) {
	rest := r.b[r.i:]
	for i, t := range rc.texts {
		if len(t) > 0 && len(rest) >= len(t) && string(rest[:len(t)]) == string(t) {
			r.i += len(t)
			return rc.read[i], true
		}
	}
	return assessment.Commitment{}, false
}

// checkIn is the id of a reviewed check-in at r, whose opening quote is
// consumed: the id of the check-in read before when it is that one, as
// it nearly always is, else the text read.
func (u *reportReuse) checkIn(r *reader) (string, bool) {
	if id := u.prevID; id != "" && len(r.b)-r.i > len(id) &&
		string(r.b[r.i:r.i+len(id)]) == id && r.b[r.i+len(id)] == '"' {
		r.i += len(id) + 1
		return id, true
	}
	s, ok := quickStr(r)
	if !ok {
		return "", false
	}
	return recordText(s), true
}

// progressOf is p as a Progress, without a copy when it is one of those
// leadcheck writes.
func progressOf(p []byte) assessment.Progress {
	for _, known := range []assessment.Progress{assessment.Done, assessment.SomeProgress, assessment.NotStarted} {
		if string(p) == string(known) {
			return known
		}
	}
	return assessment.Progress(p)
}
