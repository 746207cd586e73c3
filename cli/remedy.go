package cli

import (
	"errors"

	"github.com/leadcheck/leadcheck/store"
)

// remedyWords say, in the flags and commands of leadcheck, what a person
// can do about a database error the store names a remedy for. Each reads
// on from the end of the store's message.
var remedyWords = map[store.Remedy]string{
	store.CloseOther:      " (close it, or use --db)",
	store.RestoreOrChoose: "; restore it from a backup (leadcheck restore FILE) or use --db",
	store.RestoreFile:     "; restore it from a backup (leadcheck restore FILE)",
	store.RestoreDatabase: "; restore the database from a backup (leadcheck restore FILE)",
	store.StartAfresh:     "; delete it to start a new history, restore it from a backup (leadcheck restore FILE), or use --db",
	store.ChooseDatabase:  "; use --db to choose a leadcheck database",
	store.ChooseFile:      "; use --db with a file path",
	store.NameFile:        "; name the database file itself with --db",
	store.NamePath:        "; use --db to name one",
	store.FixAccess:       "; check that you can read and write it, or use --db",
	store.FreeSpace:       "; check free disk space, or use --db",
	store.CreateDir:       "; create it or use --db",
	store.CheckPath:       " (no check-ins yet, or check --db)",
	store.SetDataHome:     "; set XDG_DATA_HOME or HOME, or use --db",
	store.MakeExport:      "; make one with 'leadcheck export --format json'",
	store.TakeFirst:       "; take the first with 'leadcheck take' (about five minutes)",
	store.ImportExport:    "; use --db with the database itself ('leadcheck import FILE' adds an export's check-ins to it)",
	store.RestoreBackup:   "; put it back with 'leadcheck restore FILE', or export it with 'leadcheck --db FILE export -o history.json' and import that",
}

// advised is an error with what to do about it said after it.
type advised struct {
	err   error
	words string
}

func (a advised) Error() string { return a.err.Error() + a.words }
func (a advised) Unwrap() error { return a.err }

// advise adds the words for the remedy of the store error in err, once,
// after the whole message. Errors without one pass unchanged.
func advise(err error) error {
	var e *store.Error
	var done advised
	if err == nil || errors.As(err, &done) || !errors.As(err, &e) {
		return err
	}
	words, ok := remedyWords[e.Remedy]
	if !ok {
		return err
	}
	return advised{err: err, words: words}
}
