package store

import (
	"os"
	"path/filepath"
	"testing"
)

// A command that only reads a database an older leadcheck wrote sees its
// check-ins as this build reads them, and the file stays byte for byte as
// it was, with no backup beside it: the older build can still open it.
func TestOpenReadOnlyOlderLeavesFile(t *testing.T) {
	path, original := copyFixture(t)
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	n, cerr := s.Count()
	sums, lerr := s.Summaries()
	_, up := s.Upgraded()
	s.Close()
	if cerr != nil || n != 3 || lerr != nil || len(sums) != 3 || sums[2].ID != "20260209-091500-3" {
		t.Errorf("Count = %d, %v; Summaries = %d, %v; want the fixture's 3 check-ins", n, cerr, len(sums), lerr)
	}
	if up {
		t.Error("Upgraded says the file was upgraded")
	}
	if string(readFile(t, path)) != string(original) {
		t.Error("the file changed")
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 1 {
		t.Errorf("beside the database: %v; want nothing new", entries)
	}
}

// On a file that cannot be written (a read-only file system, a backup
// kept read-only) an older database is read all the same.
func TestOpenReadOnlyOlderUnwritable(t *testing.T) {
	path, _ := copyFixture(t)
	dir := filepath.Dir(path)
	if err := os.Chmod(path, 0o400); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o500); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
	if os.Geteuid() == 0 {
		t.Skip("permissions do not stop root")
	}
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	defer s.Close()
	if n, err := s.Count(); n != 3 || err != nil {
		t.Errorf("Count = %d, %v; want 3", n, err)
	}
}
