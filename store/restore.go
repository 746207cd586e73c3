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
// beside itself first (history-20261129-090000.db, from now). A dbPath
// that is a symbolic link is followed: the file it points to is replaced,
// and the link stays.
//
// While it backs up and swaps, it holds the current database's exclusive
// lock, the one a leadcheck that writes holds, having checked after
// getting it that the path still names the file it locked. So no save can
// land in the old file after the backup was taken, and a leadcheck
// waiting for the lock finds the path replaced and opens the new file
// (see Open). On any error the database is as it was.
func Restore(dbPath, from string, now time.Time, opts ...Option) (RestoreInfo, error) {
	o := optionsOf(opts)
	dbPath, err := followLink(dbPath)
	if err != nil {
		return RestoreInfo{PreviousCheckIns: -1}, err
	}
	for range maxReopen {
		info, err := restoreOnce(dbPath, from, now, o)
		if !errors.Is(err, errReplaced) {
			return info, err
		}
	}
	return RestoreInfo{PreviousCheckIns: -1}, fmt.Errorf("database %s kept being replaced while restore waited for it; restore again; nothing was changed", dbPath)
}

func restoreOnce(dbPath, from string, now time.Time, o options) (RestoreInfo, error) {
	info := RestoreInfo{PreviousCheckIns: -1}
	if a, err := os.Stat(from); err == nil {
		if b, err := os.Stat(dbPath); err == nil && os.SameFile(a, b) {
			return info, fmt.Errorf("cannot restore from %s: it is the database itself; name a backup", from)
		}
	}
	cur, exists, err := lockCurrent(dbPath, o)
	if err != nil {
		return info, err
	}
	if cur != nil {
		defer cur.Close()
	}
	tmp, err := stage(dbPath, from, &info, o)
	if err != nil {
		return info, err
	}
	defer os.Remove(tmp) // gone by rename when all goes well
	if exists {
		if err := backUpCurrent(dbPath, cur, now, &info); err != nil {
			return info, err
		}
		err = os.Rename(tmp, dbPath)
	} else if err = os.Link(tmp, dbPath); errors.Is(err, fs.ErrExist) {
		return info, errReplaced // a first leadcheck made one meanwhile: back it up
	}
	if err != nil {
		return info, fmt.Errorf("cannot replace %s: %w; it is unchanged", dbPath, reason(err))
	}
	syncDir(filepath.Dir(dbPath))
	return info, nil
}

// lockCurrent opens the database being replaced as a writer does, which
// takes its exclusive lock: no leadcheck, reading or writing, has it open
// meanwhile. It returns nil when there is no database, or one bbolt cannot
// open, which no leadcheck can have open either (bbolt locks before it
// reads). Opening for writing writes nothing to an existing file.
func lockCurrent(dbPath string, o options) (db *bbolt.DB, exists bool, err error) {
	info, err := os.Stat(dbPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		dir := filepath.Dir(dbPath)
		if err := ensureDir(dir); err != nil {
			return nil, false, newError(CreateDir, "cannot create directory %s for the database: %w", dir, reason(err))
		}
		return nil, false, nil
	case err != nil:
		return nil, false, cannotOpen(dbPath, err)
	case info.IsDir():
		return nil, false, newError(ChooseFile, "%s is a directory, not a database", dbPath)
	case info.Size() == 0:
		return nil, true, nil
	}
	db, err = openBolt(dbPath, false, o)
	switch {
	case errors.Is(err, ErrInUse):
		return nil, true, fmt.Errorf("database %s is %w; let it finish, then restore again; nothing was changed", dbPath, ErrInUse)
	case errors.Is(err, errReplaced):
		return nil, true, err
	}
	return db, true, nil
}

// followLink resolves path when it is a symbolic link, so that the file
// it points to is the one replaced. A link to nothing yet resolves to
// where it points.
func followLink(path string) (string, error) {
	for range 40 { // as many links as the kernel follows
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", newError(NameFile, "cannot follow the link %s: %w", path, reason(err))
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", newError(NameFile, "%s is a loop of symbolic links", path)
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

// errReplaced is openBolt's error when the file it locked no longer has
// the path's name; Open and Restore then start again on the new file.
var errReplaced = errors.New("replaced while leadcheck opened it (by a restore?); run leadcheck again")

// maxReopen bounds those new starts, against a path replaced again and
// again.
const maxReopen = 5

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
