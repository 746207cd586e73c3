package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

// takeThree records three check-ins in db and returns their ids.
func takeThree(t *testing.T, db string) []string {
	t.Helper()
	var ids []string
	for i, day := range []string{"2026-09-01", "2026-10-01", "2026-11-01"} {
		r := leadcheck(t, db, sheet(2+i, "taken_at: "+day+"T09:00:00Z\n"), "take", "--answers", "-", "--json")
		var rec assessment.CheckIn
		if r.code != 0 || json.Unmarshal([]byte(r.stdout), &rec) != nil {
			t.Fatalf("take: exit %d, %s", r.code, r.stderr)
		}
		ids = append(ids, rec.ID)
	}
	return ids
}

func historyIDs(t *testing.T, db string) []string {
	t.Helper()
	r := leadcheck(t, db, "", "history", "--json")
	var recs []assessment.CheckIn
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &recs) != nil {
		t.Fatalf("history --json: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
	var ids []string
	for _, rec := range recs {
		ids = append(ids, rec.ID)
	}
	return ids
}

func TestBackupDeleteRestore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	ids := takeThree(t, db)

	r := leadcheck(t, db, "", "backup")
	backup := filepath.Join(dir, "history-20261129-090000.db")
	if want := "Backed up 3 check-ins to " + backup + ".\n"; r.code != 0 || r.stdout != want {
		t.Fatalf("backup: exit %d, %q %q; want %q", r.code, r.stdout, r.stderr, want)
	}
	if fi, err := os.Stat(backup); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("backup file: %v, %v", fi, err)
	}

	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ids[1]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := historyIDs(t, db); len(got) != 2 {
		t.Fatalf("after deleting: %v", got)
	}

	r = leadcheck(t, db, "", "restore", backup)
	previous := filepath.Join(dir, "history-20261129-090000-2.db") // the same second as the backup
	want := "Restored 3 check-ins from " + backup + ". Your previous database (2 check-ins) is saved as " + previous + ".\n"
	if r.code != 0 || r.stdout != want {
		t.Fatalf("restore: exit %d, %q %q\nwant %q", r.code, r.stdout, r.stderr, want)
	}
	if got := historyIDs(t, db); strings.Join(got, " ") != strings.Join(ids, " ") {
		t.Errorf("after restoring: %v, want %v", got, ids)
	}
	// The previous database is there to restore in turn.
	r = leadcheck(t, db, "", "restore", previous)
	if r.code != 0 || len(historyIDs(t, db)) != 2 {
		t.Errorf("restoring the previous database: exit %d, %s%s", r.code, r.stdout, r.stderr)
	}
}

func TestBackupTo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	takeThree(t, db)
	out := t.TempDir()
	if r := leadcheck(t, db, "", "backup", out); r.code != 0 || !strings.Contains(r.stdout, filepath.Join(out, "history-20261129-090000.db")) {
		t.Errorf("backup into a directory: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	named := filepath.Join(out, "mine.db")
	if r := leadcheck(t, db, "", "backup", named); r.code != 0 || r.stdout != "Backed up 3 check-ins to "+named+".\n" {
		t.Errorf("backup to a file: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if r := leadcheck(t, db, "", "backup", named); r.code != 1 || !strings.Contains(r.stderr, "choose a new backup file") {
		t.Errorf("backup over a file: exit %d, %q", r.code, r.stderr)
	}
	if r := leadcheck(t, filepath.Join(t.TempDir(), "none.db"), "", "backup"); r.code != 1 || !strings.Contains(r.stderr, "no database at") {
		t.Errorf("backup without a database: exit %d, %q", r.code, r.stderr)
	}
	if r := leadcheck(t, db, "", "backup", "a", "b"); r.code != 2 {
		t.Errorf("backup a b: exit %d, want 2", r.code)
	}
	if r := leadcheck(t, db, "", "restore"); r.code != 2 || !strings.Contains(r.stderr, "takes one argument") {
		t.Errorf("restore without a file: exit %d, %q", r.code, r.stderr)
	}
}

func TestBackupAndRestoreWhileOpen(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	takeThree(t, db)
	if r := leadcheck(t, db, "", "backup"); r.code != 0 {
		t.Fatal(r.stderr)
	}
	backup := filepath.Join(dir, "history-20261129-090000.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := mustRead(db)

	r := leadcheckLocked(t, db, "", "backup")
	if r.code != 1 || !strings.Contains(r.stderr, "is in use by another leadcheck process") || !strings.Contains(r.stderr, "let it finish, then back up again") {
		t.Errorf("backup while open: exit %d, %q", r.code, r.stderr)
	}
	r = leadcheckLocked(t, db, "", "restore", backup)
	if r.code != 1 || !strings.Contains(r.stderr, "is in use by another leadcheck process") || !strings.Contains(r.stderr, "; nothing was changed") {
		t.Errorf("restore while open: exit %d, %q", r.code, r.stderr)
	}
	if !bytes.Equal(mustRead(db), before) {
		t.Errorf("the database changed")
	}
	if names := dirNames(t, dir); strings.Join(names, " ") != "history-20261129-090000.db history.db" {
		t.Errorf("files: %v, want the database and the first backup", names)
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestRestoreRefusesBadFiles(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	takeThree(t, db)
	garbage := filepath.Join(t.TempDir(), "garbage.db")
	os.WriteFile(garbage, bytes.Repeat([]byte("not a database\n"), 1000), 0o600)
	newer := filepath.Join(t.TempDir(), "newer.db")
	newerDB(t, newer)
	before := mustRead(db)

	for _, tt := range []struct{ file, want string }{
		{garbage, "cannot restore from " + garbage + ": it is not a leadcheck database"},
		{newer, "cannot restore from " + newer + ": it was written by a newer leadcheck"},
	} {
		r := leadcheck(t, db, "", "restore", tt.file)
		if r.code != 1 || !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "; nothing was changed") {
			t.Errorf("restore %s: exit %d, %q; want %q", tt.file, r.code, r.stderr, tt.want)
		}
	}
	if !bytes.Equal(mustRead(db), before) {
		t.Errorf("the database changed")
	}
	if names := dirNames(t, dir); strings.Join(names, " ") != "history.db" {
		t.Errorf("files beside the database: %v", names)
	}
}

// newerDB makes a leadcheck database that a newer leadcheck wrote.
func newerDB(t *testing.T, path string) {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte(strconv.Itoa(store.SchemaVersion+1)))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// An older database is read as it is by commands that only read, and
// upgraded by the first that writes, with a word on stderr.
func TestUpgradeNote(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	original := mustRead("../store/testdata/schema1.db")
	if err := os.WriteFile(db, original, 0o600); err != nil {
		t.Fatal(err)
	}
	r := leadcheck(t, db, "", "history")
	if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "20260209-091500-3") {
		t.Errorf("history of a schema 1 database: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if !bytes.Equal(mustRead(db), original) {
		t.Error("history changed the schema 1 database")
	}
	r = leadcheck(t, db, "", "take", "--answers", "../examples/year/2026-11-16.yaml")
	note := regexp.MustCompile(`^leadcheck: upgraded .*history\.db from an older leadcheck \(schema 1 to 3\); the database as it was is saved as .*history-schema1-\d{8}-\d{6}\.db\n$`)
	if r.code != 0 || !note.MatchString(r.stderr) {
		t.Errorf("take on a schema 1 database: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := leadcheck(t, db, "", "history"); r.code != 0 || r.stderr != "" || strings.Count(r.stdout, "\n") != 5 {
		t.Errorf("history after the upgrade: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
