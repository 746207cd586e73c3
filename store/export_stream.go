package store

import (
	"bytes"
	"encoding/json"
	"io"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// WriteExportJSON writes the file Export returns as a json.Encoder with a
// two-space indent writes it, byte for byte, but one check-in at a time
// from the JSON it is stored as (see EachJSON): a long history is neither
// decoded nor held in memory. The check-ins and their questionnaires are
// read in one transaction, which stays open until the last check-in is
// written, so w should not wait on a person. It returns how many
// check-ins it wrote and the questionnaires of which no snapshot was
// kept (ExportFile.Missing).
func (s *Store) WriteExportJSON(w io.Writer, version string) (int, []assessment.QuestionnaireRef, error) {
	// The rounds' questionnaires follow the check-ins' in the file, so
	// they are read first and added once the check-ins' are known.
	var rounds ExportFile
	if err := s.exportFeedback(&rounds); err != nil {
		return 0, nil, err
	}
	var missing []assessment.QuestionnaireRef
	n := 0
	err := s.view(func(b *bbolt.Bucket) error {
		used, err := snapshotsUsed(b)
		if err != nil {
			return err
		}
		missing = used.missing
		qs := withRoundQuestionnaires(used.qs, rounds.Questionnaires)
		if err := writeExportHead(w, version, qs); err != nil {
			return err
		}
		if n, err = writeExportRecords(w, b, used.others); err != nil {
			return err
		}
		return writeExportTail(w, rounds)
	})
	return n, missing, err
}

// withRoundQuestionnaires adds the rounds' questionnaires that the
// check-ins' lack, as Export does.
func withRoundQuestionnaires(qs, rounds []*assessment.Questionnaire) []*assessment.Questionnaire {
	have := map[string]bool{}
	for _, q := range qs {
		have[q.Hash] = true
	}
	for _, q := range rounds {
		if !have[q.Hash] {
			have[q.Hash] = true
			qs = append(qs, q)
		}
	}
	return qs
}

// exportHead and exportTail are exportJSON before and after the
// check-ins, with its names and order.
type (
	exportHead struct {
		Format           string         `json:"format"`
		LeadcheckVersion string         `json:"leadcheck_version"`
		Schema           int            `json:"schema"`
		Questionnaires   []snapshotJSON `json:"questionnaires"`
	}
	exportTail struct {
		Rounds    []assessment.Round    `json:"rounds,omitempty"`
		Responses []assessment.Response `json:"responses,omitempty"`
	}
)

// writeExportHead writes the file up to the check-ins' opening bracket.
func writeExportHead(w io.Writer, version string, qs []*assessment.Questionnaire) error {
	head := exportHead{Format: ExportFormat, LeadcheckVersion: version, Schema: SchemaVersion, Questionnaires: []snapshotJSON{}}
	for _, q := range qs {
		head.Questionnaires = append(head.Questionnaires, snapshotJSON{q.Hash, q})
	}
	b, err := indented(head, "")
	if err != nil {
		return err
	}
	// The object without its closing "\n}".
	b = append(b[:len(b)-2], `,
  "checkins": `...)
	_, err = w.Write(b)
	return err
}

// writeRecordArray writes the check-ins of b as an indented array whose
// closing bracket is at the indent in, as json.MarshalIndent writes one
// there, one check-in at a time through one reused buffer.
func writeRecordArray(w io.Writer, b *bbolt.Bucket, in string) (int, error) {
	return writeArrayOf(w, in, func(fn func(rec []byte) error) error { return eachStoredJSON(b, fn) })
}

// writeArrayOf writes the records each gives, compact JSON one after
// another, as the elements of an indented array whose closing bracket is
// at the indent in, through one reused buffer, and says how many it
// wrote.
func writeArrayOf(w io.Writer, in string, each func(fn func(rec []byte) error) error) (int, error) {
	var buf []byte
	n := 0
	err := each(func(rec []byte) error {
		buf = buf[:0]
		if n == 0 {
			buf = append(buf, '[')
		} else {
			buf = append(buf, ',')
		}
		buf = append(append(buf, '\n'), in+"  "...)
		n++
		var err error
		if buf, err = appendIndented(buf, rec, in+"  ", "  "); err != nil {
			return err
		}
		_, err = w.Write(buf)
		return err
	})
	if err != nil {
		return n, err
	}
	end := "\n" + in + "]"
	if n == 0 {
		end = "[]"
	}
	_, err = io.WriteString(w, end)
	return n, err
}

// writeExportTail writes the feedback, when there is any, and the end of
// the file.
func writeExportTail(w io.Writer, f ExportFile) error {
	b, err := indented(exportTail{Rounds: f.Rounds, Responses: f.Responses}, "")
	if err != nil {
		return err
	}
	if len(b) > 2 { // "{}" when there is no feedback
		b[0] = ',' // the fields continue the object
	} else {
		b = []byte("\n}")
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// indented is v as json.MarshalIndent writes it, with prefix.
func indented(v any, prefix string) ([]byte, error) {
	compact, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = json.Indent(&buf, compact, prefix, "  ")
	return buf.Bytes(), err
}
