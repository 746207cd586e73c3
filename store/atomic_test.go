package store

import (
	"errors"
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
