package store

import (
	"maps"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
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

// Two databases can each hold a check-in under the same id (both
// back-filled to noon of one day, say). Importing one into the other must
// not pass over the check-in as "already present": the import is refused,
// naming it, and nothing changes. The same check-in, commitments added
// since or not, is still skipped.
func TestImportRefusesADifferentCheckInUnderATakenID(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *assessment.CheckIn)
		want   string // "" when the check-in counts as the one present
	}{
		{"other answers", func(r *assessment.CheckIn) { r.Answers["t1"] = 2 },
			"check-in 20261101-090000-1: the database holds a different check-in under this id (other answers); " +
				"import this file into another database (--db), or delete that check-in here first; nothing was imported"},
		{"another questionnaire", func(r *assessment.CheckIn) { r.Questionnaire.Hash = "sha256:def" },
			"check-in 20261101-090000-1: the database holds a different check-in under this id"},
		{"commitments made since", func(r *assessment.CheckIn) { r.Commitments = nil }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTemp(t)
			present := newTestRecord(date(1, 9, 0, 0), "here")
			if err := s.Save(&present, testQuestionnaire()); err != nil {
				t.Fatal(err)
			}
			s.SetCommitments(present.ID, []assessment.Commitment{{Facet: "trust", Objective: "Listen"}})
			other := present
			other.Answers = maps.Clone(present.Answers)
			tt.change(&other)
			added, skipped, err := s.Import([]assessment.CheckIn{other}, nil)
			switch {
			case tt.want == "" && (err != nil || skipped != 1):
				t.Errorf("Import = %d added, %d skipped, %v; want it skipped", added, skipped, err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Import = %v\nwant %q", err, tt.want)
			}
			if n, _ := s.Count(); n != 1 {
				t.Errorf("%d check-ins, want 1", n)
			}
		})
	}
}
