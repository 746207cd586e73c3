package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestAccessiblePipedCheckIn pipes a whole check-in into the real binary,
// as `printf '4\n3\n...' | leadcheck take --accessible` would.
func TestAccessiblePipedCheckIn(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	env := append(os.Environ(), "LEADCHECK_DB="+filepath.Join(dir, "history.db"),
		"LEADCHECK_CONFIG="+filepath.Join(dir, "settings.yaml"), "ACCESSIBLE=", "TERM=dumb",
		"XDG_STATE_HOME="+filepath.Join(dir, "state"))
	// 24 answers alternating 4 and 3, a reflection, a note, the first
	// suggestion with an objective in our own words.
	in := strings.Repeat("4\n3\n", 12) + "Fewer meetings.\nPiped in\n1\nAsk before telling\n"
	cmd := exec.Command(bin, "take", "--accessible")
	cmd.Env, cmd.Stdin = env, strings.NewReader(in)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("take --accessible: %v\n%s", err, out)
	}
	for _, want := range []string{"Statement 3 of 24, ", "Saved as ", "Saved 1 commitment. The next check-in starts by asking how it went.\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	cmd = exec.Command(bin, "history", "--json")
	cmd.Env = env
	js, err := cmd.Output()
	if err != nil {
		t.Fatalf("history --json: %v", err)
	}
	var recs []assessment.CheckIn
	if err := json.Unmarshal(js, &recs); err != nil || len(recs) != 1 {
		t.Fatalf("history --json: %v, %d records\n%s", err, len(recs), js)
	}
	r := recs[0]
	if len(r.Answers) != 24 || r.Note != "Piped in" || r.Reflection != "Fewer meetings." ||
		len(r.Commitments) != 1 || r.Commitments[0].Objective != "Ask before telling" {
		t.Errorf("record = %+v", r)
	}

	// Input that ends early saves nothing and says so, with exit status 1.
	cmd = exec.Command(bin, "take")
	cmd.Env, cmd.Stdin = env, strings.NewReader("4\n3\n")
	out, err = cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 || !strings.Contains(string(out), "nothing was saved") {
		t.Errorf("early end: %v\n%s", err, out)
	}
}
