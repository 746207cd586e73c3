package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// draftEnv keeps the database, the settings and the state directory (drafts,
// recovery files) of a test in dir, away from the real home.
func draftEnv(dir, db string) []string {
	return []string{"TERM=xterm-256color", "NO_COLOR=", "LEADCHECK_DB=" + db,
		"LEADCHECK_CONFIG=" + filepath.Join(dir, "settings.yaml"), "XDG_STATE_HOME=" + filepath.Join(dir, "state")}
}

// leadcheckCLI runs the binary without a terminal and returns its output.
func leadcheckCLI(t *testing.T, bin string, env []string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("leadcheck %v: %v\n%s", args, err, out)
	}
	return out
}

// historyRecords reads every saved check-in back with the CLI.
func historyRecords(t *testing.T, bin string, env []string) []assessment.CheckIn {
	t.Helper()
	out := leadcheckCLI(t, bin, env, "history", "--json")
	var recs []assessment.CheckIn
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatalf("history --json: %v\n%s", err, out)
	}
	return recs
}

// waitGone waits for the process to end, however it ends.
func (s *screen) waitGone() {
	s.t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		s.t.Fatalf("leadcheck did not exit; screen:\n%s", s.text())
	}
}

// answerRange answers the statements from index from up to (not
// including) to with 4 (2 when reversed), waiting for each as a person
// would.
func (s *screen) answerRange(q *assessment.Questionnaire, from, to int) {
	s.t.Helper()
	for i := from; i < to; i++ {
		it := q.Items[i]
		s.waitFor(fmt.Sprintf("Statement %d of %d", i+1, len(q.Items)))
		s.waitFor(assessment.FillWindow(it.Text, assessment.DefaultCadence)[:40])
		s.send(map[bool]string{false: "4", true: "2"}[it.Reverse])
	}
}

// TestEndToEndDraftSurvivesSignals answers five statements, ends the
// program with a signal (kill's SIGTERM; SIGHUP, as when the terminal
// window is closed), and resumes the check-in in a new one.
func TestEndToEndDraftSurvivesSignals(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	n := len(q.Items)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			env := draftEnv(dir, filepath.Join(dir, "history.db"))
			s := startScreen(t, bin, 80, 24, env, "take")
			s.answerRange(q, 0, 5)
			s.waitFor(fmt.Sprintf("Statement 6 of %d", n)) // the fifth answer is in
			if err := s.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			s.waitGone()
			if code := s.cmd.ProcessState.ExitCode(); code != 0 {
				t.Errorf("after %v: exit status %d, want 0 (a clean quit, the terminal restored)", sig, code)
			}
			if recs := historyRecords(t, bin, env); len(recs) != 0 {
				t.Fatalf("an unfinished check-in is in the history: %+v", recs)
			}

			s = startScreen(t, bin, 80, 24, env, "take")
			s.waitFor("You have an unfinished check-in from")
			s.waitFor(fmt.Sprintf("(5 of %d", n))
			s.send("r")
			s.answerRange(q, 5, n)
			s.waitFor("Looking back")
			s.send("\r")
			s.waitFor("Anything to remember")
			s.send("\r")
			s.waitFor("pick what to work on")
			s.send("q")
			s.waitExit()

			recs := historyRecords(t, bin, env)
			if len(recs) != 1 || len(recs[0].Answers) != n {
				t.Fatalf("history = %d records, want 1 with %d answers: %+v", len(recs), n, recs)
			}
			for _, it := range q.Items {
				if want := map[bool]int{false: 4, true: 2}[it.Reverse]; recs[0].Answers[it.ID] != want {
					t.Errorf("answer to %s = %d, want %d", it.ID, recs[0].Answers[it.ID], want)
				}
			}
			drafts, _ := filepath.Glob(filepath.Join(dir, "state", "leadcheck", "drafts", "*.json"))
			if len(drafts) != 0 {
				t.Errorf("drafts left after saving: %v", drafts)
			}
		})
	}
}

// TestEndToEndRecoveryFile takes a check-in with a database that cannot be
// written (its directory is a file, which stops root too), then imports
// the recovery file once the database can be written.
func TestEndToEndRecoveryFile(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	blocker := filepath.Join(dir, "data")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	env := draftEnv(dir, filepath.Join(blocker, "history.db"))
	s := startScreen(t, bin, 100, 30, env, "take")
	s.answerRange(q, 0, len(q.Items))
	s.waitFor("Looking back")
	s.send("\r")
	s.waitFor("Anything to remember")
	s.send("kept in a file\r")
	s.waitFor("not saved")
	s.waitFor("Your answers are safe in")
	s.send("q")
	s.waitGone()
	if code := s.cmd.ProcessState.ExitCode(); code != 1 {
		t.Errorf("exit status %d, want 1: nothing was saved to the database", code)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "state", "leadcheck", "leadcheck-recovery-*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files %v, want one; screen:\n%s", files, s.text())
	}
	s.waitFor("leadcheck import " + files[0][:20]) // said again once the screen is gone

	if err := os.Remove(blocker); err != nil {
		t.Fatal(err)
	}
	if out := leadcheckCLI(t, bin, env, "import", files[0]); !strings.Contains(string(out), "Imported 1 check-in") {
		t.Errorf("import printed %s", out)
	}
	recs := historyRecords(t, bin, env)
	if len(recs) != 1 || len(recs[0].Answers) != len(q.Items) || recs[0].Note != "kept in a file" {
		t.Fatalf("history after the import: %+v", recs)
	}
}
