package store

import (
	"bytes"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// ScoresFlagged is Scores without the reviews: every check-in, oldest
// first, with its id, time, questionnaire, dimension scores, balance and
// profile from its summary, and the warnings of a flagged one from its
// record. That is what slopes need, which leave the flagged out; the
// reviews that Scores reads for a chart's marks were a quarter of the
// records a trend read. Only the records of flagged check-ins are read,
// each found from the root: a cursor stepping beside the summaries would
// touch every record's page on its way.
func (s *Store) ScoresFlagged() ([]assessment.CheckIn, error) {
	var out []assessment.CheckIn
	err := s.guarded(func(tx *bbolt.Tx) error {
		sb, err := summaries(tx)
		if err != nil {
			return err
		}
		cb, err := checkins(tx)
		if err != nil {
			return err
		}
		out = make([]assessment.CheckIn, 0, sb.Stats().KeyN)
		var prev assessment.QuestionnaireRef
		var head []byte
		return sb.ForEach(func(k, v []byte) error {
			sum, err := decodeSummaryAfter(k, v, prev)
			if err != nil {
				return err
			}
			prev = sum.Questionnaire
			c := assessment.CheckIn{ID: sum.ID, TakenAt: sum.TakenAt, Questionnaire: sum.Questionnaire,
				Scores: assessment.Scores{Dimensions: sum.Dimensions, Balance: sum.Balance}, Profile: sum.Profile}
			if sum.Flagged {
				head = storedHead(head[:0], k)
				if c.Warnings, err = warningsOf(k, cb.Get(k), head, sum.ID); err != nil {
					return err
				}
			}
			out = append(out, c)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
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
