package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// A round with its responses goes out in an export and comes back in an
// import, once however often the file is imported; a role with fewer than
// three responses goes out without it, and so does one whose naming would
// leave fewer than three without a role.
func TestFeedbackExportImport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	leadcheck(t, db, sheet(4, ""), "take", "--answers", "-")
	formPath := filepath.Join(dir, "form.yaml")
	leadcheck(t, db, "", "feedback", "start", "-o", formPath)
	form := mustRead(formPath)
	for i, role := range []string{"peer", "peer", "peer", "manager"} {
		f := filepath.Join(dir, "r"+string(rune('a'+i))+".yaml")
		writeTestFile(t, f, fillForm(t, form, role, 2+i, ""))
		if r := leadcheck(t, db, "", "feedback", "add", f); r.code != 0 {
			t.Fatalf("add: %s", r.stderr)
		}
	}
	out := filepath.Join(dir, "export.json")
	if r := leadcheck(t, db, "", "export", "-o", out); r.code != 0 {
		t.Fatalf("export: %s", r.stderr)
	}
	var file struct {
		Rounds    []assessment.Round
		Responses []assessment.Response
	}
	if err := json.Unmarshal(mustRead(out), &file); err != nil || len(file.Rounds) != 1 || len(file.Responses) != 4 {
		t.Fatalf("export: %v, %d rounds, %d responses", err, len(file.Rounds), len(file.Responses))
	}
	var roles []string
	for _, r := range file.Responses {
		roles = append(roles, string(r.Role))
	}
	slices.Sort(roles)
	// The peers go out without their role too: beside 3 named peers, the
	// one response without a role would be the manager's.
	if want := []string{"", "", "", ""}; !slices.Equal(roles, want) {
		t.Errorf("exported roles %q; want %q", roles, want)
	}
	other := filepath.Join(dir, "other.db")
	// Worded as the check-ins' line is: a skip is named only when there is one.
	for i, want := range []string{"\nImported 4 responses of feedback rounds (1 round).\n",
		"\nImported 0 responses of feedback rounds (1 round), skipped 4 already present.\n"} {
		if r := leadcheck(t, other, "", "import", out); r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("import %d: exit %d\n%s%s", i, r.code, r.stdout, r.stderr)
		}
	}
	if r := leadcheck(t, db, "", "import", out); r.code != 0 || !strings.Contains(r.stdout, "skipped 4") {
		t.Errorf("import into the database it came from: %s%s", r.stdout, r.stderr)
	}
	a, b := reportJSON(t, db), reportJSON(t, other)
	if a["responses"] != float64(4) || a["others"] == nil || !reflectEqual(a["others"], b["others"]) {
		t.Errorf("report before and after the round trip:\n%v\n%v", a, b)
	}
}

func reflectEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// An export whose feedback was edited is refused whole, with the place
// of each problem, and nothing is imported.
func TestFeedbackImportRefusesEditedResponses(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	leadcheck(t, db, sheet(4, ""), "take", "--answers", "-")
	formPath := filepath.Join(dir, "form.yaml")
	leadcheck(t, db, "", "feedback", "start", "-o", formPath)
	form := mustRead(formPath)
	for i := range 3 {
		f := filepath.Join(dir, "r"+string(rune('a'+i))+".yaml")
		writeTestFile(t, f, fillForm(t, form, "peer", 2+i, ""))
		leadcheck(t, db, "", "feedback", "add", f)
	}
	out := filepath.Join(dir, "export.json")
	leadcheck(t, db, "", "export", "-o", out)
	tests := []struct{ name, from, to, want string }{
		{"answer off the scale", `"trust-1": 4`, `"trust-1": 9`, "answers.trust-1: 9 is not an answer"},
		{"unknown round", `"round": "2026-11-29"`, `"round": "elsewhere"`, `"elsewhere" is not a round of the file`},
		{"minimum below 3", `"min": 3`, `"min": 2`, "the minimum of responses is 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The check-ins come first; the edit is to the feedback after them.
			head, feedback, ok := strings.Cut(string(mustRead(out)), `"rounds"`)
			if !ok || !strings.Contains(feedback, tc.from) {
				t.Fatalf("the export's feedback has no %s", tc.from)
			}
			edited := filepath.Join(t.TempDir(), "edited.json")
			writeTestFile(t, edited, []byte(head+`"rounds"`+strings.Replace(feedback, tc.from, tc.to, 1)))
			other := filepath.Join(t.TempDir(), "other.db")
			r := leadcheck(t, other, "", "import", edited)
			if r.code != 1 || !strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, edited+":") {
				t.Errorf("import: exit %d\n%s", r.code, r.stderr)
			}
		})
	}
}

// A response file past the size limit is refused with the limit, and
// the files beside it are still added.
func TestFeedbackAddTooLarge(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	leadcheck(t, db, sheet(4, ""), "take", "--answers", "-")
	formPath := filepath.Join(dir, "form.yaml")
	leadcheck(t, db, "", "feedback", "start", "-o", formPath)
	inbox := filepath.Join(dir, "inbox")
	if err := os.Mkdir(inbox, 0o700); err != nil {
		t.Fatal(err)
	}
	big := append(fillForm(t, mustRead(formPath), "peer", 3, ""), []byte("# "+strings.Repeat("x", assessment.MaxResponseBytes))...)
	writeTestFile(t, filepath.Join(inbox, "big.yaml"), big)
	writeTestFile(t, filepath.Join(inbox, "ok.yaml"), fillForm(t, mustRead(formPath), "peer", 4, ""))
	r := leadcheck(t, db, "", "feedback", "add", inbox)
	if r.code != 1 || !strings.Contains(r.stderr, "big.yaml: the file is 517.5 KiB, more than the 512 KiB that a filled-in form may hold") || !strings.Contains(r.stdout, "1 response added") {
		t.Errorf("add: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}
