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

// A check-in whose questionnaire has no snapshot is exported in full,
// with a note on standard error, whether the export goes to standard
// output or to a file.
func TestExportJSONNotesAMissingSnapshot(t *testing.T) {
	db := yearDB(t)
	bolt, err := bbolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bolt.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte("questionnaires"))
		k, _ := b.Cursor().First()
		return b.Delete(k)
	})
	bolt.Close()
	if err != nil {
		t.Fatal(err)
	}
	const note = "leadcheck: note: the database keeps no copy of questionnaire "
	r := leadcheck(t, db, "", "export")
	if r.code != 0 || !strings.HasPrefix(r.stderr, note) || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stdout, `"questionnaires": []`) {
		t.Errorf("to standard output: exit %d %q\n%.200s", r.code, r.stderr, r.stdout)
	}
	file := filepath.Join(t.TempDir(), "export.json")
	f := leadcheck(t, db, "", "export", "-o", file)
	if b, _ := os.ReadFile(file); f.code != 0 || f.stderr != r.stderr || string(b) != r.stdout {
		t.Errorf("to a file: exit %d %q, and the file differs from standard output: %v", f.code, f.stderr, string(b) != r.stdout)
	}
}

// A questionnaire snapshot that cannot be read stops every export with
// an error naming the database, in each format, and never a crash: the
// Markdown report fails before it has begun, with no head to write.
func TestExportOfADamagedSnapshot(t *testing.T) {
	db := yearDB(t)
	bolt, err := bbolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = bolt.Update(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte("questionnaires"))
		k, _ := b.Cursor().First()
		return b.Put(k, []byte(`{"id": "\f`))
	})
	bolt.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"json", "md"} {
		r := leadcheck(t, db, "", "export", "--format", format)
		if r.code != 1 || !strings.Contains(r.stderr, db) || strings.Contains(r.stderr, "panic") {
			t.Errorf("%s: exit %d, stderr %q; want an error naming %s", format, r.code, r.stderr, db)
		}
	}
}
