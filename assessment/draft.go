package assessment

import "time"

// Draft is a check-in left unfinished: everything given so far and the
// step it was left in, so that it can be taken up again where it was
// left. It is never history: it holds no scores and is not counted in any
// statistic until it is finished as a CheckIn.
type Draft struct {
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	// Items is how many statements the questionnaire had, for "7 of 24".
	Items   int      `json:"items"`
	Answers Answers  `json:"answers"`
	Skipped []string `json:"skipped,omitempty"`
	Timings Timings  `json:"timings,omitempty"`
	// Position is the index of the statement on view when last changed.
	Position int `json:"position"`
	// Step is the step of the check-in on view when last changed, one of
	// the Step constants; empty in drafts written before steps were kept,
	// which resume in the statements.
	Step string `json:"step,omitempty"`
	// ReviewOf is the check-in whose commitments Reviews answer.
	ReviewOf   string    `json:"review_of,omitempty"`
	Reviews    []Review  `json:"reviews,omitempty"`
	Reflection string    `json:"reflection,omitempty"`
	Note       string    `json:"note,omitempty"`
	StartedAt  time.Time `json:"started_at"`
	// UpdatedAt is the last change; SpentSeconds the time spent on the
	// check-in until then, over every sitting.
	UpdatedAt    time.Time `json:"updated_at"`
	SpentSeconds float64   `json:"spent_seconds"`
	// TakenAt is the back-filled date of the check-in, zero for "now".
	TakenAt time.Time `json:"taken_at,omitzero"`
	// SavingAt is the second the finished check-in is being saved under,
	// written just before the save: a draft left by a stop between the
	// save and the draft's deletion is known for one already saved.
	SavingAt time.Time `json:"saving_at,omitzero"`
}

// The steps a draft can be left in, in the order a check-in takes them.
const (
	StepReview     = "review"
	StepStatements = "statements"
	StepReflection = "reflection"
	StepNote       = "note"
)

// Empty reports whether nothing has been given yet: such a draft is not
// worth keeping.
func (d Draft) Empty() bool {
	return len(d.Answers) == 0 && len(d.Skipped) == 0 && len(d.Reviews) == 0 && d.Reflection == "" && d.Note == ""
}
