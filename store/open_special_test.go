//go:build unix

package store

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestOpenNotARegularFile: a device or a named pipe is refused as no
// database, with the advice to name a file, never to delete it (as an
// empty file may be), by every way in, and without a read that would
// wait on the pipe.
func TestOpenNotARegularFile(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	opens := map[string]func(string) error{
		"Open":         func(p string) error { s, err := Open(p); closeIf(s); return err },
		"OpenReadOnly": func(p string) error { s, err := OpenReadOnly(p); closeIf(s); return err },
		"Check":        func(p string) error { _, err := Check(p); return err },
		"BackupFile": func(p string) error {
			_, err := BackupFile(p, filepath.Join(t.TempDir(), "copy.db"), time.Now())
			return err
		},
	}
	for _, path := range []string{os.DevNull, pipe} {
		for name, open := range opens {
			t.Run(name+" "+path, func(t *testing.T) {
				err := open(path)
				want := path + " is not a leadcheck database (it is not a regular file, but a device, a pipe or a socket)"
				if !errors.Is(err, ErrNotDatabase) || err.Error() != want || remedyOf(err) != ChooseFile {
					t.Errorf("got %v (remedy %d)\nwant %s (remedy %d)", err, remedyOf(err), want, ChooseFile)
				}
			})
		}
	}
}

func closeIf(s *Store) {
	if s != nil {
		s.Close()
	}
}
