package tui

import (
	"github.com/leadcheck/leadcheck/assessment"
)

// A check-in whose result was closed before picking what to work on keeps
// a way back: the home screen offers the same focus step (f) for the
// latest check-in while it has no commitments, and saving there puts
// them on that check-in, where the next check-in reviews them.

// focusLeftOpen are the suggestions for the latest of recent (oldest
// first) when it has no commitments yet; nil when there is nothing to
// pick, or its questionnaire is not known here. It runs inside the home
// screen's loading command, as reading an older questionnaire may touch
// the database.
func focusLeftOpen(p Practice, recent []assessment.CheckIn) []assessment.Suggestion {
	if len(recent) == 0 {
		return nil
	}
	return p.Suggestions(recent[len(recent)-1])
}
