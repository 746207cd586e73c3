package cli

import (
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// hostileYAML is a string in YAML's double quotes that retitles the
// window, clears the screen, writes the clipboard and turns the line
// around; hostileRaw is the same text as the program reads it.
const (
	hostileYAML = `before \e]0;pwned\a\e[2J\u202Eafter \e]52;c;ZXZpbA==\a end`
	hostileRaw  = "before \x1b]0;pwned\x07\x1b[2J\u202eafter \x1b]52;c;ZXZpbA==\x07 end"
)

// safetextControl is the first thing in s a terminal would act on, or "".
func safetextControl(s string) string {
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

// safetextDB holds one check-in taken from an answers file whose note and
// reflection are hostile.
func safetextDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "history.db")
	extra := "note: \"" + hostileYAML + "\"\nreflection: \"" + hostileYAML + "\"\n"
	r := leadcheck(t, db, sheet(4, extra), "take", "--answers", "-")
	if r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	if c := safetextControl(r.stdout); c != "" {
		t.Fatalf("take --answers printed %q:\n%s", c, r.stdout)
	}
	return db
}

func TestPrintedOutputIsSafe(t *testing.T) {
	db := safetextDB(t)
	tests := []struct {
		args  []string
		code  int
		wants []string
	}{
		{[]string{"show"}, 0, []string{"before", "after", "end"}},
		{[]string{"history"}, 0, []string{"yes"}},
		{[]string{"export", "--format", "md"}, 0, []string{"**Note:** before", "after", "end"}},
		{[]string{"compare"}, 1, nil},
		{[]string{"show", "2026\x1b]0;pwned\x07"}, 2, []string{`"2026\x1b]0;pwned\a" is not a check-in id`}},
		{[]string{"--accessible", "show"}, 0, []string{"before", "after"}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d; %s", r.code, tt.code, r.stderr)
			}
			for _, out := range []string{r.stdout, r.stderr} {
				if c := safetextControl(out); c != "" {
					t.Fatalf("output keeps %q:\n%s", c, out)
				}
			}
			// An error may quote the input, escaped (%q); printed text never
			// shows what was inside an escape sequence.
			if strings.Contains(r.stdout, "pwned") || strings.Contains(r.stdout, "ZXZpbA") {
				t.Errorf("output shows an escape sequence's payload:\n%s", r.stdout)
			}
			for _, w := range tt.wants {
				if !strings.Contains(r.stdout+r.stderr, w) {
					t.Errorf("output lacks %q:\n%s%s", w, r.stdout, r.stderr)
				}
			}
		})
	}
}

func TestJSONKeepsTheExactText(t *testing.T) {
	db := safetextDB(t)
	var rec assessment.CheckIn
	if err := json.Unmarshal([]byte(leadcheck(t, db, "", "show", "--json").stdout), &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Note != hostileRaw || rec.Reflection != hostileRaw {
		t.Errorf("note %q, reflection %q; want both %q", rec.Note, rec.Reflection, hostileRaw)
	}
}

func TestTextCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Driver", "Driver"},
		{"=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"},
		{"+1", "'+1"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", " =1"}, // a tab is a space once safe: no formula
		{"\x1b[0m=1", "'=1"},
		{"a=1", "a=1"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := textCell(tt.in); got != tt.want {
			t.Errorf("textCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestExportCSVGuardsFormulas(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 2
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC), "")
	rec.Profile = &assessment.ProfileRef{ID: "x", Name: "=cmd|' /C calc'!A0"}
	if err := s.Save(&rec, q); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r := leadcheck(t, db, "", "export", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if r.code != 0 || err != nil || len(rows) != 2 {
		t.Fatalf("export csv: exit %d, %v, %s", r.code, err, r.stdout)
	}
	if got := rows[1][len(rows[1])-2]; got != "'=cmd|' /C calc'!A0" { // before the warnings
		t.Errorf("profile cell = %q", got)
	}
	for _, cell := range rows[1][2:11] { // the scores and the balance
		if _, err := strconv.ParseFloat(cell, 64); err != nil {
			t.Errorf("score cell %q is not a plain number", cell)
		}
	}
}

// BenchmarkShowLongNote is 'leadcheck show' of a check-in whose note is
// 200,000 characters without a space: linear wrapping shows it at once.
func BenchmarkShowLongNote(b *testing.B) {
	db := filepath.Join(b.TempDir(), "history.db")
	var out, errb strings.Builder
	env := Env{
		Stdin: strings.NewReader(sheet(4, "note: "+strings.Repeat("x", 200_000)+"\n")), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string {
			return map[string]string{"LEADCHECK_DB": db, "LEADCHECK_CONFIG": filepath.Join(filepath.Dir(db), "settings.yaml")}[k]
		},
		Now:        func() time.Time { return time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC) },
		Questions:  defaultQuestions,
		IsTerminal: func(any) bool { return false },
	}
	if code := Execute([]string{"take", "--answers", "-"}, env); code != 0 {
		b.Fatalf("take: exit %d: %s", code, errb.String())
	}
	for b.Loop() {
		out.Reset()
		if code := Execute([]string{"show"}, env); code != 0 {
			b.Fatalf("show: exit %d: %s", code, errb.String())
		}
	}
}
