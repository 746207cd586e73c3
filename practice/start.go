package practice

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Start is what a new check-in begins with.
type Start struct {
	// Previous is the check-in before it, to show what changed; nil for
	// the first.
	Previous *assessment.CheckIn
	// Open is the check-in whose commitments are to be reviewed first;
	// nil when none are open.
	Open *assessment.CheckIn
	// Draft is an unfinished check-in to resume or discard, nil for none;
	// DraftErr says why a draft that is there cannot be read.
	Draft    *assessment.Draft
	DraftErr error
}

// Start reads what a check-in taken at on (zero: now) begins with.
func (s *Service) Start(on time.Time) (Start, error) {
	var st Start
	var err error
	if st.Previous, err = s.CheckInBefore(on); err != nil {
		return st, err
	}
	if st.Open, err = s.OpenCommitments(on); err != nil {
		return st, err
	}
	if d, ok, err := s.Draft(); ok {
		st.Draft, st.DraftErr = &d, err
	}
	return st, nil
}

// CheckInBefore is the latest check-in taken before the given time, or
// the latest of all when before is zero; nil when there is none, or no
// database. A back-filled check-in compares with the one before its date.
func (s *Service) CheckInBefore(before time.Time) (c *assessment.CheckIn, err error) {
	if !s.HasStore() {
		return nil, nil
	}
	err = s.read(func(st *store.Store) error {
		c, err = checkInBefore(st, before)
		return err
	})
	return c, err
}

func checkInBefore(st *store.Store, before time.Time) (*assessment.CheckIn, error) {
	latest, ok, err := st.Latest()
	if err != nil || !ok {
		return nil, err
	}
	if before.IsZero() || latest.TakenAt.Before(before) {
		return &latest, nil
	}
	all, err := st.List()
	if err != nil {
		return nil, err
	}
	for i := len(all) - 1; i >= 0; i-- {
		if all[i].TakenAt.Before(before) {
			return &all[i], nil
		}
	}
	return nil, nil
}

// OpenCommitments is the check-in whose commitments a check-in taken at
// before (zero: now) reviews, or nil when none are open or there is no
// database (see store.OpenCommitments).
func (s *Service) OpenCommitments(before time.Time) (c *assessment.CheckIn, err error) {
	if !s.HasStore() {
		return nil, nil
	}
	err = s.read(func(st *store.Store) error {
		c, err = st.OpenCommitments(before)
		return err
	})
	return c, err
}
