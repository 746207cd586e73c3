package practice

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Feedback rounds: start one, take in the filled-in forms, close it, and
// list them. The report is in feedback_report.go.

// ErrNoRound is a feedback command with no round to act on.
var ErrNoRound = errors.New("no feedback round")

// RoundInfo is a round with how many responses it has, and whether it
// takes more now (a round past its closing day is closed, whether or not
// that was written down yet).
type RoundInfo struct {
	assessment.Round
	Responses int
	Open      bool
}

// StartRound opens a round (see PlanRound) and saves it.
func (s *Service) StartRound(o assessment.RoundOptions) (assessment.Round, error) {
	r, err := s.PlanRound(o)
	if err != nil {
		return assessment.Round{}, err
	}
	return r, s.SaveRound(r)
}

// SaveRound saves a round PlanRound made, with the questionnaire it asks.
func (s *Service) SaveRound(r assessment.Round) error {
	return s.write(func(st *store.Store) error { return st.SaveRound(r, s.cfg.Questionnaire) })
}

// PlanRound makes a round for the current questionnaire without saving
// it, so its form can be written first: tied to the latest check-in when
// it was taken within the round's window (its answers are what the
// observers' are set against), otherwise waiting for the next check-in.
// Its id is the day it starts, with a number after it when that day has
// a round already. A round closes by hand, or at the end of its closing
// day without anything written (see assessment.Round.IsOpen).
func (s *Service) PlanRound(o assessment.RoundOptions) (assessment.Round, error) {
	if !s.HasStore() {
		return assessment.Round{}, s.noStore()
	}
	now := s.cfg.Now()
	if o.Window.Days == 0 {
		if c, _, err := s.Cadence(); err == nil {
			o.Window = c
		}
	}
	var latest assessment.CheckIn
	var found bool
	var rounds []assessment.Round
	err := s.read(func(st *store.Store) (err error) {
		if latest, found, err = st.Latest(); err != nil {
			return err
		}
		rounds, err = st.Rounds()
		return err
	})
	if err != nil {
		return assessment.Round{}, err
	}
	tie := ""
	window := o.Window
	if window.Days == 0 {
		window = assessment.DefaultCadence
	}
	// Counted in calendar days, as when a check-in is due: a window of
	// hours would hold a check-in of 09:00 four weeks ago until 09:00,
	// and to 10:00 across the change to winter time.
	if found && assessment.CalendarDays(latest.TakenAt, now) <= window.Days {
		tie = latest.ID
	}
	return assessment.NewRound(freeRoundID(rounds, now), tie, s.cfg.Questionnaire, o, now)
}

// freeRoundID is the first id of the day's not yet taken by one of
// rounds: 2026-11-30, then 2026-11-30-2, and so on.
func freeRoundID(rounds []assessment.Round, now time.Time) string {
	base := now.Format(time.DateOnly)
	id := base
	for n := 2; slices.ContainsFunc(rounds, func(r assessment.Round) bool { return r.ID == id }); n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	return id
}

// Rounds are every round with its count of responses, oldest first.
func (s *Service) Rounds() ([]RoundInfo, error) {
	var rounds []assessment.Round
	var counts map[string]int
	err := s.read(func(st *store.Store) (err error) {
		if rounds, err = st.Rounds(); err != nil {
			return err
		}
		counts, err = st.ResponseCounts()
		return err
	})
	if err != nil {
		return nil, err
	}
	now := s.cfg.Now()
	out := make([]RoundInfo, len(rounds))
	for i, r := range rounds {
		out[i] = RoundInfo{Round: r, Responses: counts[r.ID], Open: r.IsOpen(now)}
	}
	return out, nil
}

// FindRound is the round ref names, or the latest round when ref is "".
func (s *Service) FindRound(ref string) (RoundInfo, error) {
	rounds, err := s.Rounds()
	if err != nil {
		return RoundInfo{}, err
	}
	if len(rounds) == 0 {
		return RoundInfo{}, fmt.Errorf("there is %w yet; start one with 'leadcheck feedback start'", ErrNoRound)
	}
	if ref == "" {
		return rounds[len(rounds)-1], nil
	}
	for _, r := range rounds {
		if r.ID == ref {
			return r, nil
		}
	}
	return RoundInfo{}, fmt.Errorf("there is %w %q; 'leadcheck feedback list' shows the rounds", ErrNoRound, ref)
}

// CloseRound closes the round ref names (the latest when ""), so it takes
// no more responses. Closing a closed round changes nothing.
func (s *Service) CloseRound(ref string) (assessment.Round, error) {
	info, err := s.FindRound(ref)
	if err != nil {
		return assessment.Round{}, err
	}
	r := info.Round
	if r.Closed {
		return r, nil
	}
	r.Closed = true
	return r, s.write(func(st *store.Store) error { return st.UpdateRound(r) })
}

// RoundQuestionnaire is the questionnaire a round's form was written
// from: the current one, or the snapshot kept when the round started.
func (s *Service) RoundQuestionnaire(r assessment.Round) (*assessment.Questionnaire, error) {
	if q := s.Snapshot(r.Questionnaire.Hash); q != nil {
		return q, nil
	}
	return nil, fmt.Errorf("round %s was started with questionnaire %s version %d, which this database did not keep; "+
		"run this leadcheck with that questionnaire (--questions)", r.ID, r.Questionnaire.ID, r.Questionnaire.Version)
}

// Form is the form of the round ref names (the latest when ""), in the
// given format, to hand out or print.
func (s *Service) Form(ref string, f assessment.FormFormat) (assessment.Round, []byte, error) {
	info, err := s.FindRound(ref)
	if err != nil {
		return assessment.Round{}, nil, err
	}
	data, err := s.FormOf(info.Round, f)
	return info.Round, data, err
}

// FormOf is the form of round r, saved or only planned.
func (s *Service) FormOf(r assessment.Round, f assessment.FormFormat) ([]byte, error) {
	q, err := s.RoundQuestionnaire(r)
	if err != nil {
		return nil, err
	}
	return assessment.WriteForm(r, q, f)
}
