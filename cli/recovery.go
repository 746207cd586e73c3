package cli

import (
	"fmt"
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

// openForApp opens the database for the app. When it cannot be written
// (permissions, a read-only file system) a check-in still runs, without a
// store, and ends in a recovery file: storeErr says why. The home screen
// refuses instead: its history, trends and commitments all need the
// database, and half of them working would be more confusing than a clear
// message.
func openForApp(env Env, g *globals, take bool) (s *store.Store, path string, storeErr, err error) {
	s, err = openStore(env, g)
	switch {
	case err == nil:
		return s, s.Path(), nil, nil
	case !store.Unwritable(err):
		return nil, "", nil, err
	case !take:
		return nil, "", nil, fmt.Errorf("%w\nA check-in still works: 'leadcheck take' keeps its answers in a recovery file, to import once the database can be written", err)
	}
	path, perr := quietDBPath(env, g)
	if perr != nil {
		return nil, "", nil, err
	}
	return nil, path, err, nil
}

// quietDBPath is dbPath without its warnings, given once already.
func quietDBPath(env Env, g *globals) (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if p := env.Getenv("LEADCHECK_DB"); p != "" {
		return p, nil
	}
	return store.DefaultPath()
}
