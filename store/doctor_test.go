package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// doctorFixture is a closed database of three check-ins; it returns the
// path and their ids.
func doctorFixture(t *testing.T) (string, []string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i := range 3 {
		ids = append(ids, save(t, s, date(1+i, 9, 0, 0), "note"))
	}
	s.Close()
	return path, ids
}

func TestCheckHealthy(t *testing.T) {
	path, _ := doctorFixture(t)
	before := readFile(t, path)
	rep, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Healthy() || rep.Schema != SchemaVersion || rep.CheckIns != 3 || rep.Questionnaires != 1 || !rep.Readable {
		t.Errorf("report = %+v", rep)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("Check changed the file")
	}
}

func TestCheckFindsProblems(t *testing.T) {
	tests := []struct {
		name     string
		damage   func(tx *bbolt.Tx, ids []string) error
		want     string
		readable bool
	}{
		{"summary differs", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[1])
			r := newTestRecord(date(2, 9, 0, 0), "")
			r.Scores.Balance.Value = -3 // the record says 25
			return putSummary(tx, k, r)
		}, "the summary of check-in ID1 does not match the check-in", true},
		{"summary with other facet scores", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[1])
			r := newTestRecord(date(2, 9, 0, 0), "note")
			r.Scores.Facets["trust"] = assessment.Scored(0)
			return putSummary(tx, k, r)
		}, "the summary of check-in ID1 does not match the check-in", true},
		{"summary with other warnings", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[1])
			r := newTestRecord(date(2, 9, 0, 0), "note")
			r.Warnings = append(r.Warnings, assessment.Warning{Code: "straight-lining"})
			return putSummary(tx, k, r)
		}, "the summary of check-in ID1 does not match the check-in", true},
		{"summary without its note", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[1])
			r := newTestRecord(date(2, 9, 0, 0), "")
			r.Reflection = "words still" // so that only the note bit differs
			return putSummary(tx, k, r)
		}, "the summary of check-in ID1 does not match the check-in", true},
		{"summary missing", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[0])
			return tx.Bucket(bucketSummaries).Delete(k)
		}, "check-in ID0 has no summary", true},
		{"summary of nothing", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[2])
			return tx.Bucket(bucketCheckins).Delete(k)
		}, "there is a summary of check-in ID2, which does not exist", true},
		{"record unreadable", func(tx *bbolt.Tx, ids []string) error {
			k, _ := parseID(ids[2])
			return tx.Bucket(bucketCheckins).Put(k, []byte(`{"answers": [`))
		}, "check-in ID2 cannot be read", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, ids := doctorFixture(t)
			writeBolt(t, path, func(tx *bbolt.Tx) error { return tt.damage(tx, ids) })
			rep, err := Check(path)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			for i, id := range ids {
				want = strings.ReplaceAll(want, "ID"+string(rune('0'+i)), id)
			}
			if rep.Healthy() || len(rep.Problems) != 1 || rep.Problems[0] != want || rep.Readable != tt.readable || !rep.Consistent {
				t.Errorf("report = %+v\nwant the one problem %q", rep, want)
			}
		})
	}
}

// A check-in whose questionnaire was not kept is worth a note, not an
// alarm: nothing is damaged, and its scores were stored when it was taken.
func TestCheckNotesMissingSnapshot(t *testing.T) {
	path, ids := doctorFixture(t)
	writeBolt(t, path, func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucketQuestionnaires) })
	rep, err := Check(path)
	if err != nil {
		t.Fatal(err)
	}
	want := "questionnaire test version 3, which check-in " + ids[0] + " was answered with, was not kept; such check-ins are shown with the current questionnaire's names"
	if !rep.Healthy() || len(rep.Notes) != 1 || rep.Notes[0] != want {
		t.Errorf("report = %+v\nwant healthy with the note %q", rep, want)
	}
}

func TestCheckDamagedFile(t *testing.T) {
	path, _ := doctorFixture(t)
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 {
		save(t, s, date(10, 0, 0, 0).Add(time.Duration(i)*time.Hour), strings.Repeat("note ", 50))
	}
	s.Close()
	if err := os.Truncate(path, 6*4096); err != nil {
		t.Fatal(err)
	}
	before := readFile(t, path)
	rep, err := Check(path)
	if err == nil && rep.Healthy() {
		t.Fatalf("a truncated database passed: %+v", rep)
	}
	if err != nil && !errors.Is(err, ErrNotDatabase) {
		t.Errorf("Check = %v", err)
	}
	if !bytes.Equal(before, readFile(t, path)) {
		t.Error("Check changed the file")
	}
}

func TestCheckRefuses(t *testing.T) {
	dir := t.TempDir()
	if _, err := Check(filepath.Join(dir, "none.db")); err == nil || !strings.Contains(err.Error(), "there is no database at") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Check(dir); !errors.Is(err, ErrNotDatabase) {
		t.Errorf("directory: %v", err)
	}
	s := openTemp(t)
	if _, err := Check(s.Path(), shortWait); !errors.Is(err, ErrInUse) {
		t.Errorf("while open: %v", err)
	}
}

// Doctor runs import's checks on what is stored, naming the check-in and
// the field.
func TestCheckFindsForgedValues(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *assessment.CheckIn)
		want   string
	}{
		{"score out of range", func(r *assessment.CheckIn) { r.Scores.Dimensions["results"] = assessment.Scored(-5000) },
			"check-in 20261101-090000-1: scores.dimensions.results -5000 is outside 0 to 100; delete it"},
		{"made-up profile", func(r *assessment.CheckIn) { r.Profile = &assessment.ProfileRef{ID: "saint", Name: "Saint"} },
			`check-in 20261101-090000-1: profile is "saint" ("Saint"), but the answers give "driver" ("Driver")`},
		{"balance differs", func(r *assessment.CheckIn) { r.Scores.Balance = assessment.Scored(10) },
			"check-in 20261101-090000-1: scores.balance is 10, but the answers give 25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "history.db")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			r := newTestRecord(date(1, 9, 0, 0), "")
			tt.change(&r)
			if err := s.Save(&r, testQuestionnaire()); err != nil {
				t.Fatal(err)
			}
			s.Close()
			rep, err := Check(path)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Healthy() || !strings.Contains(strings.Join(rep.Problems, "\n"), tt.want) {
				t.Errorf("problems = %q, want %q", rep.Problems, tt.want)
			}
		})
	}
}

// Summaries of an earlier form, which the next writing open writes again,
// are checked in the fields that form has: they are healthy as they are,
// and a wrong score in them is still found.
func TestCheckSummariesOfAnEarlierForm(t *testing.T) {
	for _, damaged := range []bool{false, true} {
		path, ids := doctorFixture(t)
		writeBolt(t, path, func(tx *bbolt.Tx) error {
			if err := tx.Bucket(bucketMeta).Put(keySummaryFormat, []byte("2")); err != nil {
				return err
			}
			for i, id := range ids {
				k, _ := parseID(id)
				r := newTestRecord(date(1+i, 9, 0, 0), "note")
				if damaged && i == 1 {
					r.Scores.Balance.Value = -3
				}
				st := storedOf(assessment.SummaryOf(r))
				st.Facets, st.Warnings, st.NoteWritten = nil, nil, false
				v, err := json.Marshal(st)
				if err != nil {
					return err
				}
				if err := tx.Bucket(bucketSummaries).Put(k, v); err != nil {
					return err
				}
			}
			return nil
		})
		rep, err := Check(path)
		if err != nil {
			t.Fatal(err)
		}
		want := []string(nil)
		if damaged {
			want = []string{"the summary of check-in " + ids[1] + " does not match the check-in"}
		}
		if !slices.Equal(rep.Problems, want) {
			t.Errorf("damaged %v: problems %q, want %q", damaged, rep.Problems, want)
		}
	}
}
