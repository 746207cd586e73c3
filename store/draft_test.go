package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestDraftRoundTrip(t *testing.T) {
	state := t.TempDir()
	path, err := DraftPath(state, "history.db")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := LoadDraft(path); ok || err != nil {
		t.Fatalf("LoadDraft before any draft = %v, %v; want none", ok, err)
	}
	d := assessment.Draft{
		Questionnaire: assessment.QuestionnaireRef{ID: "test", Version: 3, Hash: "sha256:abc"},
		Items:         4, Answers: assessment.Answers{"t1": 4}, Skipped: []string{"t2"},
		Timings:  assessment.Timings{"t1": 3 * time.Second},
		Position: 2, ReviewOf: "20261101-090000-1",
		Reviews: []assessment.Review{{CheckIn: "20261101-090000-1", Commitment: assessment.Commitment{Facet: "trust", Objective: "listen"},
			Progress: assessment.Done, Note: "twice"}},
		Reflection: "r", Note: "n",
		StartedAt: date(29, 9, 0, 0), UpdatedAt: date(29, 9, 2, 0), TakenAt: date(20, 12, 0, 0),
	}
	if err := SaveDraft(path, d); err != nil {
		t.Fatal(err)
	}
	checkMode(t, path, 0o600)
	checkMode(t, filepath.Dir(path), 0o700)
	got, ok, err := LoadDraft(path)
	if !ok || err != nil {
		t.Fatalf("LoadDraft = %v, %v", ok, err)
	}
	if !reflect.DeepEqual(got, d) {
		t.Errorf("LoadDraft =\n%+v\nwant\n%+v", got, d)
	}
	if err := DeleteDraft(path); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := LoadDraft(path); ok {
		t.Error("the draft is still there after DeleteDraft")
	}
	if err := DeleteDraft(path); err != nil {
		t.Errorf("deleting a missing draft: %v", err)
	}
}

// TestDraftAtomic: a rewrite replaces the file whole and leaves no
// temporary file behind, so a reader sees one draft or the other.
func TestDraftAtomic(t *testing.T) {
	path := filepath.Join(t.TempDir(), "drafts", "x.json")
	for i := range 20 {
		if err := SaveDraft(path, assessment.Draft{Position: i, Note: strings.Repeat("x", i*100)}); err != nil {
			t.Fatal(err)
		}
		d, _, err := LoadDraft(path)
		if err != nil || d.Position != i {
			t.Fatalf("after write %d: %+v, %v", i, d.Position, err)
		}
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("draft directory holds %v, want only the draft", entries)
	}
}

func TestDraftPathPerDatabase(t *testing.T) {
	a, _ := DraftPath("/state", "/home/x/a.db")
	b, _ := DraftPath("/state", "/home/x/b.db")
	a2, _ := DraftPath("/state", "/home/x/../x/a.db")
	if a == b || a != a2 || !strings.HasPrefix(a, "/state/drafts/") {
		t.Errorf("draft paths a=%s b=%s a2=%s", a, b, a2)
	}
}

func TestDraftDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "d.json")
	writeFile(t, path, []byte(`{"answers": `))
	if _, ok, err := LoadDraft(path); !ok || err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("LoadDraft of a cut file = %v, %v; want found and damaged", ok, err)
	}
	writeFile(t, path, []byte(`{"format": "leadcheck-export"}`))
	if _, _, err := LoadDraft(path); err == nil {
		t.Error("an export was taken for a draft")
	}
}

func TestUnwritable(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{fmt.Errorf("cannot open x: %w", syscall.EACCES), true},
		{fmt.Errorf("cannot open x: %w", syscall.EROFS), true},
		{fmt.Errorf("cannot create directory: %w", syscall.ENOTDIR), true},
		{fmt.Errorf("save: %w", syscall.ENOSPC), true},
		{fmt.Errorf("x is %w", ErrInUse), false},
		{fmt.Errorf("x is %w (%w)", ErrNotDatabase, syscall.EACCES), false},
		{errors.New("something else"), false},
	} {
		if got := Unwritable(tc.err); got != tc.want {
			t.Errorf("Unwritable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}
