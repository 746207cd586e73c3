package tui

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// Practice is what the screens need of the use cases: the reads, starting
// and finishing a check-in, drafts, focus and the cadence. The command
// line hands in its use-case service; a screen test may hand in a fake.
// Its types are the domain's, so the app builds without the database.
type Practice interface {
	// Reads. Each returns copies; none keeps the database open.
	Recent(n int) (recent []assessment.CheckIn, count int, err error)
	Summaries() ([]assessment.Summary, error)
	List() ([]assessment.CheckIn, error)
	// Listing is every check-in with only what a list shows: id, time,
	// questionnaire, dimension scores, balance, profile, warnings, note
	// and reflection (no reviews, so no commitment met); Get reads one
	// whole.
	Listing() ([]assessment.CheckIn, error)
	Get(ref string) (assessment.CheckIn, error)
	Delete(id string) error
	// Snapshot is the questionnaire a check-in was answered with, nil
	// when it was not kept; AnsweredWith falls back on the current one.
	Snapshot(hash string) *assessment.Questionnaire
	AnsweredWith(c assessment.CheckIn) *assessment.Questionnaire

	// OpenCommitments is the check-in whose commitments a check-in taken
	// at before (zero: now) reviews, nil for none.
	OpenCommitments(before time.Time) (*assessment.CheckIn, error)
	// Finish saves a check-in just taken, else keeps it in a recovery
	// file, and says what happened.
	Finish(c assessment.CheckIn) Finished
	// Suggestions are what a check-in suggests working on; nil once it
	// has commitments. SetCommitments saves the ones picked.
	Suggestions(c assessment.CheckIn) []assessment.Suggestion
	SetCommitments(id string, cs []assessment.Commitment) error

	// Drafts: Draft gives ok with the error of a draft that cannot be
	// read, so it can still be discarded.
	KeepsDrafts() bool
	Draft() (d assessment.Draft, ok bool, err error)
	Resumable(d assessment.Draft) bool
	KeepDraft(d assessment.Draft) error
	DiscardDraft() error

	// Preferences, each kept by a read-modify-write of the settings file
	// ("" for none), so setting one keeps the others. The theme is one of
	// auto, dark, light or none.
	Cadence() (c assessment.Cadence, chosen bool, err error)
	SetCadence(c assessment.Cadence) error
	SetTheme(theme string) error
	// FirstRun reports whether the first-run questions are due: a
	// settings file is given but not written yet. SetPreferences keeps
	// their answers in one write.
	FirstRun() bool
	SetPreferences(c assessment.Cadence, theme string) error
	SettingsPath() string

	FeedbackPractice
}

// Finished is what became of a finished check-in: saved (Err nil), or
// kept in a recovery file (Recovery, with Advice on what to do with it),
// or neither (RecoveryErr); with the check-in before it, for the change.
type Finished struct {
	CheckIn     assessment.CheckIn
	Previous    *assessment.CheckIn
	PreviousErr error
	Err         error
	Recovery    string
	RecoveryErr error
	Advice      string
}
