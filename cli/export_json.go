package cli

import (
	"bufio"
	"fmt"
	"io"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// runExportJSON writes the JSON export as the store reads it, check-in
// by check-in, straight to standard output (through a heldOut, so a
// reader that stops never keeps the database locked) or into a file that
// appears whole or not at all. The meter shows only while a file is
// written: on a terminal it would share its lines with the export. It
// closes s.
func runExportJSON(env Env, s *store.Store, o exportOptions, toFile bool, prog *meter) error {
	var n int
	var missing []assessment.QuestionnaireRef
	write := func(w io.Writer) error {
		out := bufio.NewWriterSize(w, 64<<10)
		var err error
		if n, missing, err = s.WriteExportJSON(out, version()); err != nil {
			return err
		}
		return out.Flush()
	}
	if !toFile {
		prog.finish()
		if err := printOpen(env, s, write); err != nil {
			return err
		}
		noteMissing(env, missing)
		return nil
	}
	// The file is written as the export is read, into a temporary file
	// put in place once whole; the database is closed as soon as it is
	// read, before the file is synced.
	var exported error
	err := writeFileFrom(o.output, func(w io.Writer) error {
		exported = write(w)
		s.Close()
		return exported
	}, o.force)
	s.Close()
	prog.finish() // the notes below start on a clean line
	if err != nil && err == exported {
		return err // the export's own error, not the file's
	}
	noteMissing(env, missing)
	if err != nil {
		return err
	}
	fmt.Fprintf(plainOut(env), "Exported %s to %s.\n", checkIns(n), o.output)
	return nil
}

// noteMissing says which questionnaires the export had no copy of.
func noteMissing(env Env, missing []assessment.QuestionnaireRef) {
	for _, m := range missing {
		fmt.Fprintf(env.Stderr, "leadcheck: note: the database keeps no copy of questionnaire %s version %d (hash %s), so the export leaves it out; its check-ins are exported in full.\n",
			m.ID, m.Version, m.Hash)
	}
}

// exportLeavesOut are the fields of each check-in a format does not
// write, so they are not read: the CSV has the scores, the report all but
// the answers.
var exportLeavesOut = map[string][]string{
	"csv": {"answers", "note", "reflection", "commitments", "reviews"},
	"md":  {"answers"},
}
