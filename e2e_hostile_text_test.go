package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The hostile-text suite: text from outside (answers files, imports,
// questionnaire files, arguments) reaches the terminal only made safe.

// textHostileYAML, in YAML's double quotes, retitles the window, clears
// the screen, writes the clipboard and reverses the line.
const textHostileYAML = `\e]0;pwned\a\e[2J\u202E \e]52;c;ZXZpbA==\a\e[31m`

// textFixture is a database with one check-in whose note and reflection
// are hostile, and files for the cases to use.
type textFixture struct {
	db, dir, questions, answers string
}

func textSetup(t *testing.T, bin string) textFixture {
	t.Helper()
	dir := t.TempDir()
	f := textFixture{db: filepath.Join(dir, "history.db"), dir: dir,
		questions: filepath.Join(dir, "coach.yaml"), answers: filepath.Join(dir, "answers.yaml")}
	yearAnswers, err := os.ReadFile("examples/year/2025-12-08.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// No date of its own: the cases give one with --date.
	answers := regexp.MustCompile(`(?m)^taken_at: .*\n`).ReplaceAllString(string(yearAnswers), "")
	answers = regexp.MustCompile(`(?m)^note: .*$`).ReplaceAllString(answers,
		`note: "note-start `+textHostileYAML+` note-end"`+"\n"+`reflection: "refl-start `+textHostileYAML+` refl-end"`)
	textWrite(t, f.answers, answers)
	textWrite(t, f.questions, textHostileQuestionnaire(t))
	if code, _, stderr := runBin(t, bin, dataEnv(f.db), "take", "--answers", f.answers); code != 0 {
		t.Fatalf("take: exit %d\n%s", code, stderr)
	}
	return f
}

// textHostileQuestionnaire is the built-in questionnaire with a hostile
// title, first statement and profile names (each a spreadsheet formula
// too).
func textHostileQuestionnaire(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(data), "title: Production leadership check-in",
		`title: "title-start `+textHostileYAML+` title-end"`, 1)
	s = strings.Replace(s, `    text: "In {window}, I let team members finish explaining a problem before I gave my view."`,
		`    text: "stmt-start `+textHostileYAML+` In the last four weeks, I let team members finish explaining."`, 1)
	head, profiles, _ := strings.Cut(s, "\nprofiles:")
	profiles = regexp.MustCompile(`(?m)^    name: (.*)$`).ReplaceAllString(profiles,
		`    name: "=HYPERLINK(1) $1 `+textHostileYAML+`"`)
	return head + "\nprofiles:" + profiles
}

func textWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// textControl is the first thing in s a terminal would act on: an ESC or
// other control (newlines aside), a C1 control or a bidi override.
func textControl(s string) string {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd"):
			return s[i : i+1]
		case r == '\n', r == '\r' && strings.HasPrefix(s[i:], "\r\n"):
		case r < 0x20, r >= 0x7f && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return string(r)
		}
	}
	return ""
}

func TestHostileText(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	f := textSetup(t, bin)
	qs := "--questions=" + f.questions
	tests := []struct {
		name  string
		args  []string
		code  int
		wants []string // in stdout and stderr together
		file  string   // a written file that must be safe too
	}{
		{"show prints the note", []string{"show"}, 0, []string{"note-start", "note-end", "refl-start"}, ""},
		{"show accessible", []string{"--accessible", "show"}, 0, []string{"note-start", "note-end"}, ""},
		{"history", []string{"history"}, 0, []string{"yes"}, ""},
		{"export md to stdout", []string{"export", "--format", "md"}, 0, []string{"**Note:** note-start", "note-end", "refl-end"}, ""},
		{"export md to a file", []string{"export", "-o", "report.md"}, 0, []string{"Exported 1 check-in"}, "report.md"},
		{"take --answers prints the result", []string{"take", "--answers", "answers.yaml", "--date", "2026-01-05"}, 0, []string{"note-start", "Saved as"}, ""},
		{"questions show", []string{qs, "questions", "show"}, 0, []string{"title-start", "stmt-start", "title-end"}, ""},
		{"questions validate", []string{qs, "questions", "validate"}, 0, []string{"title-start", "valid"}, ""},
		{"take with a coach's questionnaire", []string{qs, "take", "--answers", "answers.yaml", "--date", "2026-01-06"}, 0, []string{"=HYPERLINK(1)", "Saved as"}, ""},
		{"id echoed in an error", []string{"show", "2025\x1b]0;pwned\x07\x1b[2J"}, 2, []string{"is not a check-in id", "'leadcheck history' lists them"}, ""},
		{"compare ids echoed in an error", []string{"compare", "x\u202e\x1b[2J", "y\u009b2J"}, 2, []string{"is not a check-in id"}, ""},
		{"answers file name echoed", []string{"take", "--answers", "missing\x1b]0;pwned\x07.yaml"}, 1, []string{"cannot read", "missing"}, ""},
		{"answers field echoed", []string{"take", "--answers", "badfield.yaml"}, 1, []string{"badfield.yaml", "not saved"}, ""},
		{"import of a file that is not an export", []string{"import", "answers.yaml"}, 1, []string{"answers.yaml"}, ""},
		{"restore from a hostile name", []string{"restore", "no\x1b]0;pwned\x07.db"}, 1, []string{"no"}, ""},
	}
	textWrite(t, filepath.Join(f.dir, "badfield.yaml"), "answers:\n  \"trust-1\\e]0;pwned\\a\\e[2J\\u202E\": 3\n")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := textDBBytes(t, f.db)
			code, stdout, stderr := textRun(t, bin, f, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			outs := map[string]string{"stdout": stdout, "stderr": stderr}
			if tt.file != "" {
				data, err := os.ReadFile(filepath.Join(f.dir, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				outs[tt.file] = string(data)
			}
			for name, out := range outs {
				if c := textControl(out); c != "" {
					t.Errorf("%s keeps %q:\n%s", name, c, out)
				}
			}
			if strings.Contains(stdout, "pwned") || strings.Contains(stdout, "ZXZpbA") {
				t.Errorf("stdout shows what was inside an escape sequence:\n%s", stdout)
			}
			for _, w := range tt.wants {
				if !strings.Contains(stdout+stderr, w) {
					t.Errorf("output lacks %q\nstdout:\n%s\nstderr:\n%s", w, stdout, stderr)
				}
			}
			if code != 0 && !bytes.Equal(before, textDBBytes(t, f.db)) {
				t.Errorf("a failing command changed the database")
			}
		})
	}
}

// TestHostileTextCSV: a profile name that is a formula is written as text;
// the scores stay numbers.
func TestHostileTextCSV(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	f := textSetup(t, bin)
	qs := "--questions=" + f.questions
	if code, _, stderr := textRun(t, bin, f, qs, "take", "--answers", "answers.yaml", "--date", "2026-01-06"); code != 0 {
		t.Fatalf("take: exit %d\n%s", code, stderr)
	}
	code, stdout, stderr := textRun(t, bin, f, qs, "export", "--format", "csv")
	if code != 0 || textControl(stdout) != "" {
		t.Fatalf("export csv: exit %d, %q\n%s%s", code, textControl(stdout), stdout, stderr)
	}
	if !strings.Contains(stdout, ",'=HYPERLINK(1)") || strings.Contains(stdout, ",=HYPERLINK") {
		t.Errorf("the profile cell is not guarded:\n%s", stdout)
	}
}

// TestHostileTextJSON: the JSON output keeps the exact text.
func TestHostileTextJSON(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	f := textSetup(t, bin)
	code, stdout, _ := textRun(t, bin, f, "show", "--json")
	var rec struct{ Note string }
	if err := json.Unmarshal([]byte(stdout), &rec); code != 0 || err != nil {
		t.Fatalf("show --json: exit %d, %v", code, err)
	}
	if !strings.Contains(rec.Note, "\x1b]0;pwned\x07\x1b[2J\u202e") {
		t.Errorf("note = %q, want the text as written", rec.Note)
	}
}

// TestHostileTextOnTheHomeScreen runs the app in a terminal: a
// questionnaire's title on the home screen and a note on the result
// screen neither retitle the window nor clear the screen.
func TestHostileTextOnTheHomeScreen(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	f := textSetup(t, bin)
	s := startScreen(t, bin, 100, 40, append(dataEnv(f.db), "NO_COLOR="), "--questions="+f.questions)
	s.waitFor("title-start")
	s.send("h")
	s.waitFor("· History")
	s.send("\r")
	s.waitFor("note-start")
	if title := s.term.Title(); strings.Contains(title, "pwned") {
		t.Errorf("the window title became %q", title)
	}
	if v := s.text(); !strings.Contains(v, "leadcheck") || !strings.Contains(v, "note-end") {
		t.Errorf("the screen was cleared:\n%s", v)
	}
}

// textRun runs the binary in the fixture's directory, so the cases name
// their files as a person would.
func textRun(t *testing.T, bin string, f textFixture, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env, cmd.Dir = dataEnv(f.db), f.dir
	return runCmd(t, cmd)
}

func textDBBytes(t *testing.T, db string) []byte {
	t.Helper()
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
