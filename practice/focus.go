package practice

import (
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Suggestions are what c suggests working on until the next check-in,
// drawn from its answers on the questionnaire it was answered with; nil
// once it has commitments, since the choice is made.
func (s *Service) Suggestions(c assessment.CheckIn) []assessment.Suggestion {
	if len(c.Commitments) > 0 {
		return nil
	}
	q := s.Snapshot(c.Questionnaire.Hash)
	if q == nil {
		return nil // its answers belong to statements this leadcheck has not got
	}
	sugs := assessment.Suggest(q, c.Answers, assessment.Evaluate(q, c.Answers, nil))
	// A reason quotes its statement as asked: in the cadence's window.
	// The cadence is read as the check-in was, and its default serves
	// when the settings cannot be read.
	cadence, _, _ := s.Cadence()
	for i := range sugs {
		sugs[i].Why = assessment.FillWindow(sugs[i].Why, cadence)
	}
	return sugs
}

// SetCommitments keeps cs as what the saved check-in id commits to.
func (s *Service) SetCommitments(id string, cs []assessment.Commitment) error {
	return s.write(func(st *store.Store) error { return st.SetCommitments(id, cs) })
}
