package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	"go.etcd.io/bbolt"
)

var (
	bucketCheckins = []byte("checkins")
	bucketMeta     = []byte("meta")
	keySchema      = []byte("schema")
)

// DefaultPath is $XDG_DATA_HOME/leadcheck/history.db. It creates nothing:
// Open makes the directory, with the mode the design asks for.
func DefaultPath() (string, error) {
	if xdg.DataHome == "" {
		return "", newError(SetDataHome, "cannot find a data directory for the database")
	}
	return filepath.Join(xdg.DataHome, "leadcheck", "history.db"), nil
}

// Open opens the database at path, creating it (directory 0700, file 0600)
// when it does not exist. A file that is there already is first checked
// through a read-only handle, so a file that turns out not to be a
// leadcheck database, or to be from a newer leadcheck, is never written to.
// A database of an older schema is copied beside itself and then upgraded
// (see migrate.go); Upgraded reports it.
func Open(path string, opts ...Option) (*Store, error) {
	if path == "" {
		return nil, newError(NamePath, "no database path given")
	}
	o := optionsOf(opts)
	var err error
	for range maxReopen {
		var s *Store
		if s, err = openOnce(path, o); !errors.Is(err, errReplaced) {
			return s, err
		}
	}
	return nil, err
}

// openOnce is one attempt of Open; it fails with errReplaced when a
// restore swapped the file while it waited for the lock, and the next
// attempt opens the new file.
func openOnce(path string, o options) (*Store, error) {
	if err := createDatabase(path, o); err != nil {
		return nil, err
	}
	if err := inspect(path, o); err != nil {
		return nil, err
	}
	db, err := openBolt(path, false, o)
	if err != nil {
		return nil, err
	}
	// bbolt grows a file past 16 MB by 16 MB at a time; a check-in is a
	// couple of kilobytes, so smaller steps keep the file near its data.
	db.AllocSize = allocSize
	up, err := prepare(db, path)
	if err != nil {
		_ = db.Close()
		return nil, err
	}
	return &Store{db: db, path: path, upgrade: up}, nil
}

// createDatabase makes a new, complete database at path when nothing is
// there. It is laid out under a temporary name and linked into place only
// when whole, so a crash half-way (even a kill during the very first save)
// never leaves an empty or partial file at path that the next run would
// have to refuse. Two first runs racing are fine: the link fails for the
// second, which then opens the first one's database.
func createDatabase(path string, o options) error {
	dir := filepath.Dir(path)
	if err := ensureDir(dir); err != nil {
		return newError(CreateDir, "cannot create directory %s for the database: %w", dir, reason(err))
	}
	if _, err := os.Lstat(path); !errors.Is(err, fs.ErrNotExist) {
		return nil // something is there; inspect decides what it is
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".new-*")
	if err != nil {
		return cannotOpen(path, err)
	}
	name := tmp.Name()
	defer os.Remove(name)
	if err := tmp.Close(); err != nil {
		return cannotOpen(path, err)
	}
	db, err := openBolt(name, false, o)
	if err != nil {
		return err
	}
	db.AllocSize = allocSize
	if _, err := prepare(db, name); err != nil {
		_ = db.Close()
		return err
	}
	if err := db.Close(); err != nil {
		return cannotOpen(path, err)
	}
	if err := os.Link(name, path); err != nil && !errors.Is(err, fs.ErrExist) {
		return cannotOpen(path, err)
	}
	return nil
}

// ensureDir creates dir with mode 0700 when it is missing. The chmod undoes
// an unusual umask on the directory we made; a directory that was already
// there keeps the mode its owner chose.
func ensureDir(dir string) error {
	info, err := os.Stat(dir)
	if err == nil && !info.IsDir() {
		return syscall.ENOTDIR
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}

// inspect checks an existing file without writing to it.
//
// A pre-existing empty file is refused rather than initialised: it is more
// likely a failed copy or restore than a new history, and quietly turning
// it into an empty database would hide that. (A crash between our own
// create and bbolt's first write could also leave one; the message says it
// is safe to delete.)
func inspect(path string, o options) error {
	if err := inspectFile(path); err != nil {
		return err
	}
	db, err := openBolt(path, true, o)
	if err != nil {
		return err
	}
	defer db.Close()
	return guard(func() error {
		return db.View(func(tx *bbolt.Tx) error {
			_, err := checkLayout(tx, path)
			return err
		})
	}, notDatabaseAt(path))
}

// prepare checks the layout again under the write lock (the file may have
// changed since inspect), lays out a fresh database and upgrades one of an
// older schema.
func prepare(db *bbolt.DB, path string) (*Upgrade, error) {
	fresh, schema, err := layoutOf(db, path)
	switch {
	case err != nil:
		return nil, err
	case !fresh && schema < SchemaVersion:
		return migrate(db, path, schema, time.Now())
	case !fresh:
		return nil, refreshSummaries(db, path)
	}
	err = db.Update(func(tx *bbolt.Tx) error {
		for _, name := range [][]byte{bucketCheckins, bucketSummaries, bucketRounds, bucketResponses} {
			if _, err := tx.CreateBucket(name); err != nil {
				return err
			}
		}
		meta, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		if err := meta.Put(keySchema, []byte(strconv.Itoa(SchemaVersion))); err != nil {
			return err
		}
		return markSummaries(tx)
	})
	if err != nil {
		return nil, newError(FreeSpace, "cannot set up database %s: %w", path, err)
	}
	return nil, nil
}

// checkLayout reports whether the database is fresh (bbolt with no buckets
// at all, which holds nothing to lose), or an error when it is not a
// leadcheck database of a schema this build can read.
func checkLayout(tx *bbolt.Tx, path string) (fresh bool, err error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		if k, _ := tx.Cursor().First(); k != nil {
			return false, newError(ChooseDatabase, "%s is %w (it is a bbolt database of another program)", path, ErrNotDatabase)
		}
		return true, nil
	}
	raw := meta.Get(keySchema)
	n, err := strconv.Atoi(string(raw))
	switch {
	case err != nil:
		return false, notDatabase(path, fmt.Errorf("its schema version %q is not a number", raw))
	case n > SchemaVersion:
		return false, fmt.Errorf("database %s was %w (schema %d); upgrade leadcheck", path, ErrNewerSchema, n)
	case n < 1:
		return false, notDatabase(path, fmt.Errorf("it records schema %d, which no leadcheck writes", n))
	case tx.Bucket(bucketCheckins) == nil:
		return false, notDatabase(path, errors.New("it has no checkins bucket"))
	case n >= 2 && tx.Bucket(bucketSummaries) == nil:
		return false, notDatabase(path, errors.New("it has no summaries bucket"))
	case n >= 3 && (tx.Bucket(bucketRounds) == nil || tx.Bucket(bucketResponses) == nil):
		return false, notDatabase(path, errors.New("it has no rounds or responses bucket"))
	}
	// An older schema is readable: Open upgrades it (migrate.go).
	return false, nil
}

// schemaOf is the schema the meta bucket records, or 0 when there is none
// (checkLayout has judged it).
func schemaOf(tx *bbolt.Tx) int {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(meta.Get(keySchema)))
	return n
}

// openBolt opens path with bbolt and turns its failures into messages a
// user can act on.
func openBolt(path string, readOnly bool, o options) (db *bbolt.DB, err error) {
	var file *os.File
	opts := &bbolt.Options{
		Timeout:  o.lockTimeout,
		ReadOnly: readOnly,
		// Read-only opens load the free list lazily, in whatever goroutine
		// first needs it (tx.Check's own, beyond guard); loading it here
		// turns a damaged one into an error. Writable opens always do.
		PreLoadFreelist: true,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	}
	if !readOnly {
		opts.PageSize = pageSize // used only when bbolt creates the file
		if info, err := os.Stat(path); o.room > 0 && err == nil {
			opts.InitialMmapSize = int(info.Size() + o.room)
		} else if o.room > 0 {
			opts.InitialMmapSize = int(o.room)
		}
	}
	// After a panic bbolt never closes its file, which would keep the lock
	// until the garbage collector noticed. Closing twice is harmless.
	defer func() {
		if db == nil && file != nil {
			_ = file.Close()
		}
	}()
	err = guard(func() error {
		var err error
		db, err = bbolt.Open(path, 0o600, opts)
		switch {
		case err == nil:
			return nil
		case errors.Is(err, bbolt.ErrTimeout):
			return inUse(path)
		case isOSError(err):
			return cannotOpen(path, err)
		case isExport(path):
			return anExport(path)
		default:
			return notDatabase(path, err)
		}
	}, notDatabaseAt(path))
	if err != nil {
		return nil, err
	}
	if replaced(path, file) {
		_ = db.Close()
		return nil, fmt.Errorf("database %s was %w", path, errReplaced)
	}
	return db, nil
}

// layoutOf reads whether db is a bare bbolt file still to be laid out
// (fresh) and the schema it holds, refusing a file that is not leadcheck's.
func layoutOf(db *bbolt.DB, path string) (fresh bool, schema int, err error) {
	err = guard(func() error {
		return db.View(func(tx *bbolt.Tx) (err error) {
			fresh, err = checkLayout(tx, path)
			schema = schemaOf(tx)
			return err
		})
	}, notDatabaseAt(path))
	return fresh, schema, err
}
