package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
)

// RestoreInfo says what Restore did.
type RestoreInfo struct {
	// CheckIns and Schema describe the restored database. An older schema
	// is upgraded the next time the database is opened.
	CheckIns int
	Schema   int
	// Previous is the copy of the database that was replaced, or "" when
	// there was none; PreviousCheckIns is -1 when it was not readable.
	Previous         string
	PreviousCheckIns int
}

// Restore replaces the database at dbPath with a copy of the leadcheck
// database in from, which it only reads. The current database is copied
// beside itself first (history-20261129-090000.db, from now). While it
// works it holds a shared lock on the current database, so it refuses
// while leadcheck runs, and a leadcheck started meanwhile waits, then finds
// the restored file or (see replaced) asks to be run again. On any error
// the database is as it was.
func Restore(dbPath, from string, now time.Time) (RestoreInfo, error) {
	info := RestoreInfo{PreviousCheckIns: -1}
	if a, err := os.Stat(from); err == nil {
		if b, err := os.Stat(dbPath); err == nil && os.SameFile(a, b) {
			return info, fmt.Errorf("cannot restore from %s: it is the database itself; name a backup", from)
		}
	}
	cur, exists, err := lockCurrent(dbPath)
	if err != nil {
		return info, err
	}
	if cur != nil {
		defer cur.Close()
	}
	tmp, err := stage(dbPath, from, &info)
	if err != nil {
		return info, err
	}
	defer os.Remove(tmp) // gone by rename when all goes well
	if exists {
		if err := backUpCurrent(dbPath, cur, now, &info); err != nil {
			return info, err
		}
	}
	if err := os.Rename(tmp, dbPath); err != nil {
		return info, fmt.Errorf("cannot replace %s: %w; it is unchanged", dbPath, reason(err))
	}
	syncDir(filepath.Dir(dbPath))
	return info, nil
}

// lockCurrent opens the database being replaced read-only, which takes a
// shared lock that keeps any leadcheck from opening it for writing. It
// returns nil when there is no database, or one bbolt cannot open, which
// no leadcheck can have open either (bbolt locks before it reads).
func lockCurrent(dbPath string) (db *bbolt.DB, exists bool, err error) {
	info, err := os.Stat(dbPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		dir := filepath.Dir(dbPath)
		if err := ensureDir(dir); err != nil {
			return nil, false, fmt.Errorf("cannot create directory %s for the database: %w; create it or use --db", dir, reason(err))
		}
		return nil, false, nil
	case err != nil:
		return nil, false, cannotOpen(dbPath, err)
	case info.IsDir():
		return nil, false, fmt.Errorf("%s is a directory, not a database; use --db with a file path", dbPath)
	case info.Size() == 0:
		return nil, true, nil
	}
	db, err = openBolt(dbPath, true)
	if errors.Is(err, ErrInUse) {
		return nil, true, fmt.Errorf("database %s is %w; quit leadcheck, then restore again; nothing was changed", dbPath, ErrInUse)
	}
	return db, true, nil
}

// backUpCurrent copies the database about to be replaced beside itself,
// byte for byte: under the shared lock nothing writes to it, and a copy
// that needs no reading of its pages keeps even a damaged file.
func backUpCurrent(dbPath string, cur *bbolt.DB, now time.Time, info *RestoreInfo) error {
	if cur != nil {
		_ = guard(func() error {
			return cur.View(func(tx *bbolt.Tx) error {
				if fresh, err := checkLayout(tx, dbPath); err == nil && !fresh {
					info.PreviousCheckIns = tx.Bucket(bucketCheckins).Stats().KeyN
				}
				return nil
			})
		}, notDatabaseAt(dbPath))
	}
	name, err := copyBeside(dbPath, "", now)
	if err != nil {
		return fmt.Errorf("cannot back up %s before restoring (%w); nothing was changed", dbPath, err)
	}
	info.Previous = name
	return nil
}

// replaced reports whether path no longer names the file f. Restore renames
// a new file over the database while holding the old one's lock; a
// leadcheck that was waiting for that lock would otherwise go on with the
// old file, which no longer has a name.
func replaced(path string, f *os.File) bool {
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	pi, err := os.Stat(path)
	return err != nil || !os.SameFile(fi, pi)
}

// syncDir makes a rename in dir durable. It is best effort: the rename has
// happened either way.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}
