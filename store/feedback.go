package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// Feedback rounds (schema 3 onwards). "rounds" maps a round id to the
// round as JSON; "responses" holds one bucket per round id, mapping a
// response's content hash to the response as JSON. The hash is the only
// key a response has: nothing records which file it came from, when it
// arrived, or in which order, and the same response added twice lands on
// the same key.
var (
	bucketRounds    = []byte("rounds")
	bucketResponses = []byte("responses")
)

// ErrRoundExists is a round id that is taken.
var ErrRoundExists = errors.New("already exists")

// SaveRound adds a new round, with a snapshot of q, the questionnaire its
// form is written from, so its report reads the same after questions.yaml
// changes.
func (s *Store) SaveRound(r assessment.Round, q *assessment.Questionnaire) error {
	if err := r.Validate(); err != nil {
		return fmt.Errorf("save round: %w", err)
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := rounds(tx)
		if err != nil {
			return err
		}
		if b.Get([]byte(r.ID)) != nil {
			return fmt.Errorf("round %s %w; pick another id", r.ID, ErrRoundExists)
		}
		if err := putRound(b, r); err != nil {
			return err
		}
		return keepQuestionnaire(tx, q)
	})
	if err != nil {
		return fmt.Errorf("save round to %s: %w; nothing was saved", s.path, err)
	}
	return nil
}

// UpdateRound rewrites a round that exists (to close it, or tie it to a
// check-in).
func (s *Store) UpdateRound(r assessment.Round) error {
	if err := r.Validate(); err != nil {
		return fmt.Errorf("update round: %w", err)
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := rounds(tx)
		if err != nil {
			return err
		}
		if b.Get([]byte(r.ID)) == nil {
			return roundNotFound(r.ID)
		}
		return putRound(b, r)
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("update round %s in %s: %w; it is unchanged", r.ID, s.path, err)
	}
	return err
}

func putRound(b *bbolt.Bucket, r assessment.Round) error {
	v, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return b.Put([]byte(r.ID), v)
}

// Rounds returns every round, oldest first (by start, then id).
func (s *Store) Rounds() ([]assessment.Round, error) {
	var out []assessment.Round
	err := s.guarded(func(tx *bbolt.Tx) error {
		b, err := rounds(tx)
		if err != nil {
			return err
		}
		return b.ForEach(func(k, v []byte) error {
			r, err := decodeRound(k, v)
			out = append(out, r)
			return err
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read rounds from %s: %w", s.path, err)
	}
	slices.SortStableFunc(out, func(a, b assessment.Round) int { return a.StartedAt.Compare(b.StartedAt) })
	return out, nil
}

// Round returns the round with the given id.
func (s *Store) Round(id string) (assessment.Round, error) {
	var r assessment.Round
	err := s.guarded(func(tx *bbolt.Tx) error {
		b, err := rounds(tx)
		if err != nil {
			return err
		}
		v := b.Get([]byte(id))
		if v == nil {
			return roundNotFound(id)
		}
		r, err = decodeRound([]byte(id), v)
		return err
	})
	return r, err
}

// AddResponse stores resp under its round, unless the same response (the
// same content) is there already: added is false then. The round must
// exist; checking the response against it is the caller's.
func (s *Store) AddResponse(resp assessment.Response) (added bool, err error) {
	err = s.update(func(tx *bbolt.Tx) error {
		var err error
		added, err = putResponse(tx, resp)
		return err
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return false, fmt.Errorf("add a response to round %s in %s: %w; nothing was added", resp.Round, s.path, err)
	}
	return added, err
}

func putResponse(tx *bbolt.Tx, resp assessment.Response) (bool, error) {
	rb, err := rounds(tx)
	if err != nil {
		return false, err
	}
	if rb.Get([]byte(resp.Round)) == nil {
		return false, roundNotFound(resp.Round)
	}
	all := tx.Bucket(bucketResponses)
	b, err := all.CreateBucketIfNotExists([]byte(resp.Round))
	if err != nil {
		return false, err
	}
	k := []byte(resp.Hash())
	if b.Get(k) != nil {
		return false, nil
	}
	v, err := json.Marshal(resp)
	if err != nil {
		return false, err
	}
	return true, b.Put(k, v)
}

// Responses returns the responses to a round, in the order of their
// hashes, which says nothing about who sent them or when.
func (s *Store) Responses(round string) ([]assessment.Response, error) {
	var out []assessment.Response
	err := s.guarded(func(tx *bbolt.Tx) error {
		var err error
		out, err = responsesOf(tx, round)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read the responses to round %s from %s: %w", round, s.path, err)
	}
	return out, nil
}

func responsesOf(tx *bbolt.Tx, round string) ([]assessment.Response, error) {
	all := tx.Bucket(bucketResponses)
	if all == nil {
		return nil, notDatabase(tx.DB().Path(), errors.New("it has no responses bucket"))
	}
	b := all.Bucket([]byte(round))
	if b == nil {
		return nil, nil
	}
	var out []assessment.Response
	err := b.ForEach(func(k, v []byte) error {
		var r assessment.Response
		if err := json.Unmarshal(v, &r); err != nil {
			return damagedCheckIn("a response to round "+round, err)
		}
		out = append(out, r)
		return nil
	})
	return out, err
}

// ResponseCounts is how many responses each round has, by round id.
func (s *Store) ResponseCounts() (map[string]int, error) {
	counts := map[string]int{}
	err := s.guarded(func(tx *bbolt.Tx) error {
		all := tx.Bucket(bucketResponses)
		if all == nil {
			return nil
		}
		return all.ForEachBucket(func(k []byte) error {
			counts[string(k)] = all.Bucket(k).Stats().KeyN
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("count responses in %s: %w", s.path, err)
	}
	return counts, nil
}

// DeleteRound removes a round and its responses.
func (s *Store) DeleteRound(id string) error {
	err := s.update(func(tx *bbolt.Tx) error {
		return deleteRound(tx, id)
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("delete round %s from %s: %w; nothing was deleted", id, s.path, err)
	}
	return err
}

func deleteRound(tx *bbolt.Tx, id string) error {
	b, err := rounds(tx)
	if err != nil {
		return err
	}
	if b.Get([]byte(id)) == nil {
		return roundNotFound(id)
	}
	if err := b.Delete([]byte(id)); err != nil {
		return err
	}
	if all := tx.Bucket(bucketResponses); all != nil && all.Bucket([]byte(id)) != nil {
		return all.DeleteBucket([]byte(id))
	}
	return nil
}

// rounds is the rounds bucket; Open has made it.
func rounds(tx *bbolt.Tx) (*bbolt.Bucket, error) {
	b := tx.Bucket(bucketRounds)
	if b == nil || tx.Bucket(bucketResponses) == nil {
		return nil, notDatabase(tx.DB().Path(), errors.New("it has no rounds or responses bucket"))
	}
	return b, nil
}

func decodeRound(k, v []byte) (assessment.Round, error) {
	var r assessment.Round
	if err := json.Unmarshal(v, &r); err != nil {
		return r, damagedCheckIn("round "+string(k), err)
	}
	r.ID = string(k)
	return r, nil
}

func roundNotFound(id string) error {
	return fmt.Errorf("round %q %w (list the rounds to see the ids)", id, ErrNotFound)
}
