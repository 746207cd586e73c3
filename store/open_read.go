package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"go.etcd.io/bbolt"
)

// OpenReadOnly opens the database at path for commands that only read.
// It never creates anything: when there is no file at path it returns an
// empty store that lives in memory, so such commands answer as they do
// for an empty history ("no check-ins yet") and the first check-in still
// decides where the database goes. An existing file is opened read-only
// (bbolt's shared lock), so it works on a read-only file or file system.
// A database of an older schema is read through an upgraded copy in
// memory (readUpgraded), and the file is left as it is.
func OpenReadOnly(path string, opts ...Option) (*Store, error) {
	if path == "" {
		return nil, newError(NamePath, "no database path given")
	}
	var err error
	for range maxReopen {
		var s *Store
		if s, err = openReadOnlyOnce(path, opts); !errors.Is(err, errReplaced) {
			return s, err
		}
	}
	return nil, err
}

func openReadOnlyOnce(path string, opts []Option) (*Store, error) {
	o := optionsOf(opts)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return openEmpty(path)
	}
	// Opened read-only, the file is never written, so the layout is
	// checked once, on the handle that then reads (no separate inspect).
	if err := inspectFile(path); err != nil {
		return nil, err
	}
	db, err := openBolt(path, true, o)
	if err != nil {
		return nil, err
	}
	fresh, schema, err := layoutOf(db, path)
	switch {
	case err != nil:
		_ = db.Close()
		return nil, err
	case fresh:
		// A bare bbolt file needs laying out before it can be read as a
		// leadcheck database; it holds nothing to lose.
		_ = db.Close()
		return Open(path, opts...)
	case schema < SchemaVersion:
		return readUpgraded(db, path, schema)
	}
	return &Store{db: db, path: path}, nil
}

// inspectFile refuses what at path cannot be a database without opening
// it: a directory, a device, a pipe or a socket, or an empty file (see
// inspect). A device or a pipe reads as empty, but is never to be
// deleted to start afresh, as an empty file may be.
func inspectFile(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return cannotOpen(path, err)
	}
	if info.IsDir() {
		return newError(ChooseFile, "%s is %w (it is a directory)", path, ErrNotDatabase)
	}
	if !info.Mode().IsRegular() {
		return newError(ChooseFile, "%s is %w (it is not a regular file, but a device, a pipe or a socket)", path, ErrNotDatabase)
	}
	if info.Size() == 0 {
		return newError(StartAfresh, "%s is %w (the file is empty)", path, ErrNotDatabase)
	}
	return nil
}

// openEmpty is an empty database that exists only in memory (see
// memoryFile), laid out as Open lays out a new one. Nothing it holds is
// ever kept.
func openEmpty(path string) (*Store, error) {
	f, err := memoryFile()
	if err != nil {
		return nil, fmt.Errorf("cannot read %s (there is no database there yet): %w", path, err)
	}
	opts := &bbolt.Options{
		PageSize: pageSize,
		OpenFile: func(string, int, os.FileMode) (*os.File, error) { return f, nil },
	}
	db, err := bbolt.Open(f.Name(), 0o600, opts)
	if err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("cannot read %s (there is no database there yet): %w", path, err)
	}
	if _, err := prepare(db, path); err != nil {
		_ = db.Close()
		return nil, err
	}
	return &Store{db: db, path: path}, nil
}
