package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.etcd.io/bbolt"
)

// An export to a file is written as it is read, yet a check-in that
// cannot be read part way leaves the file as it was and nothing beside
// it, with the reading error, as when the export was gathered first.
func TestExportJSONToFileStopsWhole(t *testing.T) {
	db := yearDB(t)
	bolt, err := bbolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bolt.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte("checkins"))
		k, _ := b.Cursor().Last()
		return b.Put(k, []byte(`{"schema":3,"taken_at":`))
	})
	bolt.Close()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "export.json")
	os.WriteFile(file, []byte("keep me"), 0o600)
	r := leadcheck(t, db, "", "export", "-o", file, "--force")
	if b, _ := os.ReadFile(file); r.code == 0 || !strings.Contains(r.stderr, "damaged") || string(b) != "keep me" {
		t.Errorf("a damaged check-in: exit %d %q, file %.40q", r.code, r.stderr, b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind in %s: %v", dir, entries)
	}
	if stdout := leadcheck(t, db, "", "export"); stdout.stderr != r.stderr {
		t.Errorf("to a file the error is %q, to standard output %q", r.stderr, stdout.stderr)
	}
}
