package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

func newImport(env Env, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import FILE",
		Short: "Add the check-ins of a JSON export to the database",
		Long: `Add the check-ins of FILE, written by 'leadcheck export --format json', to
the database (- reads standard input). Check-ins already there (the same id)
are skipped, so importing the same file twice adds nothing the second time.

The whole file is checked first: every check-in's id and time, its scores,
its commitments and reviews, and its answers against the questionnaire it was
answered with. On any problem nothing is imported, and each problem is named
with its line, the check-in and the field.`,
		Example: "  leadcheck import history.json\n  leadcheck --db new.db import history.json",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("%s needs one FILE (or - for standard input), got %d arguments", cmd.CommandPath(), len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(env, g, args[0])
		},
	}
}

func runImport(env Env, g *globals, path string) error {
	// Read from the keyboard, an import would wait in silence (or under
	// a progress line that keeps redrawing over what is typed) for an
	// export nobody types by hand.
	if path == "-" && env.IsTerminal(env.Stdin) {
		return usagef("import - reads an export from standard input, which is the terminal here; pipe one in (leadcheck import - < history.json) or name the file")
	}
	defer tighterGC()()
	prog := newMeter(env, g, "Importing")
	prog.run(env.Now)
	defer prog.finish()
	data, source, err := readExport(env, path)
	if err != nil {
		return err
	}
	unknown, f, err := checkImport(env, g, source, data)
	if err != nil {
		return err
	}
	// Only a file that passed every check opens the database for writing,
	// so a refused import never creates or touches it.
	// The check-ins take about as much room in the database as in the
	// file, and their summaries and bbolt's pages some more.
	room := store.WithRoom(2 * int64(len(data)))
	s, err := openWith(env, g, func(path string, opts ...store.Option) (*store.Store, error) {
		return store.Open(path, append(opts, room)...)
	})
	if err != nil {
		return err
	}
	defer s.Close()
	s.ReportProgress(prog.count)
	added, skipped, err := s.ImportFile(&f)
	prog.finish()
	if err != nil {
		return err
	}
	for _, ref := range unknown {
		fmt.Fprintf(env.Stderr, "leadcheck: note: neither %s nor this leadcheck has questionnaire %s version %d, so the answers of its check-ins were imported unchecked.\n",
			source, ref.ID, ref.Version)
	}
	msg := "Imported " + checkIns(added)
	if skipped > 0 {
		msg += fmt.Sprintf(", skipped %d already present", skipped)
	}
	fmt.Fprintln(plainOut(env), msg+".")
	return importFeedback(env, s, f)
}

// importFeedback adds the file's feedback rounds and responses, which
// checkImport has checked; a file without them says nothing more.
func importFeedback(env Env, s *store.Store, f store.ExportFile) error {
	if len(f.Rounds) == 0 {
		return nil
	}
	added, skipped, err := s.ImportFeedback(f.Rounds, f.Responses, f.Questionnaires)
	if err != nil {
		return err
	}
	// Worded as the check-ins' line above it, which names a skip only
	// when there is one.
	msg := fmt.Sprintf("Imported %s of feedback rounds (%s)", count(added, "response"), count(len(f.Rounds), "round"))
	if skipped > 0 {
		msg += fmt.Sprintf(", skipped %d already present", skipped)
	}
	fmt.Fprintln(plainOut(env), msg+".")
	return nil
}

// checkImport decodes and checks the file, data, and every check-in's
// answers against the questionnaire they were given to (one the database
// keeps, this leadcheck's, or one in the file, in that order), reading
// the database without creating or locking it for writing. A snapshot in
// the file that leadcheck knows is replaced by the copy it knows, so that
// is the one imported. It returns the questionnaires that none of those
// has, and the file ready to import.
func checkImport(env Env, g *globals, source string, data []byte) ([]assessment.QuestionnaireRef, store.ExportFile, error) {
	k := importKnown{env: env, g: g, source: source}
	defer k.close()
	f, unknown, err := store.DecodeImport(source, data, k.settle)
	switch {
	case err != nil && err == k.err:
		return nil, f, err // settle's, in its own words
	case err != nil:
		return nil, f, notImported(err)
	}
	if err := f.CheckFeedback(k.byRef); err != nil {
		return nil, f, notImported(err)
	}
	return unknown, f, nil
}

// notImported says that a file's problems stopped the whole import.
func notImported(err error) error {
	var ve *assessment.ValidationError
	if errors.As(err, &ve) {
		return fmt.Errorf("nothing imported; fix these and run again:\n%w", err)
	}
	return err // not an export, or a newer one: plainly nothing to import
}

// checkSnapshots makes sure each questionnaire in the file is one
// leadcheck can use and that its hash is its content's: a snapshot is kept
// for good under its hash, so an edited one would stand in for the real
// questionnaire from then on.
func checkSnapshots(source string, qs []*assessment.Questionnaire) error {
	var problems []assessment.Problem
	for i, q := range qs {
		name := fmt.Sprintf("questionnaires[%d] (%s version %d)", i, q.ID, q.Version)
		text, err := json.Marshal(q)
		if err != nil {
			return err
		}
		parsed, err := assessment.Parse(source, text)
		var ve *assessment.ValidationError
		switch {
		case errors.As(err, &ve):
			for _, p := range ve.Problems {
				problems = append(problems, assessment.Problem{Message: name + ": " + p.Message})
			}
		case err != nil:
			problems = append(problems, assessment.Problem{Message: name + ": " + err.Error()})
		case parsed.Hash != q.Hash:
			problems = append(problems, assessment.Problem{Message: fmt.Sprintf(
				"%s: its hash %s is not its content's (%s); the questionnaire was changed after export", name, q.Hash, parsed.Hash)})
		}
	}
	if len(problems) > 0 {
		return &assessment.ValidationError{Source: source, Problems: problems}
	}
	return nil
}

const exportAdvice = "give the path of a file 'leadcheck export' wrote"

// openProblem says why path could not be opened, naming it once.
func openProblem(path string, err error) string {
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return path + " does not exist"
	case errors.As(err, &pe):
		return path + ": " + pe.Err.Error()
	}
	return err.Error()
}

// maxImportBytes bounds what import reads (see the README): a history of
// ten thousand check-ins is about 15 MB, and the whole file is checked in
// memory before anything is written.
const maxImportBytes = 64 << 20

// readExport reads a named file or, for "-", standard input, through the
// size limit, so /dev/zero or a runaway pipe is refused rather than read
// until memory runs out.
func readExport(env Env, path string) ([]byte, string, error) {
	source := path
	var in io.Reader = env.Stdin
	if path == "-" {
		source = "<stdin>"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, "", fmt.Errorf("cannot read the export: %s; %s", openProblem(path, err), exportAdvice)
		}
		defer f.Close()
		if info, err := f.Stat(); err == nil && info.IsDir() {
			return nil, "", fmt.Errorf("cannot read the export: %s is a directory; %s", path, exportAdvice)
		}
		in = f
	}
	// A file says how long it is: read it into one buffer of that size,
	// not into one grown and copied as it fills.
	var data []byte
	if f, ok := in.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			data = make([]byte, 0, min(info.Size(), maxImportBytes)+1)
		}
	}
	data, err := readInto(data, io.LimitReader(in, maxImportBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("cannot read the export %s: %w", source, err)
	}
	if len(data) > maxImportBytes {
		return nil, "", fmt.Errorf("%s is larger than %d MB, the most leadcheck imports at once; nothing was imported (split the export, or check that it is the right file)",
			source, maxImportBytes>>20)
	}
	return data, source, nil
}

// readInto appends all of r to data, growing it only once it is full:
// unlike bytes.Buffer, which clears the room it grows by, a buffer made
// to the file's size is read into as it comes from the system.
func readInto(data []byte, r io.Reader) ([]byte, error) {
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if errors.Is(err, io.EOF) {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// importGCPercent is the garbage collector's target while an import
// runs. An import holds the file and the bytes it will write, nearly all
// of it in byte slices the collector need not look into, from the first
// check-in read to the write: at the default of 100 the heap grew to
// twice that, some 150 MB for a file of 25 MB, where 35 keeps it near
// what is held for no time that can be measured.
const importGCPercent = 35

// tighterGC lowers the garbage collector's target to importGCPercent,
// unless GOGC asks for a lower one (or none), and returns what restores
// it.
func tighterGC() (restore func()) {
	old := debug.SetGCPercent(importGCPercent)
	if old < importGCPercent { // GOGC=off is -1
		debug.SetGCPercent(old)
	}
	return func() { debug.SetGCPercent(old) }
}
