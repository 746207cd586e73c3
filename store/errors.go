package store

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime/debug"
	"syscall"
)

// Errors callers may want to tell apart, with errors.Is; the errors
// returned wrap them with the path or reference.
var (
	ErrNotFound    = errors.New("not found")
	ErrAmbiguous   = errors.New("ambiguous")
	ErrInUse       = errors.New("in use by another leadcheck process")
	ErrNotDatabase = errors.New("not a leadcheck database")
	ErrNewerSchema = errors.New("written by a newer leadcheck")
	// ErrDamaged is a database, or a check-in in it, that cannot be read
	// any more.
	ErrDamaged = errors.New("damaged")
)

// Remedy is what a person can do about an Error. The store only names it:
// the words (a flag, a command to run) belong to the caller, which knows
// its flags and commands. A command line puts them after the message.
type Remedy int

// The remedies, each with the words the leadcheck command gives it.
const (
	NoRemedy Remedy = iota
	// CloseOther: "(close it, or use --db)".
	CloseOther
	// RestoreOrChoose: "restore it from a backup (leadcheck restore
	// FILE) or use --db".
	RestoreOrChoose
	// RestoreFile: "restore it from a backup (leadcheck restore FILE)".
	RestoreFile
	// RestoreDatabase: "restore the database from a backup (leadcheck
	// restore FILE)", for a damaged check-in.
	RestoreDatabase
	// StartAfresh: for an empty file, "delete it to start a new history,
	// restore it from a backup (leadcheck restore FILE), or use --db".
	StartAfresh
	// ChooseDatabase: "use --db to choose a leadcheck database".
	ChooseDatabase
	// ChooseFile: "use --db with a file path", for a directory.
	ChooseFile
	// NameFile: "name the database file itself with --db", for a link
	// that cannot be followed.
	NameFile
	// NamePath: "use --db to name one", when no path was given.
	NamePath
	// FixAccess: "check that you can read and write it, or use --db".
	FixAccess
	// FreeSpace: "check free disk space, or use --db".
	FreeSpace
	// CreateDir: "create it or use --db".
	CreateDir
	// CheckPath: "(no check-ins yet, or check --db)", for a database
	// that is not there.
	CheckPath
	// SetDataHome: "set XDG_DATA_HOME or HOME, or use --db".
	SetDataHome
	// MakeExport: "make one with 'leadcheck export --format json'", for a
	// file that is not an export.
	MakeExport
	// TakeFirst: "take the first with 'leadcheck take'", for a history
	// with nothing in it to show.
	TakeFirst
	// ImportExport: "use --db with the database itself; 'leadcheck import
	// FILE' adds an export's check-ins to it", for an export named as the
	// database.
	ImportExport
	// RestoreBackup: "put it back with 'leadcheck restore FILE'", for a
	// database (a backup) named as an export.
	RestoreBackup
)

// Error is a database that cannot be used as it is. Its message says what
// is wrong; Remedy names what to do about it. errors.Is finds the kind
// (ErrInUse, ErrNotDatabase, ...) and the cause through it.
type Error struct {
	Remedy Remedy
	msg    string
	errs   []error
}

func (e *Error) Error() string { return e.msg }

// Unwrap is the kind and the cause.
func (e *Error) Unwrap() []error { return e.errs }

// newError is an Error with its message made by fmt.Errorf, so %w marks
// the kind and the cause.
func newError(r Remedy, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	e := &Error{Remedy: r, msg: err.Error()}
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		e.errs = u.Unwrap()
	case interface{ Unwrap() error }:
		e.errs = []error{u.Unwrap()}
	}
	return e
}

func notDatabase(path string, cause error) error {
	return newError(RestoreOrChoose, "%s is %w (%w)", path, ErrNotDatabase, cause)
}

// anExport is an export (or a recovery file) where a database belongs:
// offering to restore a backup over it, as for any other file that is no
// database, would replace the export.
func anExport(path string) error {
	return newError(ImportExport, "%s is %w (it is an export)", path, ErrNotDatabase)
}

func notDatabaseAt(path string) func(error) error {
	return func(cause error) error { return notDatabase(path, cause) }
}

func cannotOpen(path string, err error) error {
	return newError(FixAccess, "cannot open database %s: %w", path, reason(err))
}

func inUse(path string) error {
	return newError(CloseOther, "database %s is %w", path, ErrInUse)
}

// damaged is a database that faulted while being read.
func damaged(path string, cause error) error {
	return newError(RestoreFile, "database %s is %w (%w)", path, ErrDamaged, cause)
}

// damagedCheckIn is a check-in (or its summary, what) that does not
// decode.
func damagedCheckIn(what string, cause error) error {
	return newError(RestoreDatabase, "%s is %w (%w)", what, ErrDamaged, cause)
}

// noDatabase is a database that is not there for a command that needs
// one to read (doing what).
func noDatabase(path, doing string) error {
	return newError(CheckPath, "there is no database at %s%s", path, doing)
}

// reason drops the path from an os error, since our messages name it.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func isOSError(err error) bool {
	var pe *fs.PathError
	var errno syscall.Errno
	return errors.As(err, &pe) || errors.As(err, &errno)
}

// guard runs fn, turning a panic into the error onPanic makes of it. bbolt
// trusts the pages it reads and panics on some damaged files, or faults on
// memory beyond the end of a truncated one; those deserve a message, not a
// crash. A read transaction is rolled back by bbolt as the panic passes.
func guard(fn func() error, onPanic func(cause error) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if v := recover(); v != nil {
			err = onPanic(fmt.Errorf("bbolt: %v", v))
		}
	}()
	return fn()
}

// noCheckInsYet is ErrNotFound for the latest check-in of an empty
// history: "latest" names nothing the person typed, so it is not said.
func noCheckInsYet() error {
	return &Error{Remedy: TakeFirst, msg: "no check-ins are saved yet", errs: []error{ErrNotFound}}
}
