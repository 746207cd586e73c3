package practice

import (
	"github.com/leadcheck/leadcheck/assessment"
)

// The reads the screens and commands need. Each returns copies, so no
// read of the database outlives the call.

// Summaries are the summaries of every check-in, oldest first.
func (s *Service) Summaries() ([]assessment.Summary, error) {
	if s.cfg.Store == nil {
		return nil, s.noStore()
	}
	sums, err := s.cfg.Store.Summaries()
	return sums, s.err(err)
}

// List is every check-in, oldest first.
func (s *Service) List() ([]assessment.CheckIn, error) {
	if s.cfg.Store == nil {
		return nil, s.noStore()
	}
	cs, err := s.cfg.Store.List()
	return cs, s.err(err)
}

// Listing is every check-in, oldest first, with only what a list of them
// shows (see store.Listing): no answers, facets or commitments. Get reads
// one whole.
func (s *Service) Listing() ([]assessment.CheckIn, error) {
	if s.cfg.Store == nil {
		return nil, s.noStore()
	}
	cs, err := s.cfg.Store.Listing()
	return cs, s.err(err)
}

// Recent are the last n check-ins, oldest first, and how many there are
// in all: what a dashboard shows of a long history.
func (s *Service) Recent(n int) ([]assessment.CheckIn, int, error) {
	if s.cfg.Store == nil {
		return nil, 0, s.noStore()
	}
	recent, err := s.cfg.Store.Recent(n)
	if err != nil {
		return nil, 0, s.err(err)
	}
	count, err := s.cfg.Store.Count()
	return recent, count, s.err(err)
}

// Get is the check-in ref names: an id, "latest", or a prefix of one id.
func (s *Service) Get(ref string) (assessment.CheckIn, error) {
	if s.cfg.Store == nil {
		return assessment.CheckIn{}, s.noStore()
	}
	c, err := s.cfg.Store.Get(ref)
	return c, s.err(err)
}

// WithPrevious is the check-in ref names and the one before it, nil for
// the first: what a result needs to show what changed.
func (s *Service) WithPrevious(ref string) (assessment.CheckIn, *assessment.CheckIn, error) {
	c, err := s.Get(ref)
	if err != nil {
		return assessment.CheckIn{}, nil, err
	}
	prev, ok, err := s.cfg.Store.Previous(c.ID)
	if err != nil || !ok {
		return c, nil, s.err(err)
	}
	return c, &prev, nil
}

// Delete removes the check-in with the given full id.
func (s *Service) Delete(id string) error {
	if s.cfg.Store == nil {
		return s.noStore()
	}
	return s.err(s.cfg.Store.Delete(id))
}

// Snapshot is the questionnaire with the given hash as it was when a
// check-in was answered with it; nil when none was kept, or when it
// cannot be read (the current questionnaire then stands in).
func (s *Service) Snapshot(hash string) *assessment.Questionnaire {
	if hash == s.cfg.Questionnaire.Hash {
		return s.cfg.Questionnaire
	}
	if s.cfg.Store == nil {
		return nil
	}
	q, ok, err := s.cfg.Store.Questionnaire(hash)
	if err != nil || !ok {
		return nil
	}
	return q
}

// AnsweredWith is the questionnaire c was answered with, when it was
// kept; otherwise the current one, so old check-ins keep their own
// statements and names whenever they can.
func (s *Service) AnsweredWith(c assessment.CheckIn) *assessment.Questionnaire {
	if q := s.Snapshot(c.Questionnaire.Hash); q != nil {
		return q
	}
	return s.cfg.Questionnaire
}
