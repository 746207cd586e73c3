package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// runIn runs leadcheck in-process with the database db and the state
// directory state, on a terminal or not.
func runIn(t *testing.T, db, state string, terminal bool, stdin string, args ...string) run {
	t.Helper()
	var out, errb bytes.Buffer
	vars := map[string]string{"LEADCHECK_DB": db, "XDG_STATE_HOME": state,
		"LEADCHECK_CONFIG": filepath.Join(state, "settings.yaml")}
	env := Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv:     func(k string) string { return vars[k] },
		Now:        func() time.Time { return time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC) },
		Questions:  defaultQuestions,
		IsTerminal: func(any) bool { return terminal },
	}
	return run{Execute(args, env), out.String(), errb.String()}
}

// unwritableDB returns a database path that cannot be written, and a
// function that makes it writable again. As root, whom permissions do not
// stop, the database's directory is a file instead.
func unwritableDB(t *testing.T, chmod bool) (db string, fix func()) {
	t.Helper()
	dir := t.TempDir()
	if !chmod {
		blocker := filepath.Join(dir, "data")
		if err := os.WriteFile(blocker, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		return filepath.Join(blocker, "history.db"), func() {
			if err := os.Remove(blocker); err != nil {
				t.Fatal(err)
			}
		}
	}
	db = filepath.Join(dir, "history.db")
	if r := runIn(t, db, t.TempDir(), false, "", "history"); r.code != 0 {
		t.Fatalf("creating the database: %s", r.stderr)
	}
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	return db, func() {
		if err := os.Chmod(db, 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTakeAnswersUnwritableKeepsRecoveryFile(t *testing.T) {
	variants := []string{"path through a file"}
	if os.Geteuid() != 0 {
		variants = append(variants, "read-only file") // root writes it anyway
	}
	for _, name := range variants {
		t.Run(name, func(t *testing.T) {
			db, fix := unwritableDB(t, name == "read-only file")
			state := t.TempDir()
			r := runIn(t, db, state, false, sheet(4, "note: kept safe\n"), "take", "--answers", "-")
			if r.code != 1 {
				t.Fatalf("take: exit %d, want 1; stderr:\n%s", r.code, r.stderr)
			}
			files, _ := filepath.Glob(filepath.Join(state, "leadcheck", "leadcheck-recovery-20261129-090000-*.json"))
			if len(files) != 1 {
				t.Fatalf("recovery files %v; stderr:\n%s", files, r.stderr)
			}
			for _, want := range []string{"check-in not saved to the database: cannot ", "Your answers are safe in " + files[0],
				"when the database can be written again, run: leadcheck import " + files[0]} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
				}
			}
			if !strings.Contains(r.stdout, "Relationship-building") {
				t.Errorf("the result was not printed:\n%s", r.stdout)
			}
			info, err := os.Stat(files[0])
			if err != nil || info.Mode().Perm() != 0o600 {
				t.Errorf("recovery file mode %v, %v", info.Mode(), err)
			}

			fix()
			if r := runIn(t, db, state, false, "", "import", files[0]); r.code != 0 || !strings.Contains(r.stdout, "Imported 1 check-in") {
				t.Fatalf("import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			r = runIn(t, db, state, false, "", "history", "--json")
			var recs []assessment.CheckIn
			if err := json.Unmarshal([]byte(r.stdout), &recs); err != nil || len(recs) != 1 ||
				recs[0].Note != "kept safe" || len(recs[0].Answers) != 24 {
				t.Errorf("history after the import: %v, %+v", err, recs)
			}
			// Saving afterwards works and gets an id of its own.
			if r := runIn(t, db, state, false, sheet(3, ""), "take", "--answers", "-"); r.code != 0 {
				t.Errorf("take after the import: exit %d\n%s", r.code, r.stderr)
			}
		})
	}
}

// TestHomeRefusesUnwritableDatabase: the home screen needs the database;
// the message says a check-in still works.
func TestHomeRefusesUnwritableDatabase(t *testing.T) {
	db, _ := unwritableDB(t, false)
	r := runIn(t, db, t.TempDir(), true, "")
	if r.code != 1 || !strings.Contains(r.stderr, "not a directory") ||
		!strings.Contains(r.stderr, "'leadcheck take' keeps its answers in a recovery file") {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// A check-in is finished through the use cases: a database that will not
// take it leaves it in a recovery file that imports.
func TestFinishRecovers(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close() // a closed database refuses every save
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 3
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), "")
	env := Env{Getenv: func(k string) string {
		return map[string]string{"XDG_STATE_HOME": filepath.Join(dir, "state")}[k]
	}}
	err = serviceOver(env, q, s, nil, "").Finish(rec).NotSaved()
	if err == nil || !strings.Contains(err.Error(), "leadcheck import") {
		t.Fatalf("error = %v", err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "state", "leadcheck", "leadcheck-recovery-*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files = %v (error said %v)", files, err)
	}
	if r := leadcheck(t, db, "", "import", files[0]); r.code != 0 || !strings.Contains(r.stdout, "Imported 1 check-in") {
		t.Errorf("import of the recovery file: %d %q %q", r.code, r.stdout, r.stderr)
	}
}
