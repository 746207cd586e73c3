package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oddNames is the built-in questionnaire with a line break, a pipe, a
// comma and quotes in the names of a dimension, a facet and a profile.
func oddNames(t *testing.T) string {
	t.Helper()
	q := string(defaultQuestions)
	for _, r := range []struct{ from, to string }{
		{"version: 2\n", "version: 3\n"},
		{"    name: Relationship-building\n", "    name: \"People | trust,\\n# \\\"care\\\"\"\n"},
		{"    name: Direction and purpose\n", "    name: \"Direction,\\n- purpose\"\n"},
		{"    name: Leaning on people\n", "    name: \"Leaning |\\n\\n# on people\"\n"},
	} {
		if !strings.Contains(q, r.from) {
			t.Fatalf("the built-in questionnaire has no %q", r.from)
		}
		q = strings.Replace(q, r.from, r.to, 1)
	}
	path := filepath.Join(t.TempDir(), "odd.yaml")
	if err := os.WriteFile(path, []byte(q), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// A name with a line break stays on its line in every sentence and list
// item of the report, as it does in the tables: a heading or a list
// cannot start inside a name.
func TestReportKeepsOddNamesOnTheirLine(t *testing.T) {
	qf := oddNames(t)
	db := filepath.Join(t.TempDir(), "history.db")
	// The example of 12 Jan 2026: relationships 67, results 50, so
	// Leaning on people, and Direction and purpose (42) alone weakest
	// of results.
	answers := string(mustRead("../examples/year/2026-01-12.yaml"))
	if r := leadcheck(t, db, answers, "--questions", qf, "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	r := leadcheck(t, db, "", "--questions", qf, "export", "--format", "md")
	if r.code != 0 {
		t.Fatalf("export: exit %d, %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"One check-in, on 12 Jan 2026. Each scores People | trust, # \"care\" and Results focus from 0 to 100;",
		"\n**Profile: Leaning | # on people.** ",
		"\n- Results focus: Direction, - purpose, 42 ±26\n",
		"\n| People \\| trust, # \"care\" | 67 ±13 |\n",
		"\n| 12 Jan 2026 | 67 | 50 | −17 ±19 balanced within noise | Leaning \\| # on people | – |\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("missing %q in:\n%s", want, r.stdout)
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasPrefix(line, "# \"care\"") || strings.HasPrefix(line, "- purpose") || strings.HasPrefix(line, "# on people") {
			t.Errorf("a name broke its line: %q", line)
		}
	}
}

// withCommitment is a database holding one check-in that made a
// commitment to objective, brought in by an import, which may hold any
// text.
func withCommitment(t *testing.T, practice, objective string) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	// Before the clock's day, so a check-in taken now reviews it.
	if r := leadcheck(t, db, sheet(4, "taken_at: 2026-11-01T09:00:00Z\n"), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	r := leadcheck(t, db, "", "export")
	var file map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &file); r.code != 0 || err != nil {
		t.Fatalf("export: exit %d, %v", r.code, err)
	}
	rec := file["checkins"].([]any)[0].(map[string]any)
	rec["commitments"] = []any{map[string]any{"facet": "trust", "practice": practice, "objective": objective}}
	data, err := json.Marshal(file)
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other", "history.db")
	os.MkdirAll(filepath.Dir(other), 0o700)
	if r := leadcheck(t, other, string(data), "import", "-"); r.code != 0 {
		t.Fatalf("import: exit %d, %s", r.code, r.stderr)
	}
	return other
}

// A commitment whose objective has line breaks is one list item of the
// report, on one line.
func TestReportKeepsACommitmentOnItsLine(t *testing.T) {
	db := withCommitment(t, "Let each\nperson finish.", "Listen first | always\n# then\n- speak")
	r := leadcheck(t, db, "", "export", "--format", "md")
	want := "\n- Listen first | always # then - speak (Trust and listening; suggested: Let each person finish.)\n" +
		"  To be reviewed at the next check-in.\n"
	if r.code != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("exit %d, want %q in:\n%s", r.code, want, r.stdout)
	}
}
