package store

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// migrations[n-1] upgrades a database from schema n to n+1 inside the
// upgrading transaction. Schema 4 is one more step at the end, and
// SchemaVersion one higher.
var migrations = []func(tx *bbolt.Tx) error{
	addSummaries, // 1 -> 2
	addFeedback,  // 2 -> 3
}

// Upgrade is what Open did to a database an older leadcheck wrote.
type Upgrade struct {
	From, To int
	// Backup is the copy of the database as it was before, beside it.
	Backup string
}

// Upgraded reports whether Open upgraded the database, and how.
func (s *Store) Upgraded() (Upgrade, bool) {
	if s.upgrade == nil {
		return Upgrade{}, false
	}
	return *s.upgrade, true
}

// migrate upgrades the database at path from schema `from` to
// SchemaVersion. It first copies the file beside itself, byte for byte,
// named from now (history-schema1-20261129-090000.db): the caller holds
// the write lock, so nothing changes the file meanwhile, and without the
// copy nothing is upgraded. Then every step runs in one transaction, so
// the file is either upgraded or as it was.
func migrate(db *bbolt.DB, path string, from int, now time.Time) (*Upgrade, error) {
	backup, err := copyBeside(path, "schema"+strconv.Itoa(from), now)
	if err != nil {
		return nil, fmt.Errorf("database %s is from an older leadcheck (schema %d) and needs upgrading, "+
			"but copying it first failed: %w; nothing was changed (free some disk space, or check that you can write to its directory)",
			path, from, err)
	}
	err = guard(func() error {
		return db.Update(func(tx *bbolt.Tx) error { return upgradeTx(tx, from) })
	}, notDatabaseAt(path))
	if err != nil {
		_ = os.Remove(backup) // the database is as it was, so the copy adds nothing
		return nil, fmt.Errorf("cannot upgrade database %s (%w); it is unchanged", path, err)
	}
	return &Upgrade{From: from, To: SchemaVersion, Backup: backup}, nil
}

// addSummaries builds the summaries bucket from the records, and rewrites
// each record with the schema it is now in (putRecord does both).
func addSummaries(tx *bbolt.Tx) error {
	if tx.Bucket(bucketSummaries) != nil {
		if err := tx.DeleteBucket(bucketSummaries); err != nil {
			return err
		}
	}
	if _, err := tx.CreateBucket(bucketSummaries); err != nil {
		return err
	}
	return rewriteRecords(tx)
}

// addFeedback makes the buckets of feedback rounds, and rewrites each
// record with the schema it is now in.
func addFeedback(tx *bbolt.Tx) error {
	for _, name := range [][]byte{bucketRounds, bucketResponses} {
		if _, err := tx.CreateBucketIfNotExists(name); err != nil {
			return err
		}
	}
	return rewriteRecords(tx)
}

// rewriteRecords writes every check-in again through putRecord, which
// puts it in the current schema's envelope and keeps its summary.
func rewriteRecords(tx *bbolt.Tx) error {
	b, err := checkins(tx)
	if err != nil {
		return err
	}
	// bbolt forbids writing to a bucket while walking it.
	var keys [][]byte
	var recs []assessment.CheckIn
	err = b.ForEach(func(k, v []byte) error {
		r, err := decode(k, v)
		keys, recs = append(keys, bytes.Clone(k)), append(recs, r)
		return err
	})
	if err != nil {
		return err
	}
	for i, r := range recs {
		if err := putRecord(tx, keys[i], r); err != nil {
			return err
		}
	}
	return nil
}
