package cli

import (
	"bufio"
	"io"

	"github.com/leadcheck/leadcheck/store"
)

// writeRecordsJSON writes every record as writeJSON writes a slice of
// them, byte for byte, but one record at a time from the JSON it is
// stored as (see store.WriteRecordsJSON): ten thousand check-ins are
// neither decoded nor held in memory at once.
func writeRecordsJSON(w io.Writer, s *store.Store) error {
	out := bufio.NewWriterSize(w, 64<<10)
	if err := s.WriteRecordsJSON(out); err != nil {
		return err
	}
	return out.Flush()
}
