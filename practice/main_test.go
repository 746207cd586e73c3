package practice

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// questionnaire is the product's own questions.yaml.
func questionnaire(t *testing.T) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "questions.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// paths are the files a Service keeps beside the database, in a fresh
// directory.
type paths struct{ db, settings, draft, recovery string }

func newPaths(t *testing.T) paths {
	dir := t.TempDir()
	return paths{
		db:       filepath.Join(dir, "data", "history.db"),
		settings: filepath.Join(dir, "config", "settings.yaml"),
		draft:    filepath.Join(dir, "state", "drafts", "d.json"),
		recovery: filepath.Join(dir, "state"),
	}
}

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// service runs over s (nil: no database) with every file kept in p, on a
// clock that stands at now.
func service(q *assessment.Questionnaire, s *store.Store, p paths, now time.Time) *Service {
	return New(Config{Questionnaire: q, Store: s, SettingsPath: p.settings, DraftPath: p.draft,
		RecoveryDir: p.recovery, Version: "test", Now: func() time.Time { return now }})
}

// checkIn is a check-in answering every statement with x, taken at at.
func checkIn(q *assessment.Questionnaire, x int, at time.Time) assessment.CheckIn {
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = x
	}
	return assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), at, "")
}

func day(d int) time.Time { return time.Date(2026, 11, d, 9, 0, 0, 0, time.UTC) }

// saved saves check-ins taken on the given days of November 2026.
func saved(t *testing.T, s *store.Store, q *assessment.Questionnaire, days ...int) []string {
	t.Helper()
	var ids []string
	for _, d := range days {
		c := checkIn(q, 3, day(d))
		if err := s.Save(&c, q); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	return ids
}
