package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuestionsValidate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	r := leadcheck(t, db, "", "questions", "validate")
	for _, want := range []string{"questions.yaml (built in): valid", "24 statements, 8 reversed (33%)",
		"Trust and listening (trust): 3 statements, 1 reversed", "1 marked as the trap"} {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("validate lacks %q (exit %d):\n%s%s", want, r.code, r.stdout, r.stderr)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("id: Bad One\nversion: 1\n"), 0o600)
	r = leadcheck(t, db, "", "questions", "validate", bad)
	if r.code != 1 || !strings.Contains(r.stderr, bad+":1:5: id \"Bad One\" may only use lowercase letters") || !strings.Contains(r.stderr, "problems)") {
		t.Errorf("invalid file: %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("validate created a database")
	}
}

func TestQuestionsShow(t *testing.T) {
	r := leadcheck(t, filepath.Join(t.TempDir(), "h.db"), "", "questions", "show")
	if r.code != 0 || !strings.Contains(r.stdout, "RELATIONSHIP-BUILDING") || !strings.Contains(r.stdout, "trust-2       (R) In the last four weeks, I interrupted") {
		t.Errorf("show:\n%s", r.stdout)
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if len([]rune(line)) > 80 {
			t.Errorf("line over 80 columns: %q", line)
		}
	}
}
