package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRecoveryImports writes a recovery file and imports it as
// 'leadcheck import' does: the file is an export of the one check-in.
func TestRecoveryImports(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "state")
	rec := newTestRecord(date(29, 9, 12, 30).Add(400_000_000), "kept safe")
	path, err := WriteRecovery(dir, rec, testQuestionnaire(), "test")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(path) != dir || !strings.HasPrefix(filepath.Base(path), "leadcheck-recovery-20261129-091230-") {
		t.Errorf("recovery file at %s", path)
	}
	checkMode(t, path, 0o600)
	f, err := DecodeExport(path, readFile(t, path))
	if err != nil {
		t.Fatalf("DecodeExport: %v", err)
	}
	if len(f.CheckIns) != 1 || len(f.Questionnaires) != 1 || f.Questionnaires[0].Hash != "sha256:abc" {
		t.Fatalf("recovery file holds %d check-ins, %d questionnaires", len(f.CheckIns), len(f.Questionnaires))
	}
	s := openTemp(t)
	save(t, s, date(29, 9, 12, 30), "saved the same second") // sequence 1: no clash
	added, skipped, err := s.Import(f.CheckIns, f.Questionnaires)
	if err != nil || added != 1 || skipped != 0 {
		t.Fatalf("Import = %d, %d, %v", added, skipped, err)
	}
	recs, err := s.List()
	if err != nil || len(recs) != 2 {
		t.Fatalf("List = %d, %v", len(recs), err)
	}
	got, err := s.Get(f.CheckIns[0].ID)
	if err != nil || got.Note != "kept safe" || got.Answers["t1"] != 4 {
		t.Errorf("imported record = %+v, %v", got, err)
	}
	// A check-in saved afterwards in the same second sorts after it.
	save(t, s, date(29, 9, 12, 30), "after")
	if recs, _ := s.List(); len(recs) != 3 || recs[2].Note != "after" {
		t.Errorf("after a later save the history is %v", notes(recs))
	}
}

// TestRecoveryFallsBackToTemp: a state directory that cannot be made
// (here a path through a file, which stops root too) sends the file to
// the temporary directory.
func TestRecoveryFallsBackToTemp(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "file")
	writeFile(t, blocker, []byte("x"))
	path, err := WriteRecovery(filepath.Join(blocker, "state"), newTestRecord(date(29, 9, 0, 0), ""), testQuestionnaire(), "test")
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	if filepath.Dir(path) != filepath.Clean(os.TempDir()) {
		t.Errorf("recovery file at %s, want in %s", path, os.TempDir())
	}
}
