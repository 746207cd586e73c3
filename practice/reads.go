package practice

import (
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// The reads the screens and commands need. Each returns copies, so no
// read of the database outlives the call, and each reads the file as it
// is now: a check-in another process saved meanwhile is there.

// Summaries are the summaries of every check-in, oldest first.
func (s *Service) Summaries() (sums []assessment.Summary, err error) {
	err = s.read(func(st *store.Store) error {
		sums, err = st.Summaries()
		return err
	})
	return sums, err
}

// List is every check-in, oldest first.
func (s *Service) List() (cs []assessment.CheckIn, err error) {
	err = s.read(func(st *store.Store) error {
		cs, err = st.List()
		return err
	})
	return cs, err
}

// Listing is every check-in, oldest first, with only what a list of them
// shows (see store.Listing): no answers, facets, commitments or reviews.
// Get reads one whole.
func (s *Service) Listing() (cs []assessment.CheckIn, err error) {
	err = s.read(func(st *store.Store) error {
		cs, err = st.Listing()
		return err
	})
	return cs, err
}

// Recent are the last n check-ins, oldest first, and how many there are
// in all: what a dashboard shows of a long history. Both come from one
// read, so they agree.
func (s *Service) Recent(n int) (recent []assessment.CheckIn, count int, err error) {
	err = s.read(func(st *store.Store) error {
		if recent, err = st.Recent(n); err != nil {
			return err
		}
		count, err = st.Count()
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return recent, count, nil
}

// Get is the check-in ref names: an id, "latest", or a prefix of one id.
func (s *Service) Get(ref string) (c assessment.CheckIn, err error) {
	err = s.read(func(st *store.Store) error {
		c, err = st.Get(ref)
		return err
	})
	return c, err
}

// WithPrevious is the check-in ref names and the one before it, nil for
// the first: what a result needs to show what changed.
func (s *Service) WithPrevious(ref string) (c assessment.CheckIn, prev *assessment.CheckIn, err error) {
	err = s.read(func(st *store.Store) error {
		if c, err = st.Get(ref); err != nil {
			return err
		}
		p, ok, err := st.Previous(c.ID)
		if ok {
			prev = &p
		}
		return err
	})
	return c, prev, err
}

// Delete removes the check-in with the given full id.
func (s *Service) Delete(id string) error {
	return s.write(func(st *store.Store) error { return st.Delete(id) })
}

// Snapshot is the questionnaire with the given hash as it was when a
// check-in was answered with it; nil when none was kept, or when it
// cannot be read (the current questionnaire then stands in).
func (s *Service) Snapshot(hash string) *assessment.Questionnaire {
	if hash == s.cfg.Questionnaire.Hash {
		return s.cfg.Questionnaire
	}
	var q *assessment.Questionnaire
	err := s.read(func(st *store.Store) error {
		kept, ok, err := st.Questionnaire(hash)
		if ok {
			q = kept
		}
		return err
	})
	if err != nil {
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
