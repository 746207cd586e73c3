package store

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
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

// Open checks the layout, not every page; a file damaged while open must
// still give an error rather than crash the program.
