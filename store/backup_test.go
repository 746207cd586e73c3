package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func TestBackup(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(10, 9, 0, 0), "a")
	save(t, s, date(29, 9, 0, 0), "b")
	want, err := s.List()
	if err != nil {
		t.Fatal(err)
	}

	path := filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(path); err != nil {
		t.Fatal(err)
	}
	checkMode(t, path, 0o600)
	if err := s.Backup(path); err == nil || !strings.Contains(err.Error(), "choose a new backup file") {
		t.Errorf("second Backup to the same file = %v, want a refusal", err)
	}
	if err := s.Backup(s.Path()); err == nil {
		t.Errorf("Backup onto the live database succeeded")
	}

	// The store stays usable, and the backup does not see later saves.
	save(t, s, date(30, 9, 0, 0), "after backup")

	b, err := Open(path)
	if err != nil {
		t.Fatalf("opening the backup: %v", err)
	}
	defer b.Close()
	got, err := b.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("backup holds %v, want %v", notes(got), notes(want))
	}
	for i := range want {
		if got[i].ID != want[i].ID || !got[i].TakenAt.Equal(want[i].TakenAt) || got[i].Note != want[i].Note ||
			!reflect.DeepEqual(got[i].Scores, want[i].Scores) || !reflect.DeepEqual(got[i].Answers, want[i].Answers) {
			t.Errorf("backup record %d =\n%+v\nwant\n%+v", i, got[i], want[i])
		}
	}
}

func TestBackupToMissingDirectory(t *testing.T) {
	s := openTemp(t)
	path := filepath.Join(t.TempDir(), "no-such-dir", "backup.db")
	if err := s.Backup(path); err == nil {
		t.Errorf("Backup into a missing directory succeeded")
	}
}

// A backup taken while another goroutine saves is a whole, valid database
// holding every check-in saved before Backup was called.
func TestBackupWhileWriting(t *testing.T) {
	s := openTemp(t)
	for i := range 20 {
		save(t, s, date(1, i, 0, 0), "before")
	}
	var mu sync.Mutex
	var saved []string
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			r := newTestRecord(date(2, 0, 0, 0).Add(time.Duration(i)*time.Minute), strings.Repeat("meanwhile ", 20))
			if err := s.Save(&r, testQuestionnaire()); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			saved = append(saved, r.ID)
			mu.Unlock()
		}
	})
	time.Sleep(20 * time.Millisecond) // let the writer get going
	mu.Lock()
	committed := slices.Clone(saved)
	mu.Unlock()
	path := filepath.Join(t.TempDir(), "backup.db")
	err := s.Backup(path)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	checkMode(t, path, 0o600)
	checkBolt(t, path)

	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	recs, err := b.List()
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, r := range recs {
		ids[r.ID] = true
	}
	for _, id := range committed {
		if !ids[id] {
			t.Errorf("check-in %s, saved before the backup began, is not in it", id)
		}
	}
	if len(recs) < 20+len(committed) {
		t.Errorf("backup holds %d check-ins, want at least %d", len(recs), 20+len(committed))
	}
	checkSummaries(t, b, len(recs))
	t.Logf("%d saved before the backup, %d in it, %d saved in all", len(committed), len(recs)-20, len(saved))
}

// checkBolt runs bbolt's own consistency check on the file at path.
func checkBolt(t *testing.T, path string) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.View(func(tx *bbolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

var backupNow = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

func TestBackupFile(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(10, 9, 0, 0), "a")
	save(t, s, date(20, 9, 0, 0), "b")
	path := s.Path()
	s.Close()
	dir := filepath.Dir(path)

	info, err := BackupFile(path, "", backupNow)
	if want := filepath.Join(dir, "history-20261129-090000.db"); err != nil || info.Path != want || info.CheckIns != 2 {
		t.Fatalf("BackupFile = %+v, %v; want %s with 2 check-ins", info, err, want)
	}
	checkMode(t, info.Path, 0o600)
	checkBolt(t, info.Path)
	// The same second again: a new name, never an overwrite.
	info, err = BackupFile(path, "", backupNow)
	if want := filepath.Join(dir, "history-20261129-090000-2.db"); err != nil || info.Path != want {
		t.Errorf("second BackupFile = %+v, %v; want %s", info, err, want)
	}
	// Into a directory, named after the database.
	other := t.TempDir()
	info, err = BackupFile(path, other, backupNow)
	if want := filepath.Join(other, "history-20261129-090000.db"); err != nil || info.Path != want {
		t.Errorf("BackupFile into a directory = %+v, %v; want %s", info, err, want)
	}
	// To a named file, once.
	named := filepath.Join(other, "mine.db")
	if info, err = BackupFile(path, named, backupNow); err != nil || info.Path != named {
		t.Errorf("BackupFile to a file = %+v, %v", info, err)
	}
	if _, err = BackupFile(path, named, backupNow); err == nil || !strings.Contains(err.Error(), "choose a new backup file") {
		t.Errorf("BackupFile over an existing file = %v, want a refusal", err)
	}
	// Into a directory that cannot be written in: the message says where
	// to back up instead.
	gone := filepath.Join(other, "gone") + string(filepath.Separator)
	want := "cannot create a backup file in " + filepath.Join(other, "gone") + ": no such file or directory; name a directory or a new file you can write to"
	if _, err = BackupFile(path, gone, backupNow); err == nil || err.Error() != want {
		t.Errorf("BackupFile into a missing directory = %v\nwant %s", err, want)
	}
	if _, err = BackupFile(filepath.Join(dir, "none.db"), "", backupNow); err == nil || !strings.Contains(err.Error(), "no database at") {
		t.Errorf("BackupFile of a missing database = %v", err)
	}
}

// While the database is open, another process cannot read it: bbolt's
// read-only open asks for a shared flock, which the open database's
// exclusive one refuses. (Two opens in one process conflict the same way:
// flock locks belong to open files, not to processes.)
func TestBackupFileWhileOpen(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(10, 9, 0, 0), "a")
	_, err := BackupFile(s.Path(), "", backupNow, shortWait)
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "let it finish, then back up again") {
		t.Errorf("BackupFile of an open database = %v, want an in-use error", err)
	}
	if entries, _ := os.ReadDir(filepath.Dir(s.Path())); len(entries) != 1 {
		t.Errorf("files beside the database: %v, want none", entries)
	}
}

// Backing up an older database copies it as it is: no upgrade.
func TestBackupFileOfOlderSchema(t *testing.T) {
	path, original := copyFixture(t)
	info, err := BackupFile(path, "", backupNow)
	if err != nil || info.CheckIns != 3 {
		t.Fatalf("BackupFile = %+v, %v", info, err)
	}
	if got := readFile(t, path); !slices.Equal(got, original) {
		t.Errorf("BackupFile changed the database")
	}
	checkBolt(t, info.Path)
}

// TestBackupFileOfEmptyFile: an empty file is refused with the words
// Open uses for it, not with what bbolt says of a file it cannot map.
func TestBackupFileOfEmptyFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	writeFile(t, db, nil)
	_, err := BackupFile(db, filepath.Join(dir, "copy.db"), time.Now())
	want := db + " is not a leadcheck database (the file is empty)"
	if !errors.Is(err, ErrNotDatabase) || err == nil || err.Error() != want || remedyOf(err) != StartAfresh {
		t.Errorf("BackupFile(empty) = %v, want %s", err, want)
	}
}
