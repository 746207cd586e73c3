package store

import (
	"encoding/json"

	"github.com/leadcheck/leadcheck/assessment"
)

// SchemaVersion is the layout of the database and of the check-ins it
// holds. It is stored in the meta bucket and in every check-in: a check-in
// always carries the schema of the database it is in, so an upgrade
// rewrites it.
//
//  1. buckets checkins, meta (and questionnaires, made on first use)
//  2. adds summaries: a small summary of each check-in, for lists
//  3. adds rounds and responses: feedback from the team (feedback.go)
const SchemaVersion = 3

// Envelope is a check-in as the database stores it and an export carries
// it: the check-in with the schema it was written in. Its JSON is the
// check-in's with "schema" after the id:
//
//	{"id": "20261129-090000-3", "schema": 3, "taken_at": ..., ...}
//
// The envelope's own ID is there only to put the id first, ahead of the
// schema, as every file written so far has it; it hides the check-in's.
type Envelope struct {
	ID     string `json:"id"`
	Schema int    `json:"schema"`
	assessment.CheckIn
}

// EnvelopeOf wraps c in the current schema.
func EnvelopeOf(c assessment.CheckIn) Envelope {
	return Envelope{ID: c.ID, Schema: SchemaVersion, CheckIn: c}
}

// Unwrap is the check-in in e, with the envelope's id.
func (e Envelope) Unwrap() assessment.CheckIn {
	c := e.CheckIn
	c.ID = e.ID
	return c
}

// MarshalJSON writes the envelope with empty collections as [] and {}
// rather than null, so readers of exported history need not tell the two
// apart.
func (e Envelope) MarshalJSON() ([]byte, error) {
	type plain Envelope // without methods, so Marshal does not recurse
	p := plain(e)
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

// envelopes wraps each check-in in the current schema.
func envelopes(cs []assessment.CheckIn) []Envelope {
	out := make([]Envelope, len(cs))
	for i, c := range cs {
		out[i] = EnvelopeOf(c)
	}
	return out
}
