package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"io"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// runExportJSON writes the JSON export as the store reads it, check-in
// by check-in, straight to standard output (through a heldOut, so a
// reader that stops never keeps the database locked); a file is gathered
// first, as it appears whole or not at all. The meter shows only while a
// file is gathered: on a terminal it would share its lines with the
// export. It closes s.
func runExportJSON(env Env, s *store.Store, o exportOptions, toFile bool, prog *meter) error {
	var buf bytes.Buffer
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
	var err error
	if toFile {
		err = write(&buf)
		s.Close()
	} else {
		prog.finish()
		err = printOpen(env, s, write)
	}
	prog.finish() // the notes below start on a clean line
	if err != nil {
		return err
	}
	for _, m := range missing {
		fmt.Fprintf(env.Stderr, "leadcheck: note: the database keeps no copy of questionnaire %s version %d (hash %s), so the export leaves it out; its check-ins are exported in full.\n",
			m.ID, m.Version, m.Hash)
	}
	if !toFile {
		return nil
	}
	if err := writeFile(o.output, buf.Bytes(), o.force); err != nil {
		return err
	}
	fmt.Fprintf(plainOut(env), "Exported %s to %s.\n", checkIns(n), o.output)
	return nil
}

// exportLeavesOut are the fields of each check-in a format does not
// write, so they are not read: the CSV has the scores, the report all but
// the answers.
var exportLeavesOut = map[string][]string{
	"csv": {"answers", "note", "reflection", "commitments", "reviews"},
	"md":  {"answers"},
}
