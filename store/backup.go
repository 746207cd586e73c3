package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"go.etcd.io/bbolt"
)

// Backup writes a consistent copy of the database to path, which must not
// exist yet, while the store stays open: it is one read transaction, so
// saves made meanwhile are either all in the copy or not at all.
func (s *Store) Backup(path string) error {
	// O_EXCL rather than tx.CopyFile's O_TRUNC: a backup never overwrites
	// anything, least of all the live database under another name.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("back up %s: %w; choose a new backup file", s.path, err)
	}
	tx, err := s.db.Begin(false)
	if err == nil {
		defer tx.Rollback()
		err = finish(f, writeTx(tx))
	} else {
		_ = f.Close()
		_ = os.Remove(path)
	}
	if err != nil {
		return fmt.Errorf("back up %s to %s: %w; the database itself is unchanged", s.path, path, err)
	}
	return nil
}

// BackupInfo is where a backup went and what it holds.
type BackupInfo struct {
	Path     string
	CheckIns int
}

// BackupFile copies the database at dbPath, which this process does not
// have open, to target: a file that must not exist yet, a directory to put
// a timestamped copy in, or "" for a timestamped copy beside the database
// (history-20261129-090000.db), named from now. The copy is mode 0600.
//
// It opens the database read-only, which in bbolt takes a shared lock
// (flock LOCK_SH). A leadcheck writing to the database holds the exclusive
// lock while it writes, and no other process can read a consistent copy
// then; past the lock timeout BackupFile says so rather than copy a file
// that may be half written. Within a program that holds the database
// open, Store.Backup is the consistent copy.
func BackupFile(dbPath, target string, now time.Time, opts ...Option) (BackupInfo, error) {
	o := optionsOf(opts)
	if info, err := os.Stat(dbPath); errors.Is(err, fs.ErrNotExist) {
		return BackupInfo{}, noDatabase(dbPath, " to back up")
	} else if err != nil || !info.Mode().IsRegular() || info.Size() == 0 {
		return BackupInfo{}, inspect(dbPath, o) // the message Open would give
	}
	db, err := openBolt(dbPath, true, o)
	if errors.Is(err, ErrInUse) {
		return BackupInfo{}, fmt.Errorf("database %s is %w; let it finish, then back up again "+
			"(while a leadcheck writes to the file, no other process can copy it consistently)", dbPath, ErrInUse)
	}
	if err != nil {
		return BackupInfo{}, err
	}
	defer db.Close()
	var out BackupInfo
	err = guard(func() error {
		return db.View(func(tx *bbolt.Tx) error {
			fresh, err := checkLayout(tx, dbPath)
			if err != nil {
				return err
			}
			if !fresh {
				out.CheckIns = tx.Bucket(bucketCheckins).Stats().KeyN
			}
			f, name, err := createTarget(dbPath, target, now)
			if err != nil {
				return err
			}
			out.Path = name
			if err := finish(f, writeTx(tx)); err != nil {
				return fmt.Errorf("back up %s to %s: %w; the database itself is unchanged", dbPath, name, err)
			}
			return nil
		})
	}, notDatabaseAt(dbPath))
	if err != nil {
		return BackupInfo{}, err
	}
	return out, nil
}

// createTarget makes the backup file BackupFile writes to.
func createTarget(dbPath, target string, now time.Time) (*os.File, string, error) {
	info, err := os.Stat(target)
	if target == "" || err == nil && info.IsDir() || strings.HasSuffix(target, string(filepath.Separator)) {
		in := dbPath
		if target != "" {
			in = filepath.Join(target, filepath.Base(dbPath))
		}
		f, name, err := createBeside(in, "", now)
		if err != nil {
			return nil, "", fmt.Errorf("cannot create a backup file in %s: %w; name a directory or a new file you can write to", filepath.Dir(in), reason(err))
		}
		return f, name, nil
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, "", fmt.Errorf("back up %s to %s: %w; choose a new backup file", dbPath, target, reason(err))
	}
	return f, target, nil
}

// createBeside creates a new file beside dbPath named after it, the tag
// and the time: history-20261129-090000.db, history-schema1-20261129-090000.db,
// with -2, -3, ... after the time when that name is taken.
func createBeside(dbPath, tag string, now time.Time) (*os.File, string, error) {
	dir, base := filepath.Split(dbPath)
	ext := filepath.Ext(base)
	parts := []string{strings.TrimSuffix(base, ext)}
	if tag != "" {
		parts = append(parts, tag)
	}
	parts = append(parts, now.Format("20060102-150405"))
	if ext == "" {
		ext = ".db"
	}
	for n := 1; ; n++ {
		name := strings.Join(parts, "-")
		if n > 1 {
			name += "-" + strconv.Itoa(n)
		}
		name = filepath.Join(dir, name+ext)
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if errors.Is(err, fs.ErrExist) && n < 100 {
			continue
		}
		return f, name, err
	}
}

// copyBeside copies the file at path, byte for byte, to a new timestamped
// file beside it (see createBeside) and returns its name. The caller makes
// sure nothing writes to path meanwhile.
func copyBeside(path, tag string, now time.Time) (string, error) {
	src, err := os.Open(path)
	if err != nil {
		return "", reason(err)
	}
	defer src.Close()
	f, name, err := createBeside(path, tag, now)
	if err != nil {
		return "", reason(err)
	}
	err = finish(f, func(w io.Writer) error {
		_, err := io.Copy(w, src)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return name, nil
}

// writeTx writes a consistent copy of the database as tx sees it.
func writeTx(tx *bbolt.Tx) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := tx.WriteTo(w)
		return err
	}
}

// finish fills the new file f with write, syncs and closes it. On any
// failure, a panic included, it removes the file: a partial copy would
// pass for a backup.
func finish(f *os.File, write func(io.Writer) error) (err error) {
	done := false
	defer func() {
		if !done {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err = write(f); err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	done = err == nil
	return err
}
