package tui

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// FeedbackPractice is what the screens need of feedback rounds; Practice
// includes it. Its types mirror the use cases' field for field, so the
// command line's adapter converts them.
type FeedbackPractice interface {
	// Report is the round ref names (the latest when ""), its comments
	// in a fresh random order.
	Report(ref string) (FeedbackView, error)
	// OthersOverTime is the team's view at each round that reached its
	// minimum, oldest first.
	OthersOverTime() ([]OthersAt, error)
	// RoundsTiedTo are the rounds set against a check-in, which deleting
	// it would leave without their own scores; DeleteWithRounds deletes
	// the check-in and drops those rounds, or lets them wait for the
	// next check-in.
	RoundsTiedTo(id string) ([]assessment.Round, error)
	DeleteWithRounds(id string, dropRounds bool) error
}

// FeedbackView is a round's report with what it was built from.
type FeedbackView struct {
	Round         assessment.Round
	Responses     int
	Open          bool
	Questionnaire *assessment.Questionnaire
	// Self is the check-in set against the team's view; nil while the
	// round waits for it.
	Self   *assessment.CheckIn
	Report assessment.Report
}

// OthersAt is the team's view at one round.
type OthersAt struct {
	Round   string
	At      time.Time
	Self    map[string]assessment.Score
	Others  map[string]assessment.OthersScore
	Balance assessment.Score
}
