package store

import (
	"os"
	"path/filepath"
	"testing"
)

// A missing database reads as an empty history and nothing is created,
// not even its directory.
func TestOpenReadOnlyMissingCreatesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new", "history.db")
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := s.Count()
	_, found, lerr := s.Latest()
	s.Close()
	if err != nil || n != 0 || lerr != nil || found {
		t.Errorf("Count = %d, %v; Latest found = %v, %v; want an empty history", n, err, found, lerr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("%s holds %v, want nothing", dir, entries)
	}
}

// An existing database is opened read-only: it reads, it refuses writes,
// and the file is unchanged.
func TestOpenReadOnlyReadsWithoutWriting(t *testing.T) {
	path, ids := doctorFixture(t)
	before := readFile(t, path)
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if r, err := s.Get(ids[1]); err != nil || r.ID != ids[1] {
		t.Errorf("Get(%s) = %s, %v", ids[1], r.ID, err)
	}
	r := newTestRecord(date(9, 9, 0, 0), "")
	if err := s.Save(&r, testQuestionnaire()); err == nil {
		t.Error("Save on a read-only store succeeded")
	}
	if string(readFile(t, path)) != string(before) {
		t.Error("the file changed")
	}
}

// Restore through a symbolic link replaces the file the link points to.
func TestRestoreThroughSymlink(t *testing.T) {
	src, _ := doctorFixture(t)
	dir := t.TempDir()
	target := filepath.Join(dir, "real.db")
	s, err := Open(target)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	link := filepath.Join(dir, "link.db")
	if err := os.Symlink("real.db", link); err != nil {
		t.Fatal(err)
	}
	info, err := Restore(link, src, date(20, 9, 0, 0))
	if err != nil || info.CheckIns != 3 {
		t.Fatalf("Restore = %+v, %v", info, err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced (%v)", err)
	}
	got, err := OpenReadOnly(target)
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	if n, _ := got.Count(); n != 3 {
		t.Errorf("the file the link points to holds %d check-ins, want 3", n)
	}
}
