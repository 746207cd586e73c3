package store

import (
	"bytes"
	"encoding/json"
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

	"github.com/leadcheck/leadcheck/assessment"
)

func TestSaveAssignsID(t *testing.T) {
	s := openTemp(t)
	cet := time.FixedZone("CET", 3600)
	r := newTestRecord(time.Date(2026, 11, 29, 10, 0, 0, 123456789, cet), "first")
	if err := s.Save(&r, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	if r.ID != "20261129-090000-1" {
		t.Errorf("after Save: ID %q, want 20261129-090000-1", r.ID)
	}
	if want := time.Date(2026, 11, 29, 10, 0, 0, 0, cet); !r.TakenAt.Equal(want) || r.TakenAt.Location() != cet {
		t.Errorf("TakenAt = %s, want %s, truncated, in its own zone", r.TakenAt, want)
	}

	got, err := s.Get(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, off := got.TakenAt.Zone(); off != 3600 || !got.TakenAt.Equal(r.TakenAt) {
		t.Errorf("stored TakenAt = %s, want %s with offset +01:00", got.TakenAt, r.TakenAt)
	}
	got.TakenAt = r.TakenAt // the zone comes back as a fixed offset without a name
	if !reflect.DeepEqual(got, r) {
		t.Errorf("Get =\n%+v\nwant\n%+v", got, r)
	}
}

func TestSaveRefuses(t *testing.T) {
	s := openTemp(t)
	saved := newTestRecord(date(29, 9, 0, 0), "saved")
	if err := s.Save(&saved, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		r    *assessment.CheckIn
		want string
	}{
		{"nil check-in", nil, "no check-in"},
		{"already saved", &saved, "already saved"},
		{"no time", &assessment.CheckIn{Note: "no time"}, "outside 1970-2261"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var before assessment.CheckIn
			if tt.r != nil {
				before = *tt.r
			}
			err := s.Save(tt.r, testQuestionnaire())
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Save = %v, want an error containing %q", err, tt.want)
			}
			if tt.r != nil && !reflect.DeepEqual(*tt.r, before) {
				t.Errorf("a failed Save changed the record: %+v", *tt.r)
			}
		})
	}
	if n, err := s.Count(); err != nil || n != 1 {
		t.Errorf("Count = %d, %v; want 1", n, err)
	}
}

func TestListOrder(t *testing.T) {
	s := openTemp(t)
	// Saved out of time order, two in the same second.
	save(t, s, date(20, 9, 0, 0), "b")
	save(t, s, date(10, 9, 0, 0), "a")
	save(t, s, date(29, 9, 0, 0).Add(100*time.Millisecond), "d")
	save(t, s, date(29, 9, 0, 0).Add(900*time.Millisecond), "e")
	save(t, s, date(25, 9, 0, 0), "c")

	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := notes(list), []string{"a", "b", "c", "d", "e"}; !slices.Equal(got, want) {
		t.Errorf("List order = %v, want %v", got, want)
	}
	wantIDs := []string{
		"20261110-090000-2",
		"20261120-090000-1",
		"20261125-090000-5",
		"20261129-090000-3",
		"20261129-090000-4",
	}
	for i, r := range list {
		if r.ID != wantIDs[i] {
			t.Errorf("List[%d].ID = %q, want %q", i, r.ID, wantIDs[i])
		}
	}
	if n, err := s.Count(); err != nil || n != 5 {
		t.Errorf("Count = %d, %v; want 5", n, err)
	}
}

func TestEmptyStore(t *testing.T) {
	s := openTemp(t)
	if list, err := s.List(); err != nil || len(list) != 0 {
		t.Errorf("List = %v, %v; want none", list, err)
	}
	if n, err := s.Count(); err != nil || n != 0 {
		t.Errorf("Count = %d, %v; want 0", n, err)
	}
	if _, ok, err := s.Latest(); ok || err != nil {
		t.Errorf("Latest = %v, %v; want false, nil", ok, err)
	}
	if _, err := s.Get(LatestRef); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get(latest) = %v, want ErrNotFound", err)
	}
}

func TestGet(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(29, 17, 30, 0), "a") // 20261129-173000-1
	save(t, s, date(29, 9, 0, 0), "b")   // 20261129-090000-2
	save(t, s, date(29, 9, 0, 0), "c")   // 20261129-090000-3
	save(t, s, date(10, 9, 0, 0), "d")   // 20261110-090000-4
	for i := range 8 {                   // 20261101-00000i-(5+i)
		save(t, s, date(1, 0, 0, i), "old")
	}
	save(t, s, date(29, 17, 30, 0), "e") // 20261129-173000-13

	tests := []struct {
		ref      string
		wantNote string
		wantErr  error
	}{
		{"20261129-090000-2", "b", nil},
		{"latest", "e", nil},
		{"20261110", "d", nil},
		{"20261129-173000-1", "a", nil}, // a full id wins over the longer id it prefixes
		{"20261129-173000-13", "e", nil},
		{"20261129-17", "", ErrAmbiguous},
		{"20261129-09", "", ErrAmbiguous},
		{"2026", "", ErrAmbiguous},
		{"20261129-090000-9", "", ErrNotFound},
		{"20251129", "", ErrNotFound},
		{"LATEST", "", ErrNotFound},
		{"", "", nil}, // checked below: an error, but neither sentinel
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			r, err := s.Get(tt.ref)
			switch {
			case tt.ref == "":
				if err == nil || errors.Is(err, ErrNotFound) || errors.Is(err, ErrAmbiguous) {
					t.Errorf("Get(\"\") = %v, want a plain error", err)
				}
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Errorf("Get(%q) = %+v, %v; want %v", tt.ref, r, err, tt.wantErr)
				}
			case err != nil:
				t.Errorf("Get(%q): %v", tt.ref, err)
			case r.Note != tt.wantNote:
				t.Errorf("Get(%q) = %q (%s), want %q", tt.ref, r.Note, r.ID, tt.wantNote)
			}
		})
	}
}

func TestGetErrorsSayWhatToDo(t *testing.T) {
	s := openTemp(t)
	save(t, s, date(29, 9, 0, 0), "b")
	save(t, s, date(29, 9, 0, 0), "c")
	save(t, s, date(29, 9, 0, 0), "d")
	save(t, s, date(29, 9, 0, 0), "e")

	_, err := s.Get("2026")
	want := `check-in "2026" is ambiguous: it matches 4 check-ins (20261129-090000-1, 20261129-090000-2, 20261129-090000-3, ...); type more of the id`
	if err == nil || err.Error() != want {
		t.Errorf("ambiguous error:\n got %v\nwant %s", err, want)
	}
	_, err = s.Get("1999")
	want = `check-in "1999" not found (list the history to see the ids)`
	if err == nil || err.Error() != want {
		t.Errorf("not-found error:\n got %v\nwant %s", err, want)
	}
}

func TestLatestAndPrevious(t *testing.T) {
	s := openTemp(t)
	a := save(t, s, date(10, 9, 0, 0), "a")
	c := save(t, s, date(29, 9, 0, 0), "c")
	b := save(t, s, date(20, 9, 0, 0), "b")

	if r, ok, err := s.Latest(); err != nil || !ok || r.ID != c {
		t.Errorf("Latest = %s, %v, %v; want %s", r.ID, ok, err, c)
	}
	tests := []struct {
		id       string
		wantOK   bool
		wantNote string
		wantErr  error
	}{
		{c, true, "b", nil},
		{b, true, "a", nil},
		{a, false, "", nil},
		{"20261129-090000-9", false, "", ErrNotFound},
		{"2026", false, "", ErrNotFound}, // Previous takes full ids only
		{"latest", false, "", ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r, ok, err := s.Previous(tt.id)
			if !errors.Is(err, tt.wantErr) || ok != tt.wantOK || r.Note != tt.wantNote {
				t.Errorf("Previous(%s) = %q, %v, %v; want %q, %v, %v", tt.id, r.Note, ok, err, tt.wantNote, tt.wantOK, tt.wantErr)
			}
		})
	}
}

func TestDelete(t *testing.T) {
	s := openTemp(t)
	a := save(t, s, date(10, 9, 0, 0), "a")
	b := save(t, s, date(20, 9, 0, 0), "b")
	c := save(t, s, date(29, 9, 0, 0), "c")

	if err := s.Delete(b); err != nil {
		t.Fatal(err)
	}
	list, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if got := notes(list); !slices.Equal(got, []string{"a", "c"}) {
		t.Errorf("after Delete: %v, want [a c]", got)
	}
	if r, ok, err := s.Previous(c); err != nil || !ok || r.ID != a {
		t.Errorf("Previous(c) after deleting b = %s, %v, %v; want %s", r.ID, ok, err, a)
	}
	for _, id := range []string{b, "2026", "latest", ""} {
		if err := s.Delete(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Delete(%q) = %v, want ErrNotFound", id, err)
		}
	}
	// An id is never reused, even for the latest check-in.
	if err := s.Delete(c); err != nil {
		t.Fatal(err)
	}
	if id := save(t, s, date(29, 9, 0, 0), "c again"); id == c {
		t.Errorf("new check-in reused the deleted id %s", c)
	}
}

func TestReadsOfDamagedFile(t *testing.T) {
	s := openTemp(t)
	for i := range 200 {
		save(t, s, date(1, 0, 0, 0).Add(time.Duration(i)*time.Hour), strings.Repeat("note ", 50))
	}
	f, err := os.OpenFile(s.Path(), os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Pages 2 onwards hold the tree; the meta pages stay valid.
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xff}, 64*4096), 2*4096); err != nil {
		t.Fatal(err)
	}
	f.Close()

	_, err = s.List()
	if err == nil || !strings.Contains(err.Error(), "is damaged") {
		t.Errorf("List on a damaged file = %v, want a damaged-database error", err)
	}
	if _, err := s.Get("2026"); err == nil {
		t.Errorf("Get on a damaged file succeeded")
	}
}

func TestStoredValueIsJSONRecord(t *testing.T) {
	s := openTemp(t)
	id := save(t, s, date(29, 9, 0, 0), "raw")
	k, _ := parseID(id)
	var raw map[string]any
	err := s.db.View(func(tx *bbolt.Tx) error {
		return json.Unmarshal(tx.Bucket(bucketCheckins).Get(k), &raw)
	})
	if err != nil {
		t.Fatal(err)
	}
	if raw["id"] != id || raw["schema"] != float64(SchemaVersion) || raw["note"] != "raw" {
		t.Errorf("stored value = %v, want id %s, schema %d, note raw", raw, id, SchemaVersion)
	}
}

func TestConcurrentSaves(t *testing.T) {
	s := openTemp(t)
	var wg sync.WaitGroup
	ids := make(chan string, 80)
	for range 8 {
		wg.Go(func() {
			for range 10 {
				r := newTestRecord(date(29, 9, 0, 0), "")
				if err := s.Save(&r, testQuestionnaire()); err != nil {
					t.Error(err)
					return
				}
				ids <- r.ID
				if _, err := s.List(); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	close(ids)
	seen := map[string]bool{}
	for id := range ids {
		if seen[id] {
			t.Errorf("id %s assigned twice", id)
		}
		seen[id] = true
	}
	if n, err := s.Count(); err != nil || n != 80 || len(seen) != 80 {
		t.Errorf("Count = %d, %v with %d distinct ids; want 80", n, err, len(seen))
	}
}

func TestQuestionnaireSnapshotKeptOncePerHash(t *testing.T) {
	s := openTemp(t)
	q := testQuestionnaire()
	for range 2 {
		a, res := testResult()
		r := assessment.NewCheckIn(q, a, res, time.Now(), "")
		if err := s.Save(&r, q); err != nil {
			t.Fatal(err)
		}
	}
	got, ok, err := s.Questionnaire(q.Hash)
	if err != nil || !ok {
		t.Fatalf("Questionnaire(%s) = %v, %v", q.Hash, ok, err)
	}
	if got.ID != q.ID || len(got.Items) != len(q.Items) || got.Items[0].Text != q.Items[0].Text || got.Hash != q.Hash {
		t.Errorf("snapshot = %+v, want a copy of %+v", got, q)
	}
	if _, ok, err := s.Questionnaire("nope"); ok || err != nil {
		t.Errorf("unknown hash: ok=%v err=%v", ok, err)
	}
}

func TestSetCommitments(t *testing.T) {
	s := openTemp(t)
	r := newTestRecord(time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), "with commitments")
	if err := s.Save(&r, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	cs := []assessment.Commitment{{Facet: "trust", Practice: "Hold one-to-ones.", Objective: "By the next check-in I will keep every one-to-one."}}
	if err := s.SetCommitments(r.ID, cs); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Commitments, cs) || got.Note != "with commitments" || got.ID != r.ID {
		t.Errorf("after SetCommitments: %+v", got)
	}
	if err := s.SetCommitments("20990101-000000-9", cs); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}

func TestSettingsRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "conf", "leadcheck", "settings.yaml")
	s, err := LoadSettings(path)
	if err != nil || s.Cadence != "" {
		t.Fatalf("missing file: %+v, %v", s, err)
	}
	if c, _ := s.CadenceOrDefault(); c.Days != 28 {
		t.Errorf("default cadence = %d days", c.Days)
	}
	if err := SaveSettings(path, Settings{Cadence: "2w"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("settings file mode: %v %v", fi, err)
	}
	if fi, err := os.Stat(filepath.Dir(path)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("settings dir mode: %v %v", fi, err)
	}
	s, err = LoadSettings(path)
	if c, _ := s.CadenceOrDefault(); err != nil || c.Days != 14 {
		t.Errorf("reloaded: %+v %v", s, err)
	}
	os.WriteFile(path, []byte("cadence: 3 months\n"), 0o600)
	if _, err := LoadSettings(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("bad cadence: %v", err)
	}
	os.WriteFile(path, []byte("cadense: 2w\n"), 0o600)
	if _, err := LoadSettings(path); err == nil || !strings.Contains(err.Error(), "cadense") {
		t.Errorf("unknown key: %v", err)
	}
}
