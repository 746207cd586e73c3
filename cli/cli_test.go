package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

var defaultQuestions = mustRead("../questions.yaml")

func mustRead(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		panic(err)
	}
	return b
}

// run executes leadcheck in-process against a database in dir.
type run struct {
	code           int
	stdout, stderr string
}

func leadcheck(t *testing.T, db string, stdin string, args ...string) run {
	t.Helper()
	return leadcheckWaiting(t, 0, db, stdin, args...)
}

// leadcheckLocked runs leadcheck on a database another holds open: it
// gives up on the lock at once instead of after the second a person
// would wait.
func leadcheckLocked(t *testing.T, db string, stdin string, args ...string) run {
	t.Helper()
	return leadcheckWaiting(t, 20*time.Millisecond, db, stdin, args...)
}

func leadcheckWaiting(t *testing.T, lock time.Duration, db string, stdin string, args ...string) run {
	t.Helper()
	var out, errb bytes.Buffer
	env := Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string {
			// Settings sit beside the database, never in the real config.
			// So do drafts and recovery files.
			return map[string]string{"LEADCHECK_DB": db, "LEADCHECK_CONFIG": filepath.Join(filepath.Dir(db), "settings.yaml"),
				"XDG_STATE_HOME": filepath.Join(filepath.Dir(db), "state")}[k]
		},
		Now:         func() time.Time { return time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC) },
		Questions:   defaultQuestions,
		IsTerminal:  func(any) bool { return false },
		LockTimeout: lock,
	}
	code := Execute(args, env)
	return run{code, out.String(), errb.String()}
}

// sheet answers every default statement with x, raw.
func sheet(x int, extra string) string {
	ids := []string{"trust-1", "trust-2", "trust-3", "morale-1", "morale-4", "morale-5",
		"growth-1", "growth-2", "growth-3", "recognition-1", "recognition-2", "recognition-3",
		"objectives-1", "objectives-2", "objectives-5", "delivery-2", "delivery-3", "delivery-4",
		"momentum-1", "momentum-4", "momentum-5", "improvement-1", "improvement-2", "improvement-3"}
	var b strings.Builder
	b.WriteString("answers:\n")
	for _, id := range ids {
		fmt.Fprintf(&b, "  %s: %d\n", id, x)
	}
	b.WriteString(extra)
	return b.String()
}

func TestTakeAnswersThenHistory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "history.db")
	// All 4s: relationships has 4 reversed items (trust-2, morale-5,
	// growth-1, recognition-3) scored 2: (8*4 + 4*2)/12 = 40/12 -> POMP 100*(40/12-1)/4 = 58.33.
	// Results also has 4 reversed: same 58.33, balance 0.
	r := leadcheck(t, db, sheet(4, "note: first one\n"), "take", "--answers", "-", "--json")
	if r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	var rec assessment.CheckIn
	if err := json.Unmarshal([]byte(r.stdout), &rec); err != nil {
		t.Fatalf("take --json output: %v\n%s", err, r.stdout)
	}
	if got := rec.Scores.Dimensions["relationships"].Value; fmt.Sprintf("%.2f", got) != "58.33" {
		t.Errorf("relationships = %v, want 58.33", got)
	}
	if rec.Note != "first one" || rec.Questionnaire.ID != "production-leadership" || rec.Scores.Balance.Value != 0 {
		t.Errorf("record = %+v", rec)
	}
	if fi, err := os.Stat(filepath.Dir(db)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("created parent dir: %v %v", fi.Mode(), err)
	}

	r = leadcheck(t, db, "", "history", "--json")
	var recs []assessment.CheckIn
	if err := json.Unmarshal([]byte(r.stdout), &recs); err != nil || len(recs) != 1 || recs[0].ID != rec.ID {
		t.Fatalf("history --json: %v %s", err, r.stdout)
	}
	r = leadcheck(t, db, "", "history")
	if r.code != 0 || !strings.Contains(r.stdout, rec.ID) || !strings.Contains(r.stdout, "58") {
		t.Errorf("history table:\n%s", r.stdout)
	}
	r = leadcheck(t, db, "", "show", "latest")
	if r.code != 0 || !strings.Contains(r.stdout, "Relationship-building") {
		t.Errorf("show latest: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestTakeAnswersRefusesAndSavesNothing(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"unknown item", "answers:\n  trust-9: 4\n", "<stdin>:2:3: answers.trust-9: no statement with this id"},
		{"off the scale", "answers:\n  trust-1: 7\n", "answers.trust-1: 7 is off the scale"},
		{"not an integer", "answers:\n  trust-1: 3.5\n", `answers.trust-1: "3.5" is not a whole number`},
		{"too few", "answers:\n  trust-1: 4\n  objectives-1: 2\n",
			"Relationship-building needs 8 more answers (1 of its 12 statements answered; at least 9 are needed)"},
		{"future date", sheet(3, "taken_at: 2027-01-01T00:00:00Z\n"), "taken_at 2027-01-01T00:00:00Z is in the future"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			r := leadcheck(t, db, tt.in, "take", "--answers", "-")
			if r.code != 1 || !strings.Contains(r.stderr, tt.want) {
				t.Fatalf("exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, tt.want)
			}
			if r := leadcheck(t, db, "", "history", "--json"); strings.TrimSpace(r.stdout) != "[]" {
				t.Errorf("something was saved: %s", r.stdout)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"history", "--colour"}, "unknown flag: --colour"},
		{[]string{"show", "a", "b"}, "takes at most 1 argument, got 2"},
		{[]string{}, "leadcheck needs an interactive terminal"},
		{[]string{"take"}, "leadcheck needs an interactive terminal"},
		{[]string{"--theme", "pink", "take"}, "--theme must be auto, dark, light or none"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", tt.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", r.code, r.stderr, tt.want)
			}
		})
	}
}

func TestDatabaseInUse(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	r := leadcheckLocked(t, db, "", "history")
	if r.code != 1 || !strings.Contains(r.stderr, "is in use by another leadcheck process (close it, or use --db)") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestBadQuestionnaireFile(t *testing.T) {
	dir := t.TempDir()
	qf := filepath.Join(dir, "q.yaml")
	os.WriteFile(qf, []byte("id: x\nversion: 1\nscale: {min: 1, max: 5, labels: [a, b]}\n"), 0o600)
	r := leadcheck(t, filepath.Join(dir, "h.db"), "", "--questions", qf, "history")
	if r.code != 1 || !strings.Contains(r.stderr, qf+":3:") || !strings.Contains(r.stderr, "but 2 labels") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestShowNotFound(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	r := leadcheck(t, db, "", "show")
	if r.code != 1 || r.stderr == "" {
		t.Errorf("show on empty database: exit %d, %q", r.code, r.stderr)
	}
	r = leadcheck(t, db, "", "history")
	if r.code != 0 || !strings.Contains(r.stdout, "No check-ins yet") {
		t.Errorf("empty history: %q", r.stdout)
	}
}

// TestUnknownThemeEveryCommand: a mistyped --theme is a usage error for
// every command, before it touches anything.
func TestUnknownThemeEveryCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	const want = `leadcheck: --theme must be auto, dark, light or none (got "pink")` + "\n" +
		"Run 'leadcheck --help' for usage.\n"
	for _, args := range [][]string{
		{}, {"--accessible"}, {"take", "--answers", "-"}, {"history"}, {"show"}, {"trend"}, {"compare"},
		{"due"}, {"due", "--quiet"}, {"cadence"}, {"theme"}, {"questions", "validate"}, {"export"},
		{"import", "x.json"}, {"backup"}, {"restore", "x.db"}, {"doctor"}, {"feedback", "report"}, {"man"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", append([]string{"--theme", "pink"}, args...)...)
			if r.code != 2 || r.stdout != "" || r.stderr != want {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", r.code, r.stdout, r.stderr, want)
			}
		})
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a refused --theme touched the database: %v", err)
	}
}
