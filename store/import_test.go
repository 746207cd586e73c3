package store

import (
	"strings"
	"testing"
)

func TestImportSkipsPresentAndRaisesSequence(t *testing.T) {
	src := openTemp(t)
	saveLoop(t, src)
	f, err := src.Export("v1")
	if err != nil {
		t.Fatal(err)
	}
	dst := openTemp(t)
	for i, want := range [][2]int{{3, 0}, {0, 3}} {
		added, skipped, err := dst.Import(f.CheckIns, f.Questionnaires)
		if err != nil || added != want[0] || skipped != want[1] {
			t.Errorf("import %d = %d added, %d skipped, %v; want %v", i+1, added, skipped, err, want)
		}
	}
	// Imported ids end in sequences 1 to 3: a save in the same second as
	// the last one must not take 3 again.
	r := newTestRecord(date(26, 9, 0, 0), "after import")
	if err := dst.Save(&r, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	if r.ID != "20261126-090000-4" {
		t.Errorf("saved after import as %s, want 20261126-090000-4", r.ID)
	}
	if n, _ := dst.Count(); n != 4 {
		t.Errorf("Count = %d, want 4", n)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	src := openTemp(t)
	saveLoop(t, src)
	f, err := src.Export("v1")
	if err != nil {
		t.Fatal(err)
	}
	f.CheckIns[1].TakenAt = f.CheckIns[1].TakenAt.Add(1)
	dst := openTemp(t)
	_, _, err = dst.Import(f.CheckIns, f.Questionnaires)
	if err == nil || !strings.Contains(err.Error(), "check-in 20261029-090000-2: taken_at 2026-10-29T09:00:00.000000001Z does not match the id; nothing was imported") {
		t.Fatalf("Import = %v", err)
	}
	if n, _ := dst.Count(); n != 0 {
		t.Errorf("%d check-ins imported, want none", n)
	}
	if _, ok, _ := dst.Questionnaire("sha256:abc"); ok {
		t.Error("the snapshot was kept although nothing was imported")
	}
}
