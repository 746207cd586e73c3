package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeBlock returns the body of the first fenced block of the given
// language after marker in the README.
func readmeBlock(t *testing.T, readme, marker, lang string) string {
	t.Helper()
	_, rest, ok := strings.Cut(readme, marker)
	if !ok {
		t.Fatalf("the README no longer says %q", marker)
	}
	_, rest, ok = strings.Cut(rest, "```"+lang+"\n")
	body, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatalf("the README has no %s block after %q", lang, marker)
	}
	return body
}

var (
	readmeID   = regexp.MustCompile(`\b\d{8}-\d{6}-\d+\b`)
	readmeDate = regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}\b`)
	// readmeTakenAt is the result's first line, which names the day and
	// time the check-in was taken.
	readmeTakenAt = regexp.MustCompile(`(?m)^Check-in of .*$`)
)

// sameButDates blanks what changes with the day a command runs: ids,
// dates and the time a check-in was taken.
func sameButDates(s string) string {
	s = readmeTakenAt.ReplaceAllString(s, "Check-in of DATE")
	s = readmeID.ReplaceAllString(s, "ID")
	return strings.TrimSpace(readmeDate.ReplaceAllString(s, "DATE"))
}

// TestReadmeOutputsAreWhatLeadcheckPrints runs the README's answers-file
// example and checks that the outputs the README quotes are what the
// binary prints now, dates and ids aside.
func TestReadmeOutputsAreWhatLeadcheckPrints(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(raw)
	dir := t.TempDir()
	answers := readmeBlock(t, readme, "### Answers from a file", "sh")
	_, answers, _ = strings.Cut(answers, "cat > answers.yaml <<'YAML'\n")
	answers, _, _ = strings.Cut(answers, "\nYAML\n")
	if err := os.WriteFile(filepath.Join(dir, "answers.yaml"), []byte(answers+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := dataEnv(filepath.Join(dir, "history.db"))
	run := func(args ...string) string {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir, cmd.Env = dir, env
		code, out, errOut := runCmd(t, cmd)
		if code != 0 {
			t.Fatalf("leadcheck %v: status %d\n%s%s", args, code, out, errOut)
		}
		return out
	}
	result, _, _ := strings.Cut(run("take", "--answers", "answers.yaml"), "\nSaved as ")
	started := run("feedback", "start", "--closes", "2099-12-14")
	for _, c := range []struct{ name, readme, printed string }{
		{"take --answers", readmeBlock(t, readme, "## What a result looks like", "text"), result},
		{"feedback start", readmeBlock(t, readme, "**1. Start a round**", "text"), started},
	} {
		if want, got := sameButDates(c.readme), sameButDates(c.printed); want != got {
			t.Errorf("the README quotes leadcheck %s as\n%s\nbut it prints\n%s", c.name, want, got)
		}
	}
}
