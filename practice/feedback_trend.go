package practice

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// OthersAt is the team's view at one round, for the trends beside the
// leader's own scores: only rounds that reached their minimum have one.
type OthersAt struct {
	Round string
	// At is when the round's check-in was taken (its "self"), else when
	// the round started.
	At time.Time
	// Self are the leader's scores at the round's check-in; nil while it
	// waits for one.
	Self    map[string]assessment.Score
	Others  map[string]assessment.OthersScore
	Balance assessment.Score
}

// OthersOverTime are the team's scores at every round that reached its
// minimum, oldest first.
func (s *Service) OthersOverTime() ([]OthersAt, error) {
	rounds, err := s.Rounds()
	if err != nil {
		return nil, err
	}
	var out []OthersAt
	for _, info := range rounds {
		if !info.Reached(info.Responses) {
			continue
		}
		rep, err := s.ReportSeeded(info.ID, 0)
		if err != nil {
			return nil, err
		}
		at := info.StartedAt
		var self map[string]assessment.Score
		if rep.Self != nil {
			at, self = rep.Self.TakenAt, rep.Report.Self
		}
		point := OthersAt{Round: info.ID, At: at, Self: self, Others: rep.Report.Others}
		if b := rep.Report.Balance.Others; b != nil {
			point.Balance = *b
		}
		out = append(out, point)
	}
	return out, nil
}
