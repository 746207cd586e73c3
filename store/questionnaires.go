package store

import (
	"encoding/json"
	"errors"
	"fmt"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// bucketQuestionnaires holds one snapshot of each questionnaire a check-in
// was answered with, keyed by its hash. It is created on first use, so a
// database from before it existed needs no migration.
var bucketQuestionnaires = []byte("questionnaires")

// keepQuestionnaire stores q under its hash unless it is there already.
// Snapshots are never rewritten: the hash names the content.
func keepQuestionnaire(tx *bbolt.Tx, q *assessment.Questionnaire) error {
	if q == nil || q.Hash == "" {
		return nil
	}
	b, err := tx.CreateBucketIfNotExists(bucketQuestionnaires)
	if err != nil {
		return err
	}
	if b.Get([]byte(q.Hash)) != nil {
		return nil
	}
	v, err := json.Marshal(q)
	if err != nil {
		return err
	}
	return b.Put([]byte(q.Hash), v)
}

// Questionnaire returns the questionnaire with the given hash as it was
// when a check-in was answered with it; ok is false when none was kept.
func (s *Store) Questionnaire(hash string) (q *assessment.Questionnaire, ok bool, err error) {
	err = s.guarded(func(tx *bbolt.Tx) error {
		q, ok, err = snapshotIn(tx, hash)
		return err
	})
	if errors.Is(err, ErrDamaged) {
		return nil, false, err // it names the file
	}
	if err != nil {
		return nil, false, fmt.Errorf("read questionnaire from %s: %w", s.path, err)
	}
	return q, ok, nil
}

// snapshotIn is Questionnaire within the transaction tx.
func snapshotIn(tx *bbolt.Tx, hash string) (*assessment.Questionnaire, bool, error) {
	b := tx.Bucket(bucketQuestionnaires)
	if b == nil {
		return nil, false, nil
	}
	v := b.Get([]byte(hash))
	if v == nil {
		return nil, false, nil
	}
	q := &assessment.Questionnaire{}
	if err := json.Unmarshal(v, q); err != nil {
		return nil, false, newError(RestoreDatabase, "the copy of questionnaire %s kept in %s is %w (%w)", hash, tx.DB().Path(), ErrDamaged, err)
	}
	q.Hash = hash
	q.Source = fmt.Sprintf("questionnaire %s version %d, as answered", q.ID, q.Version)
	return q, true, nil
}
