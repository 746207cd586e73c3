package main

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// TestOpenAppBlocksNothing opens the app on the dashboard, as in one pane,
// and works in another: every command that reads answers, and those that
// write (take, import, restore) do their work, since the app holds the
// database only while it reads or writes. The app's next screen shows
// what the other pane changed.
func TestOpenAppBlocksNothing(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	yearDB(t, bin, db)
	env := dataEnv(db)
	sc := startScreen(t, bin, 120, 40, env)
	sc.waitFor("16 Nov 2026") // the dashboard, read

	export, backup := filepath.Join(dir, "export.json"), filepath.Join(dir, "backup.db")
	run := func(args ...string) {
		t.Helper()
		code, _, stderr := runBin(t, bin, env, args...)
		if code != 0 && !(args[0] == "due" && code == 1) {
			t.Fatalf("%s with the app open: exit %d\n%s", strings.Join(args, " "), code, stderr)
		}
	}
	for _, args := range [][]string{
		{"history"}, {"show"}, {"trend"}, {"compare"}, {"export", "-o", export}, {"backup", backup},
		{"due"}, {"doctor"},
	} {
		run(args...)
	}

	run("take", "--answers", writeSheet(t, dir, 1))
	sc.send("h")
	sc.waitFor("round 1") // the note of the check-in just taken
	sc.waitFor("13 check-ins")
	sc.send("q")
	sc.waitFor("Last check-in")

	run("restore", backup) // back to the twelve, with the thirteenth set aside
	run("import", export)  // all there already: nothing added
	sc.send("h")
	sc.waitFor("12 check-ins")
	if strings.Contains(sc.text(), "round 1") {
		t.Errorf("after the restore, the app's history still shows the check-in it set aside:\n%s", sc.text())
	}
	sc.send("q")
	sc.waitFor("Last check-in")
	sc.send("q")
	sc.waitExit()

	code, out, stderr := runBin(t, bin, env, "history", "--json")
	var recs []assessment.CheckIn
	if code != 0 || json.Unmarshal([]byte(out), &recs) != nil || len(recs) != 12 {
		t.Errorf("history --json after the app closed: exit %d, %d check-ins, want 12\n%s", code, len(recs), stderr)
	}
}

// TestAppSaveMeetsAWriteLock finishes a check-in in the app while another
// process holds the database for writing: the app waits out the lock
// timeout, says the database is in use and keeps the answers in a
// recovery file, which imports once the lock is gone.
func TestAppSaveMeetsAWriteLock(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	env := draftEnv(dir, db)
	sc := startScreen(t, bin, 100, 30, env, "take")
	sc.answerRange(q, 0, len(q.Items))
	sc.waitFor("Looking back")
	sc.send("\r")
	sc.waitFor("Anything to remember")
	held, err := store.Open(db) // made now: the app had only read a missing one
	if err != nil {
		t.Fatal(err)
	}
	sc.send("kept while locked\r")
	sc.waitFor("not saved")
	sc.waitFor("in use")
	sc.waitFor("Your answers are safe in")
	held.Close()
	sc.send("q")
	sc.waitGone()
	if code := sc.cmd.ProcessState.ExitCode(); code != 1 {
		t.Errorf("exit status %d, want 1: nothing was saved to the database", code)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "state", "leadcheck", "leadcheck-recovery-*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files %v, want one; screen:\n%s", files, sc.text())
	}
	if out := leadcheckCLI(t, bin, env, "import", files[0]); !strings.Contains(string(out), "Imported 1 check-in") {
		t.Errorf("import printed %s", out)
	}
	if recs := historyRecords(t, bin, env); len(recs) != 1 || recs[0].Note != "kept while locked" {
		t.Errorf("history after the import: %+v", recs)
	}
}

// TestAppCreatesNoDatabaseUntilItSaves opens the app on a database that
// is not there yet: it reads as empty, and leaving before any check-in
// leaves no file and no directory behind.
func TestAppCreatesNoDatabaseUntilItSaves(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	sc := startScreen(t, bin, 100, 30, dataEnv(filepath.Join(data, "history.db")))
	sc.waitFor("Three choices") // the first run: no check-ins yet
	sc.send("\x03")
	sc.waitGone()
	if _, err := os.Stat(data); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the app left %s behind (%v); nothing was saved", data, err)
	}
}
