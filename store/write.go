package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// ErrKeyTaken is returned when a record would be added under a key that
// already holds another check-in. Adding never replaces: only a rewrite of
// the same check-in (its commitments, a schema upgrade) goes through
// putRecord directly.
var ErrKeyTaken = errors.New("another check-in is already stored under this id")

// addRecord writes a new record under k, which must be free. The check
// runs in the caller's write transaction, so nothing can take the key
// between the check and the write.
func addRecord(tx *bbolt.Tx, k []byte, rec assessment.CheckIn) error {
	b, err := checkins(tx)
	if err != nil {
		return err
	}
	if b.Get(k) != nil {
		return fmt.Errorf("check-in %s: %w", formatID(k), ErrKeyTaken)
	}
	return putRecord(tx, k, rec)
}

// freeKey picks the key of a new check-in taken at t. It normally takes
// the next bucket sequence. The sequence never wraps: once it reaches the
// largest number (an imported id can carry it), or when that key is taken,
// the check-in goes after the last one of its second, which keeps the
// order of saves within the second. Only a second whose last check-in
// holds the largest sequence has no room, and that is an error, never an
// overwrite.
func freeKey(b *bbolt.Bucket, t time.Time) ([]byte, error) {
	if seq := b.Sequence(); seq < math.MaxUint64 {
		if err := b.SetSequence(seq + 1); err != nil {
			return nil, err
		}
		if k := makeKey(t, seq+1); b.Get(k) == nil {
			return k, nil
		}
	}
	last := lastInSecond(b, t)
	if last == nil {
		return makeKey(t, 1), nil
	}
	seq := binary.BigEndian.Uint64(last[8:])
	if seq == math.MaxUint64 {
		return nil, fmt.Errorf("no free id is left for a check-in taken at %s (check-in %s holds the largest sequence); "+
			"delete or re-export that check-in, or save at another time", t.Format(time.RFC3339), formatID(last))
	}
	return makeKey(t, seq+1), nil
}

// lastInSecond is the key of the last check-in stored in t's second, or nil.
func lastInSecond(b *bbolt.Bucket, t time.Time) []byte {
	top := makeKey(t, math.MaxUint64)
	c := b.Cursor()
	k, _ := c.Seek(top)
	if bytes.Equal(k, top) {
		return top
	}
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	if k == nil || !bytes.Equal(k[:8], top[:8]) {
		return nil
	}
	return bytes.Clone(k)
}

// update runs fn in a write transaction under guard, as guarded does for
// reads: bbolt panics on a damaged page a write meets as well (looking
// for a free key, say), and that deserves a message, not a crash that
// loses what was being saved before the caller can keep it elsewhere.
// bbolt rolls the transaction back as the panic passes, so nothing of it
// is written.
func (s *Store) update(fn func(tx *bbolt.Tx) error) error {
	return guard(func() error {
		return s.db.Update(fn)
	}, func(cause error) error { return damaged(s.path, cause) })
}
