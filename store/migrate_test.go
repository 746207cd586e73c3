package store

import (
	"encoding/json"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

const fixture = "testdata/schema1.db"

// copyFixture copies the schema 1 database (three check-ins from
// examples/year) into a temporary directory; the fixture itself is never
// opened.
func copyFixture(t *testing.T) (path string, original []byte) {
	t.Helper()
	original = readFile(t, fixture)
	path = filepath.Join(t.TempDir(), "history.db")
	writeFile(t, path, original)
	return path, original
}

// rawRecords reads the stored JSON of every check-in from a database
// that is not open, without going through Open.
func rawRecords(t *testing.T, path string) map[string]map[string]any {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	return rawRecordsOf(t, db)
}

func rawRecordsOf(t *testing.T, db *bbolt.DB) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	err := db.View(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketCheckins).ForEach(func(k, v []byte) error {
			var m map[string]any
			err := json.Unmarshal(v, &m)
			out[formatID(k)] = m
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOneMigrationPerSchema(t *testing.T) {
	if len(migrations) != SchemaVersion-1 {
		t.Errorf("%d migrations for schema %d; want one per step from schema 1", len(migrations), SchemaVersion)
	}
}

func TestMigrateSchema1(t *testing.T) {
	path, original := copyFixture(t)
	before := rawRecords(t, path)

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	up, ok := s.Upgraded()
	if !ok || up.From != 1 || up.To != SchemaVersion {
		t.Fatalf("Upgraded = %+v, %v; want from 1 to %d", up, ok, SchemaVersion)
	}
	backups, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "history-schema1-*.db"))
	if len(backups) != 1 || backups[0] != up.Backup {
		t.Fatalf("backups %v, Upgraded says %s; want exactly that one", backups, up.Backup)
	}
	if got := readFile(t, up.Backup); !slices.Equal(got, original) {
		t.Errorf("the backup (%d bytes) is not the database as it was (%d bytes)", len(got), len(original))
	}
	checkMode(t, up.Backup, 0o600)

	err = s.db.View(func(tx *bbolt.Tx) error {
		if got := schemaOf(tx); got != SchemaVersion {
			t.Errorf("meta schema = %d, want %d", got, SchemaVersion)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	wantIDs := []string{"20251208-090000-1", "20260112-083000-2", "20260209-091500-3"}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, wantIDs) {
		t.Fatalf("List ids = %v, want %v", ids, wantIDs)
	}
	// Each record is as it was, but for the schema it now carries.
	after := rawRecordsOf(t, s.db)
	for _, id := range wantIDs {
		if after[id]["schema"] != float64(SchemaVersion) {
			t.Errorf("%s: schema %v, want %d", id, after[id]["schema"], SchemaVersion)
		}
		after[id]["schema"] = before[id]["schema"]
		if !reflect.DeepEqual(after[id], before[id]) {
			t.Errorf("%s changed in the upgrade:\n got %v\nwant %v", id, after[id], before[id])
		}
	}
	for _, r := range recs {
		if len(r.Answers) != 24 || !r.Scores.Dimensions["relationships"].Valid {
			t.Errorf("%s: %d answers, scores %v", r.ID, len(r.Answers), r.Scores.Dimensions)
		}
	}
	checkSummaries(t, s, 3)

	// A second open finds nothing to do.
	s.Close()
	upgraded := readFile(t, path)
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if up, ok := s.Upgraded(); ok {
		t.Errorf("second Open upgraded again: %+v", up)
	}
	if again, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "history-*.db")); len(again) != 1 {
		t.Errorf("after a second Open: %v, want only the first backup", again)
	}
	if got := readFile(t, path); !slices.Equal(got, upgraded) {
		t.Errorf("a second Open changed the file")
	}
	if got := readFile(t, fixture); !slices.Equal(got, original) {
		t.Errorf("the fixture %s changed", fixture)
	}
}

// checkSummaries checks that Summaries has one summary per record, in the
// same order, each equal to assessment.SummaryOf the record.
func checkSummaries(t *testing.T, s *Store, want int) {
	t.Helper()
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	// Read with the facet scores, which Summaries leaves out.
	var sums []assessment.Summary
	err = s.view(func(b *bbolt.Bucket) error {
		return b.Tx().Bucket(bucketSummaries).ForEach(func(k, v []byte) error {
			sum, err := decodeSummary(k, v)
			sums = append(sums, sum)
			return err
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != want || len(recs) != want {
		t.Fatalf("%d summaries of %d records, want %d", len(sums), len(recs), want)
	}
	for i, r := range recs {
		if !sameSummary(sums[i], assessment.SummaryOf(r)) {
			t.Errorf("summary %d =\n%+v\nwant\n%+v", i, sums[i], assessment.SummaryOf(r))
		}
	}
}

// sameSummary compares two summaries, times by instant and offset.
func sameSummary(a, b assessment.Summary) bool {
	_, ao := a.TakenAt.Zone()
	_, bo := b.TakenAt.Zone()
	if !a.TakenAt.Equal(b.TakenAt) || ao != bo {
		return false
	}
	a.TakenAt, b.TakenAt = time.Time{}, time.Time{}
	return reflect.DeepEqual(a, b)
}

func TestMigrateStopsWithoutBackup(t *testing.T) {
	path, original := copyFixture(t)
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	// Every name the backup could take is taken.
	for n := 1; n <= 100; n++ {
		name := "history-schema1-20261129-090000"
		if n > 1 {
			name += "-" + strconv.Itoa(n)
		}
		writeFile(t, filepath.Join(filepath.Dir(path), name+".db"), nil)
	}
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = migrate(db, path, 1, now)
	db.Close()
	if err == nil || !strings.Contains(err.Error(), "copying it first failed") || !strings.Contains(err.Error(), "nothing was changed") {
		t.Fatalf("migrate = %v, want a refusal to upgrade without a copy", err)
	}
	if got := readFile(t, path); !slices.Equal(got, original) {
		t.Errorf("the database changed although the backup failed")
	}
}

// An upgrade that fails part-way leaves the database as it was.
func TestMigrateFailureChangesNothing(t *testing.T) {
	path, _ := copyFixture(t)
	writeBolt(t, path, func(tx *bbolt.Tx) error {
		k, _ := parseID("20260112-083000-2")
		return tx.Bucket(bucketCheckins).Put(k, []byte("{"))
	})
	before := readFile(t, path)
	s, err := Open(path)
	if err == nil {
		s.Close()
		t.Fatal("Open upgraded a database with a damaged check-in")
	}
	if !strings.Contains(err.Error(), "cannot upgrade database "+path) || !strings.Contains(err.Error(), "20260112-083000-2") ||
		!strings.HasSuffix(err.Error(), "; it is unchanged") {
		t.Errorf("error = %v", err)
	}
	if got := readFile(t, path); !slices.Equal(got, before) {
		t.Errorf("a failed upgrade changed the database")
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "history-*")); len(left) != 0 {
		t.Errorf("a failed upgrade left %v", left)
	}
}
