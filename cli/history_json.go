package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/leadcheck/leadcheck/store"
)

// writeRecordsJSON writes every record as writeJSON writes a slice of
// them, byte for byte, but one record at a time: ten thousand check-ins
// then never sit in memory at once. The records come as the JSON they are
// stored as, so indenting it is all the work left (see store.EachJSON).
func writeRecordsJSON(w io.Writer, s *store.Store) error {
	out := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	n := 0
	err := s.EachJSON(func(b []byte) error {
		buf.Reset()
		if n == 0 {
			buf.WriteString("[\n  ")
		} else {
			buf.WriteString(",\n  ")
		}
		n++
		// An element of an indented array: its first line after the
		// array's indent, the rest one level in.
		if err := json.Indent(&buf, b, "  ", "  "); err != nil {
			return err
		}
		_, err := out.Write(buf.Bytes())
		return err
	})
	if err != nil {
		return err
	}
	end := "\n]\n"
	if n == 0 {
		end = "[]\n"
	}
	if _, err := out.WriteString(end); err != nil {
		return err
	}
	return out.Flush()
}
