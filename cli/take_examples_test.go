package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The examples of take --help that need no terminal run as written, with
// the README's answers file: a check-in from a file, and from standard
// input.
func TestTakeExamplesRun(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, _ := strings.Cut(string(readme), "cat > answers.yaml <<'YAML'\n")
	answers, _, ok := strings.Cut(rest, "\nYAML\n")
	if !ok {
		t.Fatal("the README has no answers.yaml example")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "answers.yaml"), []byte(answers+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	take, _, err := newRoot(Env{}).Find([]string{"take"})
	if err != nil {
		t.Fatal(err)
	}
	ran := 0
	for line := range strings.Lines(take.Example) {
		line = strings.TrimSpace(line)
		if !strings.Contains(line, "--answers") {
			continue
		}
		stdin := ""
		if p, rest, ok := strings.Cut(line, " | "); ok && strings.HasPrefix(p, "printf '") {
			stdin = strings.ReplaceAll(strings.TrimSuffix(strings.TrimPrefix(p, "printf '"), "'"), `\n`, "\n")
			line = rest
		}
		if l, file, ok := strings.Cut(line, " < "); ok {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			stdin, line = string(b), l
		}
		ran++
		r := leadcheck(t, filepath.Join(t.TempDir(), "history.db"), stdin, strings.Fields(line)[1:]...)
		if r.code != 0 || !strings.Contains(r.stdout, "Saved as ") {
			t.Errorf("%s: exit %d\n%s", line, r.code, r.stderr)
		}
	}
	if ran != 2 {
		t.Errorf("%d examples with --answers ran, want the file and standard input", ran)
	}
}
