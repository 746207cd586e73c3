package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestImportRefusesAndImportsNothing(t *testing.T) {
	export := leadcheck(t, yearDB(t), "", "export").stdout
	// The fifth check-in, with its id, as the export writes it.
	const fifth = `"id": "20260413-090000-5"`
	if !strings.Contains(export, fifth) {
		t.Fatalf("the export has no %s", fifth)
	}
	edit := func(old, new string) string {
		i := strings.Index(export, fifth)
		j := i + strings.Index(export[i:], old)
		if j < i {
			t.Fatalf("no %q after %s", old, fifth)
		}
		return export[:j] + new + export[j+len(old):]
	}
	tests := []struct {
		name, file, want string
	}{
		{"unknown statement", edit(`"trust-1": `, `"trust-9": `),
			"export.json:774:20: checkins[4] (id 20260413-090000-5): answers.trust-9: no statement with this id in questionnaire production-leadership v2"},
		{"time off the id", edit(`"taken_at": "2026-04-13T09:00:00Z"`, `"taken_at": "2026-04-13T09:30:00Z"`),
			"checkins[4] (id 20260413-090000-5): taken_at: 2026-04-13T09:30:00Z does not match the id, which says 2026-04-13T09:00:00Z"},
		{"off the scale", edit(`"trust-1": `, `"trust-1": 1`),
			"checkins[4] (id 20260413-090000-5): answers.trust-1: 13 is off the scale of questionnaire production-leadership v2 (1 to 5)"},
		{"syntax", edit(`"note": `, `"note" `), "export.json:815:14: not valid JSON: invalid character"},
		{"hash", strings.Replace(export, `"items": [`, `"items": [{"id": "extra-1", "facet": "trust", "text": "In the last four weeks, I slept."},`, 1),
			"export.json: questionnaires[0] (production-leadership version 2): its hash 499e83e9eaf5139f is not its content's"},
		// The hash leaves out profiles, so an edited snapshot keeps it; the
		// questionnaire leadcheck knows under that hash decides.
		{"profile renamed in the snapshot too", strings.ReplaceAll(export, `"Leaning on results"`, `"Saint"`),
			`checkins[4] (id 20260413-090000-5): profile: is "results-leaning" ("Saint"), but the answers give "results-leaning" ("Leaning on results")`},
		{"not an export", `{"answers": {}}`, `export.json is not a leadcheck export`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "export.json")
			os.WriteFile(file, []byte(tt.file), 0o600)
			db := filepath.Join(dir, "history.db")
			t.Chdir(dir) // so the messages name export.json as given
			r := leadcheck(t, db, "", "import", "export.json")
			if r.code != 1 || !strings.Contains(r.stderr, tt.want) {
				t.Fatalf("exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, tt.want)
			}
			if r := leadcheck(t, db, "", "history", "--json"); strings.TrimSpace(r.stdout) != "[]" {
				t.Errorf("something was imported:\n%.200s", r.stdout)
			}
		})
	}
}

func TestImportUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	r := leadcheck(t, db, "", "import")
	if r.code != 2 || !strings.Contains(r.stderr, "leadcheck import needs one FILE") {
		t.Errorf("exit %d, %s", r.code, r.stderr)
	}
	r = leadcheck(t, db, "", "import", filepath.Join(t.TempDir(), "missing.json"))
	if r.code != 1 || !strings.Contains(r.stderr, "cannot read the export") {
		t.Errorf("exit %d, %s", r.code, r.stderr)
	}
}

// What is not an export file is named plainly, with what to give instead.
func TestImportOfWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	for _, tc := range []struct{ file, want string }{
		{dir, "cannot read the export: " + dir + " is a directory; give the path of a file 'leadcheck export' wrote"},
		{filepath.Join(dir, "missing.json"), "cannot read the export: " + filepath.Join(dir, "missing.json") + " does not exist; give the path of a file 'leadcheck export' wrote"},
	} {
		r := leadcheck(t, db, "", "import", tc.file)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("import %s: exit %d, %s\nwant %q", tc.file, r.code, r.stderr, tc.want)
		}
	}
}

// import - with the terminal as standard input is refused at once: it
// would wait in silence, under a progress line drawn over what is typed,
// for an export nobody types by hand. From a pipe it reads as ever.
func TestImportFromTheTerminalIsRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	var out, errb strings.Builder
	stdin := strings.NewReader(`{"format": "leadcheck-export"}`)
	code := Execute([]string{"import", "-"}, Env{
		Stdin: stdin, Stdout: &out, Stderr: &errb,
		Getenv:     func(k string) string { return map[string]string{"LEADCHECK_DB": db}[k] },
		Now:        time.Now,
		Questions:  defaultQuestions,
		IsTerminal: func(f any) bool { return f == stdin },
	})
	want := "leadcheck: import - reads an export from standard input, which is the terminal here; pipe one in (leadcheck import - < history.json) or name the file\nRun 'leadcheck --help' for usage.\n"
	if code != 2 || errb.String() != want || stdin.Len() == 0 {
		t.Errorf("exit %d, stderr %q, %d bytes left unread\nwant exit 2, %q, nothing read", code, errb.String(), stdin.Len(), want)
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a refused import made a database")
	}
}
