package store

import (
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// SetCommitments replaces the commitments of a saved check-in. They are
// chosen after the result is shown and saved, so they arrive separately;
// nothing else of the record changes.
func (s *Store) SetCommitments(id string, cs []assessment.Commitment) error {
	k, ok := parseID(id)
	if !ok {
		return notFound(id)
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := checkins(tx)
		if err != nil {
			return err
		}
		v := b.Get(k)
		if v == nil {
			return notFound(id)
		}
		r, err := decode(k, v)
		if err != nil {
			return err
		}
		r.Commitments = cs
		return putRecord(tx, k, r)
	})
	if errors.Is(err, ErrNotFound) {
		return err
	}
	if err != nil {
		return fmt.Errorf("save commitments to %s: %w; nothing was changed", s.path, err)
	}
	return nil
}
