package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/adrg/xdg"
	"github.com/leadcheck/leadcheck/assessment"
	"go.etcd.io/bbolt"
)

// TestMain points the XDG data home at a temporary directory, so no test
// can touch the real history.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "leadcheck-store-test-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_DATA_HOME", dir)
	xdg.Reload()
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// openTemp opens a new database in a fresh temporary directory.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "history.db"))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// testQuestionnaire is a two-by-two questionnaire: one facet with two items
// per dimension.
func testQuestionnaire() *assessment.Questionnaire {
	return &assessment.Questionnaire{
		ID:      "test",
		Version: 3,
		Title:   "Test check-in",
		Scale:   assessment.Scale{Min: 1, Max: 5, Labels: []string{"1", "2", "3", "4", "5"}},
		Dimensions: []assessment.Dimension{
			{ID: "relationships", Name: "Relationships"},
			{ID: "results", Name: "Results"},
		},
		Facets: []assessment.Facet{
			{ID: "trust", Dimension: "relationships", Name: "Trust"},
			{ID: "momentum", Dimension: "results", Name: "Momentum"},
		},
		Items: []assessment.Item{
			{ID: "t1", Facet: "trust", Text: "In the last four weeks, I asked for feedback."},
			{ID: "t2", Facet: "trust", Text: "In the last four weeks, I postponed a difficult conversation.", Reverse: true},
			{ID: "m1", Facet: "momentum", Text: "In the last four weeks, I shared clear objectives."},
			{ID: "m2", Facet: "momentum", Text: "In the last four weeks, I let a deadline slip unremarked.", Reverse: true},
		},
		// One profile, so that testResult's is the one its answers give.
		Profiles: []assessment.Profile{{ID: "driver", Name: "Driver", Trap: true}},
		Hash:     "sha256:abc",
	}
}

// testResult is the result of answers t1=4 t2=2 m1=5 m2=1, worked by hand:
// relationships items score 4 and 4 -> mean 4 -> POMP 75; results 5 and 5
// -> 100; balance 100 - 75 = 25.
func testResult() (assessment.Answers, assessment.Result) {
	a := assessment.Answers{"t1": 4, "t2": 2, "m1": 5, "m2": 1}
	res := assessment.Result{
		Dimensions: map[string]assessment.Score{
			"relationships": assessment.Scored(75),
			"results":       assessment.Scored(100),
		},
		Facets: map[string]assessment.Score{
			"trust":    assessment.Scored(75),
			"momentum": assessment.Scored(100),
		},
		Balance: assessment.Scored(25),
		Profile: &assessment.Profile{ID: "driver", Name: "Driver", Trap: true},
		Warnings: []assessment.Warning{
			{Code: assessment.WarnTooFast, Message: tooFastText},
		},
	}
	return a, res
}

// newTestRecord is an unsaved record taken at the given time.
func newTestRecord(takenAt time.Time, note string) assessment.CheckIn {
	a, res := testResult()
	return assessment.NewCheckIn(testQuestionnaire(), a, res, takenAt, note)
}

// save stores a record taken at the given time and returns its id.
func save(t *testing.T, s *Store, takenAt time.Time, note string) string {
	t.Helper()
	r := newTestRecord(takenAt, note)
	if err := s.Save(&r, testQuestionnaire()); err != nil {
		t.Fatalf("Save(%s): %v", note, err)
	}
	return r.ID
}

func date(day, hour, min, sec int) time.Time {
	return time.Date(2026, time.November, day, hour, min, sec, 0, time.UTC)
}

func notes(rs []assessment.CheckIn) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Note)
	}
	return out
}

func checkMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != want {
		t.Errorf("mode of %s = %#o, want %#o", path, got, want)
	}
}

// writeBolt makes a bbolt file laid out by fn, as another program or a
// newer leadcheck might.
func writeBolt(t *testing.T, path string, fn func(tx *bbolt.Tx) error) {
	t.Helper()
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// shortWait gives up on a locked file at once: a test that expects the
// lock to be held need not wait the second a person would.
var shortWait = WithLockTimeout(20 * time.Millisecond)

// remedyOf is the remedy a store error names, or NoRemedy.
func remedyOf(err error) Remedy {
	var e *Error
	if errors.As(err, &e) {
		return e.Remedy
	}
	return NoRemedy
}
