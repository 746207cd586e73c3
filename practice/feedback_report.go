package practice

import (
	"fmt"
	"math/rand/v2"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Added is what became of one filled-in form given to AddResponse.
type Added struct {
	Round string
	// Duplicate is true when the same response (the same content) was
	// added before; nothing was stored.
	Duplicate bool
}

// AddResponse reads one filled-in form (source names it in messages) and
// stores it with its round, unless the same response is stored already.
// It checks the form as assessment.ParseResponse does: a round that
// exists and is open, the same questionnaire, a role the round offers,
// answers on the scale. Nothing about the file is kept.
func (s *Service) AddResponse(source string, data []byte) (Added, error) {
	var rounds []assessment.Round
	err := s.read(func(st *store.Store) (err error) {
		rounds, err = st.Rounds()
		return err
	})
	if err != nil {
		return Added{}, err
	}
	qs := []*assessment.Questionnaire{s.cfg.Questionnaire}
	for _, r := range rounds {
		if q := s.Snapshot(r.Questionnaire.Hash); q != nil {
			qs = append(qs, q)
		}
	}
	resp, err := assessment.ParseResponse(source, data, assessment.LookupIn(rounds, qs...), s.cfg.Now())
	if err != nil {
		return Added{}, err
	}
	var added bool
	err = s.write(func(st *store.Store) (err error) {
		added, err = st.AddResponse(resp)
		return err
	})
	if err != nil {
		return Added{}, err
	}
	return Added{Round: resp.Round, Duplicate: !added}, nil
}

// FeedbackReport is a round's report with what it was built from. The
// app has a type of the same fields (tui.FeedbackView), so it converts.
type FeedbackReport struct {
	Round         assessment.Round
	Responses     int
	Open          bool
	Questionnaire *assessment.Questionnaire
	// Self is the check-in the observers' scores are set against; nil
	// while the round waits for its check-in.
	Self   *assessment.CheckIn
	Report assessment.Report
}

// Report reports the round ref names (the latest when ""), its comments
// in a fresh random order each time, so the order they arrived in cannot
// be read from the order they are shown in.
func (s *Service) Report(ref string) (FeedbackReport, error) {
	return s.ReportSeeded(ref, rand.Uint64())
}

// ReportSeeded is Report with the comments' order fixed by seed, for
// tests.
func (s *Service) ReportSeeded(ref string, seed uint64) (FeedbackReport, error) {
	info, err := s.FindRound(ref)
	if err != nil {
		return FeedbackReport{}, err
	}
	q, err := s.RoundQuestionnaire(info.Round)
	if err != nil {
		return FeedbackReport{}, err
	}
	self, err := s.roundCheckIn(info.Round)
	if err != nil {
		return FeedbackReport{}, err
	}
	var rs []assessment.Response
	err = s.read(func(st *store.Store) (err error) {
		rs, err = st.Responses(info.ID)
		return err
	})
	if err != nil {
		return FeedbackReport{}, err
	}
	var answers assessment.Answers
	if self != nil {
		if self.Questionnaire.Hash != q.Hash {
			return FeedbackReport{}, fmt.Errorf("check-in %s was answered with another questionnaire than round %s; "+
				"its scores cannot be set against the round's", self.ID, info.ID)
		}
		answers = self.Answers
	}
	rep, err := assessment.BuildReport(q, info.Round, answers, rs, seed)
	if err != nil {
		return FeedbackReport{}, err
	}
	return FeedbackReport{Round: info.Round, Responses: info.Responses, Open: info.Open, Questionnaire: q, Self: self, Report: rep}, nil
}

// roundCheckIn is the check-in a round is set against: the one it was
// tied to, or, for a round that waited for the next one, the first
// check-in taken after it started. Nil when there is none yet.
func (s *Service) roundCheckIn(r assessment.Round) (self *assessment.CheckIn, err error) {
	err = s.read(func(st *store.Store) error {
		if r.CheckIn != "" {
			c, err := st.Get(r.CheckIn)
			self = &c
			return err
		}
		cs, err := st.List()
		for i := range cs {
			if !cs[i].TakenAt.Before(r.StartedAt) {
				self = &cs[i]
				break
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return self, nil
}

// RoundsTiedTo are the rounds set against the check-in id, which
// deleting that check-in would leave without their "self".
func (s *Service) RoundsTiedTo(id string) ([]assessment.Round, error) {
	rounds, err := s.Rounds()
	if err != nil {
		return nil, err
	}
	var out []assessment.Round
	for _, r := range rounds {
		if r.CheckIn == id {
			out = append(out, r.Round)
		}
	}
	return out, nil
}

// DeleteWithRounds deletes the check-in id, and with it the rounds tied
// to it and their responses when dropRounds is true; otherwise those
// rounds wait for the next check-in.
func (s *Service) DeleteWithRounds(id string, dropRounds bool) error {
	tied, err := s.RoundsTiedTo(id)
	if err != nil {
		return err
	}
	// One write, so the rounds never point at a check-in that is gone.
	return s.write(func(st *store.Store) error {
		if err := st.Delete(id); err != nil {
			return err
		}
		for _, r := range tied {
			if dropRounds {
				err = st.DeleteRound(r.ID)
			} else {
				r.CheckIn = ""
				err = st.UpdateRound(r)
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
}
