package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// bucketSummaries (schema 2 onwards) holds a small JSON summary of each
// check-in under the same key as its record, so screens that list many
// check-ins need not decode whole records. putRecord keeps it in step.
var bucketSummaries = []byte("summaries")

// Summaries returns the summary of every check-in, oldest first.
func (s *Store) Summaries() ([]assessment.Summary, error) {
	var out []assessment.Summary
	err := s.guarded(func(tx *bbolt.Tx) error {
		b, err := summaries(tx)
		if err != nil {
			return err
		}
		var prev assessment.QuestionnaireRef
		return b.ForEach(func(k, v []byte) error {
			sum, err := decodeSummaryAfter(k, v, prev, false)
			out, prev = append(out, sum), sum.Questionnaire
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// storedSummary is a Summary as kept in the bucket; the key is the id.
// The names are readable: one-letter names measured no faster. The
// fields after the questionnaire came with summary format 3 (see
// summaryFormat), so the tables of history and the CSV export need no
// record.
type storedSummary struct {
	TakenAt       time.Time                   `json:"taken_at"`
	Dimensions    map[string]assessment.Score `json:"dimensions"`
	Balance       assessment.Score            `json:"balance"`
	Profile       *assessment.ProfileRef      `json:"profile,omitempty"`
	HasNote       bool                        `json:"has_note,omitempty"`
	MetCommitment bool                        `json:"met_commitment,omitempty"`
	Flagged       bool                        `json:"flagged,omitempty"`
	// Questionnaire is missing from summaries written before it was
	// added; Open writes them again (see summaryFormat).
	Questionnaire *assessment.QuestionnaireRef `json:"questionnaire,omitempty"`
	Facets        map[string]assessment.Score  `json:"facets,omitempty"`
	Warnings      []string                     `json:"warnings,omitempty"`
	NoteWritten   bool                         `json:"note_written,omitempty"`
}

// storedOf is sum as the bucket keeps it.
func storedOf(sum assessment.Summary) storedSummary {
	return storedSummary{
		TakenAt: sum.TakenAt, Dimensions: sum.Dimensions, Balance: sum.Balance,
		Profile: sum.Profile, HasNote: sum.HasNote, MetCommitment: sum.MetCommitment,
		Flagged: sum.Flagged, Questionnaire: &sum.Questionnaire,
		Facets: sum.Facets, Warnings: sum.WarningCodes, NoteWritten: sum.NoteWritten,
	}
}

func putSummary(tx *bbolt.Tx, k []byte, r assessment.CheckIn) error {
	v, err := summaryBytes(r)
	if err != nil {
		return err
	}
	return putSummaryBytes(tx, k, v)
}

// summaryBytes is the summary of r as the database stores it.
func summaryBytes(r assessment.CheckIn) ([]byte, error) {
	st := storedOf(assessment.SummaryOf(r))
	var room [1024]byte // written here, then kept at its size
	if b, ok := appendSummary(room[:0], st); ok {
		return bytes.Clone(b), nil
	}
	return json.Marshal(st)
}

func putSummaryBytes(tx *bbolt.Tx, k, v []byte) error {
	b, err := summaries(tx)
	if err != nil {
		return err
	}
	b.FillPercent = appendFill
	return b.Put(k, v)
}

func deleteSummary(tx *bbolt.Tx, k []byte) error {
	b, err := summaries(tx)
	if err != nil {
		return err
	}
	return b.Delete(k)
}

func decodeSummary(k, v []byte) (assessment.Summary, error) {
	return decodeSummaryAfter(k, v, assessment.QuestionnaireRef{}, true)
}

// decodeSummaryAfter is decodeSummary sharing prev's strings (see
// parseSummaryAfter).
func decodeSummaryAfter(k, v []byte, prev assessment.QuestionnaireRef, facets bool) (assessment.Summary, error) {
	s, err := parseSummaryAfter(v, prev, facets)
	if err != nil {
		return assessment.Summary{}, damagedCheckIn("summary of check-in "+formatID(k), err)
	}
	s.ID = formatID(k)
	return s, nil
}

// summary is s without its id, which is the key's.
func (s storedSummary) summary() assessment.Summary {
	sum := assessment.Summary{
		TakenAt: s.TakenAt, Dimensions: s.Dimensions, Balance: s.Balance,
		Profile: s.Profile, HasNote: s.HasNote, MetCommitment: s.MetCommitment,
		Flagged: s.Flagged, Facets: s.Facets, WarningCodes: s.Warnings, NoteWritten: s.NoteWritten,
	}
	if s.Questionnaire != nil {
		sum.Questionnaire = *s.Questionnaire
	}
	return sum
}

// summaries is the summaries bucket; Open has made sure it exists.
func summaries(tx *bbolt.Tx) (*bbolt.Bucket, error) {
	b := tx.Bucket(bucketSummaries)
	if b == nil {
		return nil, notDatabase(tx.DB().Path(), fmt.Errorf("it has no %s bucket", bucketSummaries))
	}
	return b, nil
}
