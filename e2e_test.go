package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/hinshun/vt10x"

	"github.com/leadcheck/leadcheck/assessment"
)

// screen is a pseudo-terminal running leadcheck, read through a terminal
// emulator, so the test sees what a person would see.
type screen struct {
	t    *testing.T
	pty  *os.File
	cmd  *exec.Cmd
	mu   sync.Mutex
	term vt10x.Terminal
	done chan struct{}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildBinary builds leadcheck once for all end-to-end tests.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "leadcheck-e2e")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "leadcheck")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		os.RemoveAll(filepath.Dir(binPath))
	}
	os.Exit(code)
}

func startScreen(t *testing.T, bin string, cols, rows int, env []string, args ...string) *screen {
	t.Helper()
	cmd := exec.Command(bin, args...)
	// Drafts and recovery files go to a temporary state directory unless
	// the test chose one, never to the real home.
	cmd.Env = append(append(os.Environ(), "XDG_STATE_HOME="+filepath.Join(t.TempDir(), "state")), env...)
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)})
	if err != nil {
		t.Fatal(err)
	}
	s := &screen{t: t, pty: f, cmd: cmd, term: vt10x.New(vt10x.WithSize(cols, rows)), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			if n > 0 {
				s.mu.Lock()
				s.term.Write(buf[:n])
				s.mu.Unlock()
				// Answer the cursor position query (termenv's, at start-up) as
				// a real terminal would; the emulator does not, and the query
				// would wait five seconds for the reply.
				if strings.Contains(string(buf[:n]), "\x1b[6n") {
					f.Write([]byte("\x1b[1;1R"))
				}
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		f.Close()
	})
	return s
}

func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.String()
}

// waitFor waits until the screen shows want, failing with the screen.
func (s *screen) waitFor(want string) {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.text(), want) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.t.Fatalf("screen never showed %q; it shows:\n%s", want, s.text())
}

func (s *screen) send(keys string) {
	s.t.Helper()
	if _, err := io.WriteString(s.pty, keys); err != nil {
		s.t.Fatal(err)
	}
}

func (s *screen) waitExit() {
	s.t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			s.t.Fatalf("leadcheck exited with %v; screen:\n%s", err, s.text())
		}
	case <-time.After(10 * time.Second):
		s.t.Fatalf("leadcheck did not exit; screen:\n%s", s.text())
	}
}

// answerAll answers every statement with the key chosen for it, waiting
// for each to be on screen as a person would.
func (s *screen) answerAll(q *assessment.Questionnaire, key func(assessment.Item) string) {
	s.t.Helper()
	for i, it := range q.Items {
		s.waitFor(fmt.Sprintf("Statement %d of %d", i+1, len(q.Items)))
		s.waitFor(assessment.FillWindow(it.Text, assessment.DefaultCadence)[:40])
		s.send(key(it))
	}
}

// TestEndToEndCheckIn answers every statement with the number keys, as a
// person would, and then reads the saved check-in back with the CLI.
func TestEndToEndCheckIn(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "history.db")
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	s := startScreen(t, bin, 80, 24, []string{"TERM=xterm-256color", "LEADCHECK_DB=" + db,
		"LEADCHECK_CONFIG=" + filepath.Join(filepath.Dir(db), "settings.yaml"), "NO_COLOR="}, "take")
	// Relationship statements: 4 when forward, 2 when reversed, so every
	// keyed answer is 4 -> POMP 75. Results statements: 3 -> POMP 50.
	s.answerAll(q, func(it assessment.Item) string {
		if q.DimensionOf(it) == "relationships" {
			return map[bool]string{false: "4", true: "2"}[it.Reverse]
		}
		return "3"
	})
	// The reflection (prompts drawn from the answers), then the note.
	s.waitFor("Looking back")
	s.send("reflected in a terminal")
	s.send("\r")
	s.waitFor("Anything to remember")
	s.send("typed in a terminal")
	s.send("\r")
	s.waitFor("Relationship-building")
	s.waitFor("75")
	// Enter offers what to work on next; q skips it and quits.
	s.send("\r")
	s.waitFor("Pick one to three")
	s.send("q")
	s.waitExit()
	// Once the screen is gone, one line is left in the scrollback.
	s.waitFor("Saved check-in ")
	s.waitFor(" · relationships 75 ±13 · results 50 ±13")

	out, err := exec.Command(bin, "--db", db, "history", "--json").Output()
	if err != nil {
		t.Fatalf("history --json: %v", err)
	}
	var recs []assessment.CheckIn
	if err := json.Unmarshal(out, &recs); err != nil {
		t.Fatalf("history --json: %v\n%s", err, out)
	}
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	r := recs[0]
	rel, res := r.Scores.Dimensions["relationships"], r.Scores.Dimensions["results"]
	if !rel.Valid || rel.Value != 75 || !res.Valid || res.Value != 50 || r.Scores.Balance.Value != -25 {
		t.Errorf("scores = %+v, want relationships 75, results 50, balance -25", r.Scores)
	}
	if len(r.Answers) != 24 || r.Note != "typed in a terminal" || r.Reflection != "reflected in a terminal" || len(r.Commitments) != 0 || r.DurationSeconds <= 0 || math.IsNaN(r.DurationSeconds) {
		t.Errorf("record = %+v", r)
	}
}

// TestReadmeExample runs the README's answers-file example as written.
func TestReadmeExample(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "cat > answers.yaml <<'YAML'\n")
	body, _, ok2 := strings.Cut(rest, "\nYAML\n")
	if !ok || !ok2 {
		t.Fatal("README has no answers.yaml example")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "answers.yaml"), []byte(body+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"take", "--answers", "answers.yaml"}, {"history"}} {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "LEADCHECK_DB="+filepath.Join(dir, "history.db"),
			"LEADCHECK_CONFIG="+filepath.Join(dir, "settings.yaml"))
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("leadcheck %v: %v\n%s", args, err, out)
		}
		if args[0] == "take" && !strings.Contains(string(out), "Saved as") {
			t.Errorf("take printed:\n%s", out)
		}
	}
}
