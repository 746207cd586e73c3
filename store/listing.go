package store

import (
	"bytes"
	"errors"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Listing returns every check-in, oldest first, with only what a list of
// them shows: the id, time, questionnaire, dimension scores and balance
// and profile (from its summary), and from the record the warnings, note
// and reflection. Answers, facets, margins, commitments and reviews are
// left out, so assessment.SummaryOf gives back each check-in's summary
// but for MetCommitment. The record is read only when its summary says it
// has words or warnings, and then only those fields are decoded: a list
// of ten thousand costs little more than their summaries.
func (s *Store) Listing() ([]assessment.CheckIn, error) {
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
		var prev assessment.QuestionnaireRef
		return sb.ForEach(func(k, v []byte) error {
			sum, err := decodeSummaryAfter(k, v, prev)
			if err != nil {
				return err
			}
			prev = sum.Questionnaire
			c, err := listed(k, cb.Get(k), sum)
			out = append(out, c)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// listed is the check-in of sum as Listing gives it; v is its record.
func listed(k, v []byte, sum assessment.Summary) (assessment.CheckIn, error) {
	c := assessment.CheckIn{ID: sum.ID, TakenAt: sum.TakenAt, Questionnaire: sum.Questionnaire,
		Scores: assessment.Scores{Dimensions: sum.Dimensions, Balance: sum.Balance}, Profile: sum.Profile}
	if !sum.HasNote && !sum.Flagged {
		return c, nil
	}
	if v == nil {
		return c, damagedCheckIn("check-in "+sum.ID, errNoRecord)
	}
	want := map[string]any{"warnings": &c.Warnings, "note": &c.Note, "reflection": &c.Reflection}
	if bytes.HasPrefix(v, storedHead(nil, k)) && decodeFields(v, want) {
		return c, nil
	}
	// Not as putRecord writes a record: decode it whole.
	full, err := decode(k, v)
	if err != nil {
		return c, err
	}
	c.Warnings, c.Note, c.Reflection = full.Warnings, full.Note, full.Reflection
	return c, nil
}

// errNoRecord is a summary whose record is missing; doctor finds it.
var errNoRecord = errors.New("it has a summary but no record")

// ListWithout is List with the named top-level fields of each check-in
// left out, as zero values. The names are those of the JSON export
// ("answers", "commitments", ...). Decoding the answers of ten thousand
// check-ins is most of the work of reading them, so a command that does
// not show them should not ask for them.
func (s *Store) ListWithout(skip ...string) ([]assessment.CheckIn, error) {
	var out []assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			r, err := decodeWithout(k, v, skip...)
			out = append(out, r)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
