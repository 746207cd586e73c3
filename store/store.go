package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// LatestRef is the reference Get understands as the most recent check-in.
const LatestRef = "latest"

// Store is an open database. Its methods are safe for concurrent use.
type Store struct {
	db   *bbolt.DB
	path string
	// upgrade is set when Open upgraded an older database.
	upgrade *Upgrade
	// progress is told how far Import has got (see ReportProgress).
	progress func(done, total int)
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// Close releases the file and its lock.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close database %s: %w", s.path, err)
	}
	return nil
}

// Save adds c as a new check-in, and keeps a snapshot of q, the
// questionnaire it was answered with, unless one of the same hash is kept
// already (q may be nil: then none is kept). It truncates c.TakenAt to
// whole seconds and assigns c.ID; c is changed only when the save
// succeeds.
func (s *Store) Save(c *assessment.CheckIn, q *assessment.Questionnaire) error {
	if c == nil {
		return errors.New("save check-in: no check-in given")
	}
	if c.ID != "" {
		return fmt.Errorf("check-in %s is already saved; Save adds new check-ins only", c.ID)
	}
	rec := *c
	rec.TakenAt = c.TakenAt.Truncate(time.Second)
	if err := checkTakenAt(rec.TakenAt); err != nil {
		return fmt.Errorf("save check-in: %w", err)
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := checkins(tx)
		if err != nil {
			return err
		}
		k, err := freeKey(b, rec.TakenAt)
		if err != nil {
			return err
		}
		rec.ID = formatID(k)
		if err := addRecord(tx, k, rec); err != nil {
			return err
		}
		return keepQuestionnaire(tx, q)
	})
	if err != nil {
		return fmt.Errorf("save check-in to %s: %w; nothing was saved", s.path, err)
	}
	*c = rec
	return nil
}

// putRecord writes a check-in under its key, with its summary, in an
// envelope of the current schema. Every write of a check-in goes through
// here (save, import, commitments, upgrades), so whatever must stay in
// step with the check-ins is kept in step in one place. New check-ins come
// through addRecord, which refuses a key that is taken.
func putRecord(tx *bbolt.Tx, k []byte, rec assessment.CheckIn) error {
	v, err := json.Marshal(EnvelopeOf(rec))
	if err != nil {
		return err
	}
	sum, err := summaryBytes(rec)
	if err != nil {
		return err
	}
	return putStored(tx, k, v, sum)
}

// putStored is putRecord given the bytes it writes: v, what json.Marshal
// gives for the check-in in an envelope of the current schema, and sum,
// its summaryBytes. An import has them ready before it opens the
// database.
func putStored(tx *bbolt.Tx, k, v, sum []byte) error {
	b, err := checkins(tx)
	if err != nil {
		return err
	}
	b.FillPercent = appendFill
	if err := b.Put(k, v); err != nil {
		return err
	}
	return putSummaryBytes(tx, k, sum)
}

// List returns every check-in, oldest first.
func (s *Store) List() ([]assessment.CheckIn, error) {
	var out []assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			r, err := decode(k, v)
			out = append(out, r)
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Count is the number of check-ins. It counts their summaries, kept in
// step in the same transactions: counting walks every page, and that
// bucket has a fraction of the pages to map in after each open.
func (s *Store) Count() (int, error) {
	var n int
	err := s.guarded(func(tx *bbolt.Tx) error {
		b, err := summaries(tx)
		if err == nil {
			n = b.Stats().KeyN
		}
		return err
	})
	return n, err
}

// Latest returns the most recent check-in, and false when there is none.
func (s *Store) Latest() (assessment.CheckIn, bool, error) {
	var r assessment.CheckIn
	var found bool
	err := s.view(func(b *bbolt.Bucket) (err error) {
		r, found, err = latest(b)
		return err
	})
	return r, found, err
}

// Previous returns the check-in just before id in time order, and false
// when id is the first.
func (s *Store) Previous(id string) (assessment.CheckIn, bool, error) {
	var r assessment.CheckIn
	var found bool
	err := s.view(func(b *bbolt.Bucket) error {
		k, ok := parseID(id)
		if !ok {
			return notFound(id)
		}
		c := b.Cursor()
		if at, _ := c.Seek(k); !bytes.Equal(at, k) {
			return notFound(id)
		}
		pk, pv := c.Prev()
		if pk == nil {
			return nil
		}
		var err error
		r, err = decode(pk, pv)
		found = err == nil
		return err
	})
	return r, found, err
}

// Get returns the check-in ref names: a full ID, "latest", or a prefix of
// exactly one ID.
func (s *Store) Get(ref string) (assessment.CheckIn, error) {
	if ref == "" {
		return assessment.CheckIn{}, fmt.Errorf("no check-in given; name one by id or as %q", LatestRef)
	}
	var r assessment.CheckIn
	err := s.view(func(b *bbolt.Bucket) error {
		if ref == LatestRef {
			var found bool
			var err error
			if r, found, err = latest(b); err == nil && !found {
				err = noCheckInsYet()
			}
			return err
		}
		k, v, err := resolve(b, ref)
		if err != nil {
			return err
		}
		r, err = decode(k, v)
		return err
	})
	return r, err
}

// Delete removes the check-in with the given full ID. It takes no prefix,
// so a typo cannot delete the wrong check-in.
func (s *Store) Delete(id string) error {
	k, ok := parseID(id)
	if !ok {
		return notFound(id)
	}
	err := s.update(func(tx *bbolt.Tx) error {
		b, err := checkins(tx)
		if err != nil {
			return err
		}
		if b.Get(k) == nil {
			return notFound(id)
		}
		if err := b.Delete(k); err != nil {
			return err
		}
		return deleteSummary(tx, k)
	})
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("delete check-in %s from %s: %w; nothing was deleted", id, s.path, err)
	}
	return err
}

// view runs fn on the check-ins bucket in a read transaction. The guard
// is for a file damaged after Open checked it (a disk error, another
// program writing to it): a message then, rather than a crash.
func (s *Store) view(fn func(b *bbolt.Bucket) error) error {
	return s.guarded(func(tx *bbolt.Tx) error {
		b, err := checkins(tx)
		if err != nil {
			return err
		}
		return fn(b)
	})
}

// guarded runs a read transaction, turning a fault inside bbolt (a file
// damaged after it was opened) into an error.
func (s *Store) guarded(fn func(tx *bbolt.Tx) error) error {
	return guard(func() error {
		return s.db.View(fn)
	}, func(cause error) error { return damaged(s.path, cause) })
}

// checkins is the check-ins bucket. Open has checked that it exists; the
// error covers a file changed behind our back.
func checkins(tx *bbolt.Tx) (*bbolt.Bucket, error) {
	b := tx.Bucket(bucketCheckins)
	if b == nil {
		return nil, notDatabase(tx.DB().Path(), errors.New("it has no checkins bucket"))
	}
	return b, nil
}

func latest(b *bbolt.Bucket) (assessment.CheckIn, bool, error) {
	k, v := b.Cursor().Last()
	if k == nil {
		return assessment.CheckIn{}, false, nil
	}
	r, err := decode(k, v)
	return r, err == nil, err
}

// resolve finds the one key ref names, as a full ID or as a prefix.
func resolve(b *bbolt.Bucket, ref string) (k, v []byte, err error) {
	if k, ok := parseID(ref); ok {
		if v := b.Get(k); v != nil {
			return k, v, nil
		}
	}
	if k, v, ok, err := resolveShownDate(b, ref); ok || err != nil {
		return k, v, err
	}
	var matches []string
	err = b.ForEach(func(kk, vv []byte) error {
		if id := formatID(kk); strings.HasPrefix(id, ref) {
			matches = append(matches, id)
			k, v = kk, vv
		}
		return nil
	})
	switch {
	case err != nil:
		return nil, nil, err
	case len(matches) == 0:
		return nil, nil, notFoundNear(b, ref)
	case len(matches) > 1:
		return nil, nil, ambiguous(ref, matches)
	}
	return k, v, nil
}

// decode copies a check-in out of bbolt's memory; the key, not the stored
// id, is the truth about which check-in it is. The scores of a record in
// putRecord's form are read by hand (see decodeWithout).
func decode(k, v []byte) (assessment.CheckIn, error) {
	return decodeWithout(k, v)
}

// decodeJSON is decode with encoding/json alone, the definition of the
// format.
func decodeJSON(k, v []byte) (assessment.CheckIn, error) {
	var e Envelope
	if err := json.Unmarshal(v, &e); err != nil {
		return assessment.CheckIn{}, damagedCheckIn("check-in "+formatID(k), err)
	}
	c := e.CheckIn
	c.ID = formatID(k)
	return c, nil
}

func notFound(ref string) error {
	return fmt.Errorf("check-in %q %w (list the history to see the ids)", ref, ErrNotFound)
}
