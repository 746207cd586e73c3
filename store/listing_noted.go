package store

import (
	"bytes"
	"strings"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachNoted calls fn with the summary of every check-in, newest first,
// without its facet scores: what a table with a note and a warnings
// column reads. The summary is valid only during the call: its scores,
// profile and codes are reused for the next (see summaryReuse).
//
// Summaries of the current form say whether there is a note and give
// the warnings' codes, so no record is read. Those of an earlier form
// (a database an earlier build wrote, opened read-only, so not yet
// written again) lack them, and each record with words or warnings is
// read beside its summary.
func (s *Store) EachNoted(fn func(assessment.Summary) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		sb, err := summaries(tx)
		if err != nil {
			return err
		}
		if !summariesCurrent(tx) {
			return eachNotedFromRecords(tx, sb, fn)
		}
		var sums summaryReuse
		c := sb.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			sum, err := sums.read(k, v)
			if err != nil {
				return err
			}
			if err := fn(sum); err != nil {
				return err
			}
		}
		return nil
	})
}

// eachNotedFromRecords is EachNoted over summaries of an earlier form.
// The records are found by a second cursor stepping back beside the one
// on the summaries, as both buckets share their keys: a lookup from the
// root for each of thousands of check-ins cost more than decoding what
// the table shows of them.
func eachNotedFromRecords(tx *bbolt.Tx, sb *bbolt.Bucket, fn func(assessment.Summary) error) error {
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
		sum.WarningCodes, sum.NoteWritten = nil, false
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
			r, err := noted(assessment.CheckIn{ID: sum.ID}, k, rec, head)
			if err != nil {
				return err
			}
			sum.WarningCodes = assessment.WarningCodes(r.Warnings)
			sum.NoteWritten = strings.TrimSpace(r.Note) != ""
		}
		if err := fn(sum); err != nil {
			return err
		}
	}
	return nil
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
