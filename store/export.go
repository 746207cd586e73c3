package store

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
)

// ExportFormat is the "format" of an export file, so that import can tell
// one from any other JSON.
const ExportFormat = "leadcheck-export"

// ExportFile is the whole history in the form 'leadcheck export --format
// json' writes and 'leadcheck import' reads:
//
//	{"format": "leadcheck-export", "leadcheck_version": "v1.2.0", "schema": 1,
//	 "questionnaires": [{"hash": "...", "id": ..., ...}],
//	 "checkins": [records, oldest first]}
//
// It holds nothing about the moment of export, so exporting, importing
// into an empty database and exporting again gives the same bytes.
type ExportFile struct {
	Format           string
	LeadcheckVersion string
	// Schema is the SchemaVersion of the leadcheck that wrote the file.
	Schema int
	// Questionnaires are the snapshots of the questionnaires the check-ins
	// were answered with, each with its Hash set, in order of first use.
	Questionnaires []*assessment.Questionnaire
	CheckIns       []assessment.CheckIn
	// Rounds are the feedback rounds; Responses what of their responses
	// a report would show (see export_feedback.go). Files from before
	// feedback rounds have neither.
	Rounds    []assessment.Round
	Responses []assessment.Response
	// Missing names the questionnaires some check-ins were answered with
	// of which the database kept no snapshot; it is not written.
	Missing []assessment.QuestionnaireRef

	// source, places and data are set by DecodeExport, for messages that point
	// into the file.
	source string
	places map[string]int64
	data   []byte
	// plan is set by DecodeImport, which keeps it in place of CheckIns.
	plan *importPlan
}

// exportJSON is the file as written: its field names are a contract.
type exportJSON struct {
	Format           string         `json:"format"`
	LeadcheckVersion string         `json:"leadcheck_version"`
	Schema           int            `json:"schema"`
	Questionnaires   []snapshotJSON `json:"questionnaires"`
	CheckIns         []Envelope     `json:"checkins"`
	// Left out when empty, so a history without feedback exports as it
	// did before there were rounds.
	Rounds    []assessment.Round    `json:"rounds,omitempty"`
	Responses []assessment.Response `json:"responses,omitempty"`
}

// snapshotJSON is a questionnaire with its hash, which the questionnaire's
// own encoding leaves out because the hash is computed, not written.
type snapshotJSON struct {
	Hash string `json:"hash"`
	*assessment.Questionnaire
}

// MarshalJSON writes the file in its contract shape, with empty lists as
// [] rather than null.
func (f ExportFile) MarshalJSON() ([]byte, error) {
	out := exportJSON{
		Format:           f.Format,
		LeadcheckVersion: f.LeadcheckVersion,
		Schema:           f.Schema,
		Questionnaires:   []snapshotJSON{},
		CheckIns:         envelopes(f.CheckIns),
		Rounds:           f.Rounds,
		Responses:        f.Responses,
	}
	for _, q := range f.Questionnaires {
		out.Questionnaires = append(out.Questionnaires, snapshotJSON{q.Hash, q})
	}
	return json.Marshal(out)
}

// Export returns every check-in, oldest first, with the snapshots of the
// questionnaires they were answered with. version is the leadcheck version
// to record in the file.
func (s *Store) Export(version string) (ExportFile, error) {
	return s.ExportWithout(version)
}

// ExportWithout is Export with the named fields of each check-in left out
// (see ListWithout), for a file written from part of each: a table of
// scores has no use for the answers.
func (s *Store) ExportWithout(version string, skip ...string) (ExportFile, error) {
	recs, err := s.ListWithout(skip...)
	if err != nil {
		return ExportFile{}, err
	}
	f := ExportFile{Format: ExportFormat, LeadcheckVersion: version, Schema: SchemaVersion, CheckIns: recs}
	seen := map[string]bool{}
	for _, r := range recs {
		ref := r.Questionnaire
		if seen[ref.Hash] {
			continue
		}
		seen[ref.Hash] = true
		// Snapshots are never deleted, so reading them after List, in
		// their own transactions, sees all those List's records need.
		q, ok, err := s.Questionnaire(ref.Hash)
		if err != nil {
			return ExportFile{}, fmt.Errorf("export: %w", err)
		}
		if !ok {
			f.Missing = append(f.Missing, ref)
			continue
		}
		f.Questionnaires = append(f.Questionnaires, q)
	}
	return f, s.exportFeedback(&f)
}

// checkHeader tells a file that is not an export, or is from a newer
// leadcheck, apart from a damaged export before looking further.
func checkHeader(source string, data []byte) error {
	head := topFields(data)
	var format string
	if head == nil || json.Unmarshal(head["format"], &format) != nil || format != ExportFormat {
		return newError(MakeExport, `%s is not a leadcheck export (it has no "format": %q)`, source, ExportFormat)
	}
	var schema int
	if json.Unmarshal(head["schema"], &schema) == nil && schema > SchemaVersion {
		return fmt.Errorf("%s was %w (schema %d); upgrade leadcheck", source, ErrNewerSchema, schema)
	}
	return nil
}

// problem is one thing wrong in an export file, at a path such as
// "checkins[4].answers.trust-1".
type problem struct {
	path, msg string
}

// maxProblems bounds a report: a file wrong throughout says so in a
// screen. Checks stop collecting once they have more than this, so a huge
// broken file costs no more than a small one.
const maxProblems = 20

// moreProblems ends a report that was cut short.
const moreProblems = "... and more problems not shown; fix these and run again to see the rest"

// report turns problems into one error, each with its place, naming the
// check-in by its id where there is one.
func (f ExportFile) report(ps []problem, ids []string) error {
	if ids == nil {
		for _, r := range f.CheckIns {
			ids = append(ids, r.ID)
		}
	}
	ve := &assessment.ValidationError{Source: f.source}
	for i, p := range f.inFileOrder(ps) {
		if i == maxProblems {
			ve.Problems = append(ve.Problems, assessment.Problem{Message: moreProblems})
			break
		}
		var line, col int
		if p.placed {
			line, col = lineCol(f.data, p.off)
		}
		ve.Problems = append(ve.Problems, assessment.Problem{Line: line, Column: col, Message: named(p.path, ids) + p.msg})
	}
	return ve
}

// placedProblem is a problem and where in the file it is.
type placedProblem struct {
	problem
	off    int64
	placed bool
}

// inFileOrder places each problem and orders them as they come in the
// file: the checks of a check-in find its problems in their own order
// (the id before the schema, whatever the order of the keys). One with
// no place stays after the problem before it.
func (f ExportFile) inFileOrder(ps []problem) []placedProblem {
	out := make([]placedProblem, len(ps))
	var last int64
	for i, p := range ps {
		off, ok := f.place(p.path)
		if !ok {
			off = last
		}
		out[i], last = placedProblem{p, off, ok}, off
	}
	slices.SortStableFunc(out, func(a, b placedProblem) int { return cmp.Compare(a.off, b.off) })
	return out
}

// place is where the value at path starts, or where its nearest enclosing
// value does when it is missing. The places inside a check-in are not
// kept while the file is read (a long file would cost a map entry per
// value); they are found again here, for the few problems reported.
func (f ExportFile) place(path string) (int64, bool) {
	if off, ok := f.places[path]; ok {
		return off, true
	}
	if head, rest, ok := strings.Cut(path, "]."); ok && strings.HasPrefix(head, "checkins[") {
		if base, ok := f.places[head+"]"]; ok && base < int64(len(f.data)) {
			var raw json.RawMessage
			if json.NewDecoder(bytes.NewReader(f.data[base:])).Decode(&raw) == nil {
				places, _ := checkShape(raw, recordType)
				if off, ok := nearest(places, rest); ok {
					return base + off, true
				}
			}
			return base, true
		}
	}
	return nearest(f.places, path)
}

// named writes "checkins[4].answers.trust-1" as "checkins[4] (id
// 20260112-083000-2): answers.trust-1: ", so the check-in is found by the
// id a person sees in the history.
func named(path string, ids []string) string {
	if path == "" {
		return ""
	}
	rest, ok := strings.CutPrefix(path, "checkins[")
	num, rest, ok2 := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if !ok || !ok2 || err != nil {
		return path + ": "
	}
	head := "checkins[" + num + "]"
	if i < len(ids) && ids[i] != "" {
		head += " (id " + ids[i] + ")"
	}
	if rest = strings.TrimPrefix(rest, "."); rest != "" {
		head += ": " + rest
	}
	return head + ": "
}

// lineCol turns a byte offset into a 1-based line and column (in
// characters, as an editor counts them).
func lineCol(data []byte, off int64) (line, col int) {
	off = min(off, int64(len(data)))
	before := data[:off]
	start := bytes.LastIndexByte(before, '\n') + 1
	return bytes.Count(before, []byte{'\n'}) + 1, utf8.RuneCount(before[start:]) + 1
}
