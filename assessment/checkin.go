package assessment

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// QuestionnaireRef names the questionnaire a check-in was taken with, so
// history stays readable after questions.yaml changes.
type QuestionnaireRef struct {
	ID      string `json:"id"`
	Version int    `json:"version"`
	Hash    string `json:"hash"`
}

// RefOf is the reference to q.
func RefOf(q *Questionnaire) QuestionnaireRef {
	return QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash}
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
	Dimensions map[string]Score `json:"dimensions"`
	Balance    Score            `json:"balance"`
	Facets     map[string]Score `json:"facets"`
	// Margins are the 95% margins of the dimension scores by id, and of
	// the balance under "balance"; FacetMargins those of the facets. They
	// come from the questionnaire the check-in was answered with. Records
	// written before margins existed have neither.
	Margins      map[string]float64 `json:"margins,omitempty"`
	FacetMargins map[string]float64 `json:"facet_margins,omitempty"`
}

// MarginKeyBalance is the key of the balance's margin in Scores.Margins.
const MarginKeyBalance = "balance"

// ScoresMargins are the margins a record of a check-in taken with q
// keeps: every dimension's and the balance's, and every facet's.
func ScoresMargins(q *Questionnaire) (dims, facets map[string]float64) {
	m := MarginsOf(q)
	dims = maps.Clone(m.Dimensions)
	dims[MarginKeyBalance] = m.Balance
	return dims, m.Facets
}

// CheckIn is one check-in as it is kept: the answers and when they were
// given, the scores, profile and warnings they had then, the leader's own
// words, and the practice loop around it (the review of the commitments
// made last time, and those made now). The JSON names are the ones the
// export and the database use; the store adds the schema around them.
type CheckIn struct {
	// ID is given when the check-in is saved, e.g. "20261129-090000-3".
	ID            string           `json:"id"`
	TakenAt       time.Time        `json:"taken_at"`
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	Answers       Answers          `json:"answers"`
	Scores        Scores           `json:"scores"`
	// Profile is nil when no profile applied.
	Profile  *ProfileRef `json:"profile"`
	Warnings []Warning   `json:"warnings"`
	Note     string      `json:"note"`
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
}

// NewCheckIn builds an unsaved check-in (no ID) from a questionnaire, the
// answers, their result, when it was taken and a note. q must not be nil.
// The maps and slices are copied, so the caller may reuse its own.
// DurationSeconds is left for the caller, who knows it.
func NewCheckIn(q *Questionnaire, a Answers, res Result, takenAt time.Time, note string) CheckIn {
	c := CheckIn{
		TakenAt:       takenAt,
		Questionnaire: RefOf(q),
		Answers:       maps.Clone(a),
		Scores: Scores{
			Dimensions: maps.Clone(res.Dimensions),
			Balance:    res.Balance,
			Facets:     maps.Clone(res.Facets),
		},
		Warnings: slices.Clone(res.Warnings),
		Note:     note,
	}
	c.Scores.Margins, c.Scores.FacetMargins = ScoresMargins(q)
	if res.Profile != nil {
		c.Profile = &ProfileRef{ID: res.Profile.ID, Name: res.Profile.Name}
	}
	return c
}

// MetCommitment reports whether any review in c says a commitment was done.
func (c CheckIn) MetCommitment() bool {
	for _, rv := range c.Reviews {
		if rv.Progress == Done {
			return true
		}
	}
	return false
}

// HasWords reports whether the leader wrote a note or a reflection.
func (c CheckIn) HasWords() bool {
	return strings.TrimSpace(c.Note) != "" || strings.TrimSpace(c.Reflection) != ""
}

// Summary is what a list of check-ins needs of each: when, the scores, the
// profile, and whether there is more to read.
type Summary struct {
	ID         string
	TakenAt    time.Time
	Dimensions map[string]Score
	Balance    Score
	// Profile is nil when no profile applied.
	Profile *ProfileRef
	// HasNote is true when the check-in has a note or a reflection.
	HasNote bool
	// MetCommitment is true when a commitment reviewed in it was done.
	MetCommitment bool
	// Flagged is true when the check-in has any data-quality warning:
	// trends leave it out of slopes unless asked to keep it.
	Flagged bool
	// Questionnaire is the questionnaire it was answered with, so a list
	// can mark where the questionnaire changed; empty in a summary kept
	// before summaries carried it.
	Questionnaire QuestionnaireRef
	// Facets are the facet scores, for a table with a column for each;
	// a list that shows none may leave them out.
	Facets map[string]Score
	// WarningCodes are the codes of the data-quality warnings, in order.
	WarningCodes []string
	// NoteWritten is true when the check-in has a note, whatever its
	// reflection: a table's note column says only that.
	NoteWritten bool
}

// SummaryOf is the summary of a check-in. It shares the check-in's maps.
func SummaryOf(c CheckIn) Summary {
	return Summary{
		ID:            c.ID,
		TakenAt:       c.TakenAt,
		Dimensions:    c.Scores.Dimensions,
		Balance:       c.Scores.Balance,
		Profile:       c.Profile,
		HasNote:       c.HasWords(),
		MetCommitment: c.MetCommitment(),
		Flagged:       len(c.Warnings) > 0,
		Questionnaire: c.Questionnaire,
		Facets:        c.Scores.Facets,
		WarningCodes:  WarningCodes(c.Warnings),
		NoteWritten:   strings.TrimSpace(c.Note) != "",
	}
}

// WarningCodes are the codes of ws, in order; nil when there are none.
func WarningCodes(ws []Warning) []string {
	if len(ws) == 0 {
		return nil
	}
	codes := make([]string, len(ws))
	for i, w := range ws {
		codes[i] = w.Code
	}
	return codes
}

// AnsweredIn is how long answering took, as the result says it beside the
// date: "answered in 6 min", never less than a minute; "" when unknown.
func (c CheckIn) AnsweredIn() string {
	if c.DurationSeconds <= 0 {
		return ""
	}
	return fmt.Sprintf("answered in %d min", max(1, int(c.DurationSeconds/60+0.5)))
}
