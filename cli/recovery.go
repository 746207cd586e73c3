package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/practice"
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

// saveOrRecover saves rec, or, when the database will not take it, keeps
// it in a recovery file and returns the error that says where it is.
func saveOrRecover(env Env, s *store.Store, q *assessment.Questionnaire, rec *assessment.CheckIn) error {
	cause := s.Save(rec, q)
	if cause == nil {
		return nil
	}
	path, err := store.WriteRecovery(recoveryDir(env), *rec, q, version())
	if err != nil {
		return fmt.Errorf("check-in not saved: %w; %w", cause, err)
	}
	return fmt.Errorf("check-in not saved to the database: %w\n%s", cause, practice.RecoveryAdvice(path))
}

// recoverCheckIn keeps rec, which the database would not take (cause), in
// a recovery file, prints its result as a saved one would be, and returns
// the error that says where the answers are (exit status 1: nothing was
// saved to the database).
func recoverCheckIn(env Env, g *globals, q *assessment.Questionnaire, rec assessment.CheckIn, asJSON bool, cause error) error {
	path, err := store.WriteRecovery(recoveryDir(env), rec, q, version())
	if err != nil {
		return fmt.Errorf("check-in not saved: %w; %w", cause, err)
	}
	if asJSON {
		if err := writeJSON(env.Stdout, rec); err != nil {
			return err
		}
	} else {
		printRecord(env, g, q, true, rec, nil)
	}
	return fmt.Errorf("check-in not saved to the database: %w\n%s", cause, practice.RecoveryAdvice(path))
}
