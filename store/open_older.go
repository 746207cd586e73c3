package store

import (
	"fmt"
	"os"
	"strconv"

	"go.etcd.io/bbolt"
)

// readUpgraded serves a command that only reads a database an older
// leadcheck wrote: the file is copied into memory, under the shared lock
// the read-only db holds, and the copy is upgraded there. The file stays
// exactly as it was, so looking at a history with a newer build never
// shuts the older build out of it (it refuses a newer schema), and a
// read-only file or file system is read as any other. The first command
// that writes upgrades the file itself, after its backup (migrate). db is
// closed in every case.
func readUpgraded(db *bbolt.DB, path string, from int) (*Store, error) {
	f, err := memoryFile()
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("cannot read %s, from an older leadcheck (schema %d): %w; "+
			"open it once with 'leadcheck' to upgrade it", path, from, err)
	}
	err = guard(func() error {
		return db.View(func(tx *bbolt.Tx) error {
			_, err := tx.WriteTo(f)
			return err
		})
	}, notDatabaseAt(path))
	_ = db.Close()
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	mem, err := bbolt.Open(f.Name(), 0o600, &bbolt.Options{
		OpenFile: func(string, int, os.FileMode) (*os.File, error) { return f, nil },
	})
	if err != nil {
		_ = f.Close()
		return nil, notDatabase(path, err)
	}
	err = guard(func() error {
		return mem.Update(func(tx *bbolt.Tx) error { return upgradeTx(tx, from) })
	}, notDatabaseAt(path))
	if err != nil {
		_ = mem.Close()
		return nil, fmt.Errorf("cannot read %s, from an older leadcheck (schema %d): %w; the file is unchanged", path, from, err)
	}
	return &Store{db: mem, path: path}, nil
}

// upgradeTx runs every migration from schema `from` to SchemaVersion in
// tx, and records the schema and the form of the summaries they wrote.
func upgradeTx(tx *bbolt.Tx, from int) error {
	for n := from; n < SchemaVersion; n++ {
		if err := migrations[n-1](tx); err != nil {
			return fmt.Errorf("from schema %d to %d: %w", n, n+1, err)
		}
	}
	// Every step wrote the summaries again through putRecord.
	if err := markSummaries(tx); err != nil {
		return err
	}
	return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion)))
}
