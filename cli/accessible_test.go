package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// leadcheckEnv runs leadcheck in-process like leadcheck(), with extra
// environment variables.
func leadcheckEnv(t *testing.T, db string, vars map[string]string, stdin string, args ...string) run {
	t.Helper()
	env := map[string]string{"LEADCHECK_DB": db, "LEADCHECK_CONFIG": filepath.Join(filepath.Dir(db), "settings.yaml"),
		"XDG_STATE_HOME": filepath.Join(filepath.Dir(db), "state")}
	for k, v := range vars {
		env[k] = v
	}
	var out, errb bytes.Buffer
	code := Execute(args, Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv:     func(k string) string { return env[k] },
		Now:        func() time.Time { return time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC) },
		Questions:  defaultQuestions,
		IsTerminal: func(any) bool { return false },
	})
	return run{code, out.String(), errb.String()}
}

// pipedAnswers is a whole accessible check-in typed ahead: 24 answers,
// one line of reflection, a note, picks and their objectives.
func pipedAnswers(x string, tail string) string {
	return strings.Repeat(x+"\n", 24) + "Too many meetings.\n" + "A busy month\n" + tail
}

func records(t *testing.T, db string) []assessment.CheckIn {
	t.Helper()
	r := leadcheck(t, db, "", "history", "--json")
	var recs []assessment.CheckIn
	if err := json.Unmarshal([]byte(r.stdout), &recs); err != nil {
		t.Fatalf("history --json: %v\n%s", err, r.stdout)
	}
	return recs
}

func TestTakeAccessiblePiped(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	r := leadcheck(t, db, pipedAnswers("4", "1 3\nOne hard conversation a week\n\n"), "take", "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	for _, want := range []string{"  1  Never", "24 statements about the last four weeks", "Statement 3 of 24, ", "Statement 24 of 24, ",
		"Something to reflect on:", "Saved as ", "What to work on until the next check-in:",
		"Saved 2 commitments. The next check-in starts by asking how they went.\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("output has escape codes:\n%q", r.stdout)
	}
	recs := records(t, db)
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	rec := recs[0]
	if len(rec.Answers) != 24 || rec.Note != "A busy month" || rec.Reflection != "Too many meetings." || rec.DurationSeconds != 0 {
		t.Errorf("record = %+v", rec)
	}
	if len(rec.Commitments) != 2 || rec.Commitments[0].Objective != "One hard conversation a week" ||
		rec.Commitments[1].Objective != rec.Commitments[1].Practice {
		t.Errorf("commitments = %+v", rec.Commitments)
	}

	// The next check-in starts with how those commitments went.
	r = leadcheck(t, db, "3\nDid it twice\n\n"+pipedAnswers("3", "\n"), "take", "--accessible")
	if r.code != 0 || !strings.Contains(r.stdout, "Commitment 2 of 2, ") {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	recs = records(t, db)
	if rv := recs[1].Reviews; len(rv) != 1 || rv[0].Progress != assessment.Done || rv[0].Note != "Did it twice" {
		t.Errorf("reviews = %+v", rv)
	}
	if len(recs[1].Commitments) != 0 {
		t.Errorf("Enter at the picks saved commitments: %+v", recs[1].Commitments)
	}
}

func TestTakeAccessibleReasksAndSkips(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	in := "9\nfour\n4\ns\n\n" + strings.Repeat("2\n", 21) + "\n\n\n"
	r := leadcheckEnv(t, db, map[string]string{"ACCESSIBLE": "1"}, in, "take")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	if n := strings.Count(r.stdout, "Please type a number from 1 to 5, n if it did not come up, or press Enter to skip."); n != 2 {
		t.Errorf("hint shown %d times, want 2:\n%s", n, r.stdout)
	}
	if recs := records(t, db); len(recs) != 1 || len(recs[0].Answers) != 22 {
		t.Errorf("records = %+v", recs)
	}
}

func TestTakeAccessibleInputEnds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	for _, in := range []string{"", "4\n4\n", strings.Repeat("4\n", 24) + "reflection only\n"} {
		r := leadcheckEnv(t, db, map[string]string{"TERM": "dumb"}, in, "take")
		if r.code != 1 || !strings.Contains(r.stderr, "input ended before the check-in was finished; nothing was saved") {
			t.Errorf("input %q: exit %d, stderr %q", in, r.code, r.stderr)
		}
	}
	if recs := records(t, db); len(recs) != 0 {
		t.Errorf("%d records saved", len(recs))
	}
}

func TestAccessibleHomeAndPrinting(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	on := map[string]string{"ACCESSIBLE": "1"}
	r := leadcheckEnv(t, db, on, "")
	if r.code != 0 || !strings.Contains(r.stdout, "No check-ins yet") || !strings.Contains(r.stdout, "leadcheck take") {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	// The second check-in skips the review of the first one's commitment.
	for _, in := range []string{pipedAnswers("4", "1\n\n"), "\n" + pipedAnswers("2", "1\n\n")} {
		if r := leadcheck(t, db, in, "take", "--accessible"); r.code != 0 {
			t.Fatalf("take: exit %d, %s", r.code, r.stderr)
		}
	}
	r = leadcheckEnv(t, db, on, "")
	for _, want := range []string{"Last check-in: Sun 29 Nov 2026", "balance", "Your commitments, to review at your next check-in:\n", "leadcheck trend"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("dashboard lacks %q:\n%s", want, r.stdout)
		}
	}
	r = leadcheck(t, db, "", "--accessible", "trend")
	if r.code != 0 || !strings.Contains(r.stdout, "Balance") || !strings.Contains(r.stdout, "Date") {
		t.Errorf("trend: exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	for _, args := range [][]string{{"trend"}, {"history"}, {"show"}, {"compare"}} {
		r := leadcheck(t, db, "", append([]string{"--accessible"}, args...)...)
		if r.code != 0 || strings.ContainsAny(r.stdout, "\x1b⠁⠂⠄⡀⣀⣿") {
			t.Errorf("%v: exit %d, stderr %s, output not plain:\n%s", args, r.code, r.stderr, r.stdout)
		}
	}
}

func TestNoTerminalPointsToAccessible(t *testing.T) {
	r := leadcheck(t, filepath.Join(t.TempDir(), "h.db"), "", "take")
	if r.code != 2 || !strings.Contains(r.stderr, "leadcheck take --accessible") || !strings.Contains(r.stderr, "--answers") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestThemeCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	g := &globals{theme: "auto", themeGiven: func() bool { return false }}
	env := Env{Getenv: func(k string) string {
		return map[string]string{"LEADCHECK_CONFIG": filepath.Join(filepath.Dir(db), "settings.yaml")}[k]
	}}
	if r := leadcheck(t, db, "", "theme"); r.code != 0 || !strings.Contains(r.stdout, "Theme: auto (the default") {
		t.Errorf("theme: exit %d, %q %q", r.code, r.stdout, r.stderr)
	}
	if r := leadcheck(t, db, "", "theme", "light"); r.code != 0 {
		t.Fatalf("theme light: exit %d, %s", r.code, r.stderr)
	}
	if r := leadcheck(t, db, "", "theme"); !strings.Contains(r.stdout, "Theme: light (your choice)") {
		t.Errorf("theme after setting: %q", r.stdout)
	}
	if got := chosenTheme(env, g); got != "light" {
		t.Errorf("saved light: chosen %q", got)
	}
	g.theme, g.themeGiven = "dark", func() bool { return true }
	if got := chosenTheme(env, g); got != "dark" {
		t.Errorf("--theme dark over saved light: chosen %q", got)
	}
	if r := leadcheck(t, db, "", "theme", "pink"); r.code != 2 || !strings.Contains(r.stderr, "theme must be auto, dark, light or none") {
		t.Errorf("theme pink: exit %d, %q", r.code, r.stderr)
	}
}

func TestShellIntegration(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, "", "--version"); r.code != 0 || !strings.HasPrefix(r.stdout, "leadcheck ") {
		t.Errorf("--version: exit %d, %q", r.code, r.stdout)
	}
	for _, sh := range []string{"bash", "zsh", "fish"} {
		if r := leadcheck(t, db, "", "completion", sh); r.code != 0 || !strings.Contains(r.stdout, "leadcheck") {
			t.Errorf("completion %s: exit %d, %q", sh, r.code, r.stderr)
		}
	}
	r := leadcheck(t, db, "", "man")
	if r.code != 0 || !strings.HasPrefix(r.stdout, ".TH LEADCHECK 1 ") {
		t.Fatalf("man: exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	cmds := newRoot(Env{}).Commands()
	if len(cmds) < 10 {
		t.Fatalf("only %d commands", len(cmds))
	}
	for _, c := range cmds {
		if c.Name() == "help" {
			continue // the page is the help
		}
		if !strings.Contains(r.stdout, ".SS leadcheck "+c.Name()) {
			t.Errorf("man page lacks command %s", c.Name())
		}
	}
	for _, want := range []string{".SH NAME", ".SH SYNOPSIS", ".SH COMMANDS", ".SH ENVIRONMENT", "LEADCHECK_CONFIG", ".SH FILES", ".SH EXIT STATUS", `\-\-accessible`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	if _, err := exec.LookPath("man"); err == nil {
		cmd := exec.Command("man", "-l", "-")
		cmd.Stdin = strings.NewReader(r.stdout)
		cmd.Env = []string{"MANWIDTH=80", "PATH=/usr/bin:/bin", "MANPAGER=cat", "PAGER=cat"}
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), "EXIT STATUS") {
			t.Errorf("man -l -: %v\n%s", err, out)
		}
	}
}

// Commands that only read create nothing: not the database, not its
// directory, in the accessible mode as in any other.
func TestReadingCreatesNothing(t *testing.T) {
	for _, args := range [][]string{
		{"--accessible"}, {"--accessible", "history"}, {"--accessible", "show"}, {"--accessible", "trend"},
		{"--accessible", "compare"}, {"--accessible", "due"}, {"history"}, {"show"}, {"trend"}, {"compare"},
		{"due"}, {"doctor"}, {"export"}, {"export", "--format", "md"}, {"backup"},
	} {
		dir := filepath.Join(t.TempDir(), "no", "such")
		db := filepath.Join(dir, "history.db")
		leadcheck(t, db, "", args...)
		if _, err := os.Lstat(dir); err == nil {
			t.Errorf("%v created %s", args, dir)
		}
	}
}

// Input without an end of line (/dev/zero, a binary file piped in by
// mistake) is read through a limit: the check-in stops with a message,
// keeping what was answered, instead of reading until memory runs out.
func TestAccessibleLineTooLong(t *testing.T) {
	for _, tc := range []struct {
		name, stdin, want string
	}{
		{"first answer", strings.Repeat("x", 100000),
			"leadcheck: a line of standard input is longer than 64 KiB, more than any answer takes (check what is piped in); nothing was saved"},
		{"after two answers", "4\n5\n" + strings.Repeat("\x00", 70000) + "\n3\n",
			"leadcheck: a line of standard input is longer than 64 KiB, more than any answer takes (check what is piped in); nothing was saved to the history, but your 2 answers are kept as a draft"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			r := leadcheck(t, db, tc.stdin, "take", "--accessible")
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, tc.want)
			}
		})
	}
}

// Commitments of a check-in older than the cadence are due for review
// now, and the dashboard heads them so, as the home screen does.
func TestAccessibleDashboardCommitmentsDue(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, pipedAnswers("4", "1\n\n"), "take", "--accessible", "--date", "2026-10-01"); r.code != 0 {
		t.Fatalf("take: exit %d, %s\n%s", r.code, r.stderr, r.stdout)
	}
	r := leadcheckEnv(t, db, map[string]string{"ACCESSIBLE": "1"}, "")
	if r.code != 0 || !strings.Contains(r.stdout, "\nYour commitments, due for review now:\n1. ") {
		t.Errorf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
}
