package cli

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"time"
)

// heldOut is standard output for a command that prints while the
// database is open. It writes straight through while the reader keeps
// up, so a long output streams in little memory; but a reader that stops
// (a pager waiting for a key, a pipe nobody drains) must never keep the
// database locked against the app or a command that writes. So when a
// write has waited stallGrace, what it has not written and everything
// after it are held in memory, the command finishes reading at memory
// speed and closes the database, and release then writes what was held,
// waiting as long as the reader takes.
//
// Only a file the runtime can poll takes a write deadline: a pipe or a
// terminal. A regular file (and a device such as /dev/null) never
// stalls and is written straight; any other writer (a socket, a pipe
// where it cannot be polled) is held whole, as before streaming.
type heldOut struct {
	direct  io.Writer // where writes go when nothing is held
	polled  *os.File  // the pollable file behind direct, or nil
	own     bool      // polled was opened here, so release closes it
	holding bool
	held    bytes.Buffer
	grace   time.Duration
}

// stallGrace is how long one write may wait for the reader before the
// rest of the output is held: long enough that a reader that keeps up
// (a terminal drawing, a pipe into grep) never trips it.
const stallGrace = 50 * time.Millisecond

// newHeldOut wraps w, which is standard output.
func newHeldOut(w io.Writer) *heldOut {
	h := &heldOut{direct: w, grace: stallGrace}
	f, ok := w.(*os.File)
	if !ok {
		// A buffer in a test, or a writer we know nothing of: it is
		// written straight, as a buffer never stalls.
		return h
	}
	info, err := f.Stat()
	switch {
	case err != nil:
		h.holding = true
	case info.Mode().IsRegular():
		// Written straight.
	case f.SetWriteDeadline(time.Time{}) == nil:
		h.polled = f
	case info.Mode()&(fs.ModeNamedPipe|fs.ModeCharDevice) != 0:
		h.polled, h.holding = reopenPollable(f)
		h.own = h.polled != nil
	default:
		h.holding = true
	}
	return h
}

// Write writes p through, or holds it once the reader has stalled.
func (h *heldOut) Write(p []byte) (int, error) {
	if h.holding {
		return h.held.Write(p)
	}
	if h.polled == nil {
		return h.direct.Write(p)
	}
	if err := h.polled.SetWriteDeadline(time.Now().Add(h.grace)); err != nil {
		return 0, err
	}
	n, err := h.polled.Write(p)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		h.holding = true
		h.held.Write(p[n:])
		return len(p), nil
	}
	return n, err
}

// release writes what is held, waiting for the reader, once the database
// is closed; later writes go straight through. It is safe to call twice.
func (h *heldOut) release() error {
	w := h.direct
	if h.polled != nil {
		if err := h.polled.SetWriteDeadline(time.Time{}); err != nil {
			return err
		}
		w = h.polled
	}
	_, err := w.Write(h.held.Bytes())
	h.held = bytes.Buffer{}
	h.holding = false
	if h.own {
		if cerr := h.polled.Close(); err == nil {
			err = cerr
		}
		h.own = false
	}
	h.polled = nil
	return err
}
