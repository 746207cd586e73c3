package store

import (
	"bytes"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// EachForTrend calls fn with every check-in, oldest first, as Scores
// gives it but without the reviews: its id, time, questionnaire,
// dimension scores, balance and profile from its summary, and the
// warnings of a flagged one from its record. That is what slopes need,
// which leave the flagged out; the reviews that Scores reads for a
// chart's marks were a quarter of the records a trend read. count is told
// how many there are before the first. The check-in is valid only during
// the call: its scores and profile are reused for the next (see
// summaryReuse).
//
// Only the records of flagged check-ins are read, each found from the
// root: a cursor stepping beside the summaries would touch every
// record's page on its way.
func (s *Store) EachForTrend(count func(int), fn func(assessment.CheckIn) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		sb, err := summaries(tx)
		if err != nil {
			return err
		}
		cb, err := checkins(tx)
		if err != nil {
			return err
		}
		count(sb.Stats().KeyN)
		var sums summaryReuse
		var head []byte
		return sb.ForEach(func(k, v []byte) error {
			sum, err := sums.read(k, v)
			if err != nil {
				return err
			}
			c := assessment.CheckIn{ID: sum.ID, TakenAt: sum.TakenAt, Questionnaire: sum.Questionnaire,
				Scores: assessment.Scores{Dimensions: sum.Dimensions, Balance: sum.Balance}, Profile: sum.Profile}
			if sum.Flagged {
				head = storedHead(head[:0], k)
				if c.Warnings, err = warningsOf(k, cb.Get(k), head, sum.ID); err != nil {
					return err
				}
			}
			return fn(c)
		})
	})
}

// warningsOf are the warnings of the record v under k, read as listed
// reads them: that field alone when v begins as putRecord begins a record
// (head), else the whole record decoded.
func warningsOf(k, v, head []byte, id string) ([]assessment.Warning, error) {
	if v == nil {
		return nil, damagedCheckIn("check-in "+id, errNoRecord)
	}
	var ws []assessment.Warning
	if bytes.HasPrefix(v, head) && decodeFields(v, map[string]any{"warnings": &ws}) {
		return ws, nil
	}
	full, err := decode(k, v)
	return full.Warnings, err
}
