package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/leadcheck/leadcheck/store"
)

// A check-in is never lost to a database that cannot be written: the app
// keeps an unfinished one as a draft, and a finished one that the database
// refuses goes to a recovery file, an export 'leadcheck import' reads.
// Both live in the state directory.

// stateDir is $XDG_STATE_HOME/leadcheck, read through env so tests can
// point it elsewhere.
func stateDir(env Env) (string, error) {
	if d := env.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "leadcheck"), nil
	}
	return store.StateDir()
}

// recoveryDir is where recovery files go: the state directory, or the
// temporary directory when there is none.
func recoveryDir(env Env) string {
	if d, err := stateDir(env); err == nil {
		return d
	}
	return os.TempDir()
}

// draftPath is the draft file of the database at dbPath; "" (no drafts)
// when there is no state directory.
func draftPath(env Env, dbPath string) string {
	dir, err := stateDir(env)
	if err != nil {
		return ""
	}
	p, err := store.DraftPath(dir, dbPath)
	if err != nil {
		return ""
	}
	return p
}

// openForApp makes the database ready for the app, which then holds it
// only while it reads or writes (a store.Handle), so other commands run
// while it is open. A database that is there is opened for writing once
// now: an older one is upgraded before the first screen, and one that
// cannot be written is found out before a check-in is begun. A missing
// one is left missing (it reads as empty) until the first save makes it.
//
// When the database cannot be written (permissions, a read-only file
// system) a check-in still runs, without a store, and ends in a recovery
// file: storeErr says why. The home screen refuses instead: its history,
// trends and commitments all need the database, and half of them working
// would be more confusing than a clear message.
func openForApp(env Env, g *globals, take bool) (h *store.Handle, path string, storeErr, err error) {
	if path, err = dbPath(env, g); err != nil {
		return nil, "", nil, advise(err)
	}
	if _, serr := os.Lstat(path); errors.Is(serr, fs.ErrNotExist) {
		return store.NewHandle(path, storeOptions(env)...), path, nil, nil
	}
	s, err := openAt(env, path, store.Open)
	switch {
	case err == nil:
		s.Close()
		return store.NewHandle(path, storeOptions(env)...), path, nil, nil
	case !store.Unwritable(err):
		return nil, "", nil, err
	case !take:
		return nil, "", nil, fmt.Errorf("%w\nA check-in still works: 'leadcheck take' keeps its answers in a recovery file, to import once the database can be written", err)
	}
	return nil, path, err, nil
}
