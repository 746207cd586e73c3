package store

import (
	"bytes"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachNoted calls fn with every check-in, newest first, as EachListed
// gives it but without the reflection: what a table with a note column
// reads. The check-in is valid only during the call: its scores and
// profile are reused for the next (see summaryReuse).
//
// The records are found by a second cursor stepping back beside the one
// on the summaries, as both buckets share their keys: a lookup from the
// root for each of thousands of check-ins cost more than decoding what
// the table shows of them.
func (s *Store) EachNoted(fn func(assessment.CheckIn) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		sb, err := summaries(tx)
		if err != nil {
			return err
		}
		cb, err := checkins(tx)
		if err != nil {
			return err
		}
		var sums summaryReuse
		var head []byte
		records := cb.Cursor()
		rk, rv := records.Last()
		c := sb.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			sum, err := sums.read(k, v)
			if err != nil {
				return err
			}
			r := assessment.CheckIn{ID: sum.ID, TakenAt: sum.TakenAt, Questionnaire: sum.Questionnaire,
				Scores: assessment.Scores{Dimensions: sum.Dimensions, Balance: sum.Balance}, Profile: sum.Profile}
			if sum.Flagged || sum.HasNote {
				// A record without a summary is passed over, as a lookup
				// would never ask for it; doctor finds it.
				for rk != nil && bytes.Compare(rk, k) > 0 {
					rk, rv = records.Prev()
				}
				var rec []byte
				if bytes.Equal(rk, k) {
					rec = rv
				}
				head = storedHead(head[:0], k)
				if r, err = noted(r, k, rec, head); err != nil {
					return err
				}
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}

// noted is c with the warnings and note of its record v, read as listed
// reads them: only those two fields when v begins as putRecord writes a
// record, else the whole record decoded.
func noted(c assessment.CheckIn, k, v, head []byte) (assessment.CheckIn, error) {
	if v == nil {
		return c, damagedCheckIn("check-in "+c.ID, errNoRecord)
	}
	if bytes.HasPrefix(v, head) {
		ok := true
		walked := eachField(v, func(name, value, _ []byte) bool {
			switch string(name) {
			case "warnings":
				ok = decodeValue(value, &c.Warnings)
			case "note":
				ok = decodeValue(value, &c.Note)
			}
			return ok
		})
		if walked && ok {
			return c, nil
		}
	}
	full, err := decode(k, v)
	if err != nil {
		return c, err
	}
	c.Warnings, c.Note = full.Warnings, full.Note
	return c, nil
}
