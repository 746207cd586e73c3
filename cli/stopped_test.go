package cli

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/leadcheck/leadcheck/store"
)

// Stopped by a signal while an export is written, leadcheck removes the
// temporary file the write left, then ends with that signal.
func TestRemoveOnStop(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "export.json")
	var ended os.Signal
	r := &removeOnStop{end: func(sig os.Signal) { ended = sig }}
	var seen string
	_ = store.WriteFileFrom(target, func(w io.Writer) error {
		seen = r.path
		if _, err := os.Stat(seen); err != nil {
			t.Errorf("the temporary file %q named to Temp is not there: %v", seen, err)
		}
		r.stopped(syscall.SIGTERM) // as the signal would, mid-write
		return nil
	}, store.WriteOptions{Temp: r.temp})
	if seen == "" || filepath.Dir(seen) != dir {
		t.Fatalf("Temp was told %q, want a file in %s", seen, dir)
	}
	if _, err := os.Stat(seen); err == nil {
		t.Errorf("%s is still there after the stop", seen)
	}
	if ended != syscall.SIGTERM {
		t.Errorf("ended with %v, want SIGTERM", ended)
	}
}
