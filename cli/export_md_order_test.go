package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/store"
)

// TestReportTellsABadQuestionnaireFirst: the report reads the current
// questionnaire only once its database is open, while it counts the
// check-ins, yet a questionnaire that cannot be used is still the error
// told, as the CSV, which reads it first, tells it, whatever else is
// wrong; and nothing is written.
func TestReportTellsABadQuestionnaireFirst(t *testing.T) {
	dir := t.TempDir()
	qf := filepath.Join(dir, "q.yaml")
	if err := os.WriteFile(qf, []byte("id: x\nversion: 1\nscale: {min: 1, max: 5, labels: [a, b]}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	full := filepath.Join(dir, "full", "history.db")
	os.MkdirAll(filepath.Dir(full), 0o700)
	if r := leadcheck(t, full, sheet(4, ""), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	none := filepath.Join(dir, "none", "history.db")
	os.MkdirAll(filepath.Dir(none), 0o700)
	locked := filepath.Join(dir, "locked", "history.db")
	os.MkdirAll(filepath.Dir(locked), 0o700)
	s, err := store.Open(locked)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tests := []struct {
		name string
		db   string
		args []string
	}{
		{"a history", full, nil},
		{"no database yet", none, nil},
		{"a database another holds", locked, nil},
		{"written where the database would be", none, []string{"-o", none}},
	}
	for _, tt := range tests {
		for _, format := range []string{"csv", "md"} {
			t.Run(tt.name+"/"+format, func(t *testing.T) {
				args := append([]string{"--questions", qf, "export", "--format", format}, tt.args...)
				r := leadcheckLocked(t, tt.db, "", args...)
				if r.code != 1 || r.stdout != "" || !strings.Contains(r.stderr, qf+":3:") || !strings.Contains(r.stderr, "but 2 labels") {
					t.Errorf("exit %d, stdout %q, stderr %q; want 1, nothing and the questionnaire's error", r.code, r.stdout, r.stderr)
				}
			})
		}
	}
}
