package store

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFile(t *testing.T) {
	tests := []struct {
		name    string
		before  string // "" for no file
		opts    WriteOptions
		want    string
		wantErr error
	}{
		{"new file", "", WriteOptions{}, "new", nil},
		{"replaces", "old", WriteOptions{}, "new", nil},
		{"keeps a new file", "", WriteOptions{Keep: true}, "new", nil},
		{"keep refuses to replace", "old", WriteOptions{Keep: true}, "old", fs.ErrExist},
		{"a failed check writes nothing", "old", WriteOptions{Check: func() error { return errCheck }}, "old", errCheck},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "made")
			path := filepath.Join(dir, "f.json")
			if tt.before != "" {
				if err := os.Mkdir(dir, 0o700); err != nil {
					t.Fatal(err)
				}
				writeFile(t, path, []byte(tt.before))
			}
			err := WriteFile(path, []byte("new"), tt.opts)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("WriteFile = %v, want %v", err, tt.wantErr)
			}
			if got := string(readFile(t, path)); got != tt.want {
				t.Errorf("file holds %q, want %q", got, tt.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				t.Errorf("directory holds %v, want the file alone (no temporary file left)", entries)
			}
			checkMode(t, dir, 0o700)
			if tt.before == "" {
				checkMode(t, path, 0o600)
			}
		})
	}
}

var errCheck = errors.New("the target changed")

// WriteFileFrom puts in place what fill wrote, in pieces; fill's own
// error is returned as it is and leaves the file as it was, with no
// temporary file behind.
func TestWriteFileFrom(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f.json")
	writeFile(t, path, []byte("old"))
	errFill := errors.New("the export stopped")
	err := WriteFileFrom(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errFill
	}, WriteOptions{})
	if err != errFill {
		t.Errorf("a failing fill: err = %v, want its own", err)
	}
	if got := string(readFile(t, path)); got != "old" {
		t.Errorf("after a failing fill the file holds %q, want %q", got, "old")
	}
	err = WriteFileFrom(path, func(w io.Writer) error {
		for _, piece := range []string{"n", "e", "w"} {
			if _, err := io.WriteString(w, piece); err != nil {
				return err
			}
		}
		return nil
	}, WriteOptions{})
	if got := string(readFile(t, path)); err != nil || got != "new" {
		t.Errorf("WriteFileFrom = %v, file %q; want nil, %q", err, got, "new")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("directory holds %v, want the file alone (no temporary file left)", entries)
	}
}
