package cli

import (
	"io"

	"github.com/leadcheck/leadcheck/internal/safetext"
)

// safeWriter makes every message it passes safe for a terminal: printed
// lines and errors quote ids, file names, names and notes that came from
// outside, and none of them may move the cursor, retitle the window or
// write to the clipboard. Each write is made safe on its own; a message is
// written in one piece, so no sequence is split between two writes.
// JSON and exported files never go through it: they keep the exact text.
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, safetext.Text(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// plainOut is standard output for plain messages.
func plainOut(env Env) io.Writer { return safeWriter{env.Stdout} }
