package store

import (
	"encoding/json"
	"maps"
	"slices"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// SchemaVersion is the layout of the database and of the records it holds.
// It is stored in the meta bucket and in every record: a record always
// carries the schema of the database it is in, so an upgrade rewrites it.
//
//  1. buckets checkins, meta (and questionnaires, made on first use)
//  2. adds summaries: a small summary of each check-in, for lists
const SchemaVersion = 2

// QuestionnaireRef names the questionnaire a check-in was taken with, so
// history stays readable after questions.yaml changes.
type QuestionnaireRef struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
	Hash    string `json:"hash"`
}

// ProfileRef names the profile a check-in fell in when it was scored.
type ProfileRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Scores are the scores computed when the check-in was taken. They are kept
// rather than recomputed so that a later change of scoring rules does not
// rewrite the past.
type Scores struct {
	Dimensions map[string]assessment.Score `json:"dimensions"`
	Balance    assessment.Score            `json:"balance"`
	Facets     map[string]assessment.Score `json:"facets"`
}

// Record is one saved check-in.
type Record struct {
	// ID is assigned by Save, e.g. "20261129-090000-3".
	ID            string             `json:"id"`
	Schema        int                `json:"schema"`
	TakenAt       time.Time          `json:"taken_at"`
	Questionnaire QuestionnaireRef   `json:"questionnaire"`
	Answers       assessment.Answers `json:"answers"`
	Scores        Scores             `json:"scores"`
	// Profile is nil when no profile applied.
	Profile  *ProfileRef          `json:"profile"`
	Warnings []assessment.Warning `json:"warnings"`
	Note     string               `json:"note"`
	// Reflection is the free text written after the statements, in answer
	// to the prompts drawn from the result.
	Reflection string `json:"reflection,omitempty"`
	// Commitments are what the leader chose to work on until the next
	// check-in; Reviews are how the previous check-in's commitments went,
	// reviewed at the start of this one.
	Commitments []Commitment `json:"commitments,omitempty"`
	Reviews     []Review     `json:"reviews,omitempty"`
	// DurationSeconds is the time spent answering, or 0 when unknown
	// (answers read from a file have no timing).
	DurationSeconds float64 `json:"duration_seconds,omitempty"`

	// questionnaire is what NewRecord was given; Save keeps a snapshot of
	// it once per hash, so the statements stay readable after the file
	// changes.
	questionnaire *assessment.Questionnaire
}

// NewRecord builds an unsaved record (no ID, Schema set) from a
// questionnaire, the answers, their result, when it was taken and a note.
// q must not be nil. The maps and slices are copied, so the caller may
// reuse its own. DurationSeconds is left for the caller, who knows it.
func NewRecord(q *assessment.Questionnaire, a assessment.Answers, res assessment.Result, takenAt time.Time, note string) Record {
	r := Record{
		Schema:        SchemaVersion,
		TakenAt:       takenAt,
		Questionnaire: QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash},
		Answers:       maps.Clone(a),
		Scores: Scores{
			Dimensions: maps.Clone(res.Dimensions),
			Balance:    res.Balance,
			Facets:     maps.Clone(res.Facets),
		},
		Warnings:      slices.Clone(res.Warnings),
		Note:          note,
		questionnaire: q,
	}
	if res.Profile != nil {
		r.Profile = &ProfileRef{ID: res.Profile.ID, Name: res.Profile.Name}
	}
	return r
}

// MarshalJSON writes the record with empty collections as [] and {} rather
// than null, so readers of exported history need not tell the two apart.
func (r Record) MarshalJSON() ([]byte, error) {
	type plain Record // without methods, so Marshal does not recurse
	p := plain(r)
	if p.Warnings == nil {
		p.Warnings = []assessment.Warning{}
	}
	if p.Answers == nil {
		p.Answers = assessment.Answers{}
	}
	if p.Scores.Dimensions == nil {
		p.Scores.Dimensions = map[string]assessment.Score{}
	}
	if p.Scores.Facets == nil {
		p.Scores.Facets = map[string]assessment.Score{}
	}
	return json.Marshal(p)
}
