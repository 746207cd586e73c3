package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// fillForm answers every statement of a form with x as role, and adds a
// comment, as an observer would in a text editor.
func fillForm(t *testing.T, form []byte, role string, x int, comment string) []byte {
	t.Helper()
	blank := regexp.MustCompile(`(?m)^(  [a-z0-9-]+):[ \t]*$`)
	text := blank.ReplaceAllString(string(form), "${1}: "+string(rune('0'+x)))
	text = regexp.MustCompile(`(?m)^role:.*$`).ReplaceAllString(text, "role: "+role)
	if comment != "" {
		text = regexp.MustCompile(`(?m)^comment:.*$`).ReplaceAllString(text, "comment: "+comment)
	}
	return []byte(text)
}

func writeTestFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

func reportJSON(t *testing.T, db string) map[string]any {
	t.Helper()
	r := leadcheck(t, db, "", "feedback", "report", "--json")
	var m map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &m); r.code != 0 || err != nil {
		t.Fatalf("report --json: exit %d, %v\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	return m
}

func TestFeedbackRound(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	if r := leadcheck(t, db, sheet(4, ""), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: %s", r.stderr)
	}
	formPath := filepath.Join(dir, "form.yaml")
	r := leadcheck(t, db, "", "feedback", "start", "-o", formPath)
	// The team is the leader's, as the app and the report call it.
	if r.code != 0 || !strings.Contains(r.stdout, "Started feedback round 2026-11-29.") ||
		!strings.Contains(r.stdout, "\nYour team's answers will be set against your check-in 20261129-") {
		t.Fatalf("start: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	form, err := os.ReadFile(formPath)
	if err != nil {
		t.Fatal(err)
	}
	if r := leadcheck(t, db, "", "feedback", "start", "-o", formPath); r.code != 1 || !strings.Contains(r.stderr, "is there already and is kept") {
		t.Errorf("a second start over the same file: exit %d %s", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(formPath); string(after) != string(form) {
		t.Error("the form was overwritten")
	}

	inbox := filepath.Join(dir, "inbox")
	os.Mkdir(inbox, 0o700)
	writeTestFile(t, filepath.Join(inbox, "a.yaml"), fillForm(t, form, "peer", 5, "Clear goals."))
	writeTestFile(t, filepath.Join(inbox, "b.yaml"), fillForm(t, form, "direct-report", 3, ""))
	writeTestFile(t, filepath.Join(inbox, "notes.txt"), []byte("not a form"))
	r = leadcheck(t, db, "", "feedback", "add", inbox)
	if r := leadcheck(t, db, "", "trend", "--json"); strings.Contains(r.stdout, `"others"`) {
		t.Errorf("trend --json below the minimum shows the team's scores:\n%s", r.stdout)
	}
	if r.code != 0 || !strings.Contains(r.stdout, "2 responses added, 0 responses skipped as added before, 0 files refused.") ||
		!strings.Contains(r.stdout, "1 more before its report shows your team's scores.") {
		t.Fatalf("add: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = leadcheck(t, db, "", "feedback", "add", inbox)
	if r.code != 0 || !strings.Contains(r.stdout, "0 responses added, 2 responses skipped as added before") {
		t.Errorf("add again: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	// N-1: the count alone.
	m := reportJSON(t, db)
	if m["responses"] != float64(2) || m["others"] != nil || m["gaps"] != nil || m["items"] != nil || m["comments"] != nil {
		t.Errorf("report at 2 of 3: %v", m)
	}
	if r := leadcheck(t, db, "", "feedback", "report"); !strings.Contains(r.stdout, "\n1 more is needed before your team's scores are shown;") ||
		strings.Contains(r.stdout, "±") {
		t.Errorf("report text at 2 of 3:\n%s", r.stdout)
	}

	// N: the scores.
	writeTestFile(t, filepath.Join(inbox, "c.yaml"), fillForm(t, form, "other", 4, ""))
	if r := leadcheck(t, db, "", "feedback", "add", filepath.Join(inbox, "c.yaml")); r.code != 0 {
		t.Fatalf("add c: %s", r.stderr)
	}
	m = reportJSON(t, db)
	others, _ := m["others"].(map[string]any)
	gaps, _ := m["gaps"].(map[string]any)
	if m["responses"] != float64(3) || len(others) != 2 || len(gaps) != 2 {
		t.Fatalf("report at 3 of 3: %v", m)
	}
	for dim, g := range gaps {
		label := g.(map[string]any)["label"]
		if !slices.Contains([]any{"blind-spot", "hidden-strength", "aligned"}, label) {
			t.Errorf("gap of %s labelled %v", dim, label)
		}
	}
	r = leadcheck(t, db, "", "feedback", "report")
	for _, want := range []string{"3 responses (at least 3 needed)", "Balance (results − relationships): you 0, your team", "Comments, in no particular order:\n  - Clear goals."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report text lacks %q:\n%s", want, r.stdout)
		}
	}

	r = leadcheck(t, db, "", "trend", "--json")
	var tr struct {
		Others []struct {
			Round      string
			Dimensions map[string]assessment.OthersScore
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &tr); err != nil || len(tr.Others) != 1 || tr.Others[0].Round != "2026-11-29" ||
		tr.Others[0].Dimensions["results"].N != 3 {
		t.Errorf("trend --json others: %v %+v", err, tr.Others)
	}

	r = leadcheck(t, db, "", "feedback", "list", "--json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &list); err != nil || len(list) != 1 || list[0]["responses"] != float64(3) || list[0]["open"] != true {
		t.Errorf("list --json: %v\n%s", err, r.stdout)
	}
	if r := leadcheck(t, db, "", "feedback", "close"); r.code != 0 {
		t.Fatalf("close: %s", r.stderr)
	}
	writeTestFile(t, filepath.Join(inbox, "d.yaml"), fillForm(t, form, "peer", 1, ""))
	if r := leadcheck(t, db, "", "feedback", "add", inbox); r.code != 1 || !strings.Contains(r.stderr, "is closed") {
		t.Errorf("add to a closed round: exit %d\n%s", r.code, r.stderr)
	}
	if r := leadcheck(t, db, "", "feedback", "list"); !strings.Contains(r.stdout, "3 (at least 3 needed)  closed") {
		t.Errorf("list:\n%s", r.stdout)
	}
	if r := leadcheck(t, db, "", "doctor"); r.code != 0 || !strings.Contains(r.stdout, "1 feedback round with 3 responses") {
		t.Errorf("doctor: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestFeedbackStartUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	for _, args := range [][]string{
		{"--min", "2"}, {"--closes", "14 Dec"}, {"--roles", "boss"}, {"--closes", "2026-11-01"},
	} {
		r := leadcheck(t, db, "", append([]string{"feedback", "start", "-o", filepath.Join(t.TempDir(), "f.yaml")}, args...)...)
		if r.code == 0 {
			t.Errorf("start %v: exit 0", args)
		}
	}
}

// The broken forms of the domain's tests, through 'feedback add' against
// the same rounds: each refused with the domain's message, at its file,
// line and column, and nothing stored.
func TestFeedbackAddBroken(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	mini := filepath.Join("..", "assessment", "testdata", "mini.yaml")
	q, err := assessment.Parse("mini.yaml", mustRead(mini))
	if err != nil {
		t.Fatal(err)
	}
	rounds := brokenRounds(t, q)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rounds {
		if err := s.SaveRound(r, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	now := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	files, _ := filepath.Glob(filepath.Join("..", "assessment", "testdata", "feedback", "broken", "*.yaml"))
	if len(files) < 15 {
		t.Fatalf("%d broken files; want at least 15", len(files))
	}
	for _, f := range files {
		before := mustRead(f)
		_, want := assessment.ParseResponse(f, before, assessment.LookupIn(rounds, q), now)
		r := leadcheck(t, db, "", "--questions", mini, "feedback", "add", f)
		if want == nil || r.code != 1 || !strings.HasPrefix(r.stderr, want.Error()+"\n") || !strings.HasPrefix(want.Error(), f+":") {
			t.Errorf("%s: exit %d\n%s\nwant %v", f, r.code, r.stderr, want)
		}
		if string(mustRead(f)) != string(before) {
			t.Errorf("%s was changed", f)
		}
	}
	s, err = store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if counts, _ := s.ResponseCounts(); len(counts) != 0 {
		t.Errorf("stored responses: %v", counts)
	}
}

// brokenRounds are the rounds the broken forms are written against: r1
// open to direct reports, peers and others; r0 closed; r2 past its
// closing day.
func brokenRounds(t *testing.T, q *assessment.Questionnaire) []assessment.Round {
	t.Helper()
	start := time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC)
	three := []assessment.Role{assessment.RoleDirectReport, assessment.RolePeer, assessment.RoleOther}
	r1, err1 := assessment.NewRound("r1", "", q, assessment.RoundOptions{Roles: three}, start)
	r0, err0 := assessment.NewRound("r0", "", q, assessment.RoundOptions{}, start)
	r2, err2 := assessment.NewRound("r2", "", q, assessment.RoundOptions{ClosesOn: time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)}, start)
	for _, err := range []error{err1, err0, err2} {
		if err != nil {
			t.Fatal(err)
		}
	}
	r0.Closed = true
	return []assessment.Round{r1, r0, r2}
}

// An observer answers the form line by line; the file written is added
// as their response, and the form handed out is left as it was.
func TestFeedbackAnswerAccessible(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	leadcheck(t, db, sheet(4, ""), "take", "--answers", "-")
	formPath := filepath.Join(dir, "form.yaml")
	leadcheck(t, db, "", "feedback", "start", "--roles", "peer,other", "-o", formPath)
	form := mustRead(formPath)

	input := "2\n" + strings.Repeat("5\n", 23) + "\n" + "Good at \x1b[31mgoals.\n"
	r := leadcheck(t, filepath.Join(dir, "observer", "none.db"), input, "--accessible", "feedback", "answer", formPath)
	answered := filepath.Join(dir, "form-answered.yaml")
	if r.code != 0 || !strings.Contains(r.stdout, "Your answers are in "+answered) || !strings.Contains(r.stdout, "2. other") {
		t.Fatalf("answer: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if string(mustRead(formPath)) != string(form) {
		t.Error("the form handed out was changed")
	}
	if _, err := os.Stat(filepath.Join(dir, "observer")); err == nil {
		t.Error("answering a form made a database")
	}
	if r := leadcheck(t, db, "", "--accessible", "feedback", "answer", formPath); r.code != 1 || !strings.Contains(r.stderr, "is there already and is kept") {
		t.Errorf("answering again over the same file: exit %d %s", r.code, r.stderr)
	}
	r = leadcheck(t, db, "", "feedback", "add", answered)
	if r.code != 0 || !strings.Contains(r.stdout, "1 response added") {
		t.Fatalf("add: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rounds, _ := s.Rounds()
	rs, _ := s.Responses(rounds[0].ID)
	if len(rs) != 1 || rs[0].Role != assessment.RoleOther || len(rs[0].Answers) != 23 || rs[0].Comment != "Good at [31mgoals." {
		t.Errorf("stored %+v", rs)
	}
}

// Input that ends before the form is filled in says so, what was written
// (nothing) and what to do, not a bare "input ended".
func TestFeedbackAnswerInputEnds(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	leadcheck(t, db, sheet(4, ""), "take", "--answers", "-")
	formPath := filepath.Join(dir, "form.yaml")
	leadcheck(t, db, "", "feedback", "start", "--roles", "peer,other", "-o", formPath)
	for _, input := range []string{"", "2\n", "2\n" + strings.Repeat("5\n", 10)} {
		r := leadcheck(t, filepath.Join(dir, "observer", "none.db"), input, "--accessible", "feedback", "answer", formPath)
		want := "leadcheck: input ended before the form was filled in, so nothing was written; run 'leadcheck feedback answer " + formPath + "' again, with an answer for every question\n"
		if r.code != 1 || r.stderr != want {
			t.Errorf("input %q: exit %d, stderr %q\nwant %q", input, r.code, r.stderr, want)
		}
		if _, err := os.Stat(filepath.Join(dir, "form-answered.yaml")); err == nil {
			t.Fatalf("input %q: a filled-in form was written", input)
		}
	}
}

// A folder with no forms in it is an error that names it, not "0
// responses added", and no database is made for it.
func TestFeedbackAddEmptyFolder(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "data", "history.db")
	inbox := filepath.Join(dir, "inbox")
	if err := os.Mkdir(inbox, 0o700); err != nil {
		t.Fatal(err)
	}
	writeTestFile(t, filepath.Join(inbox, "notes.txt"), []byte("not a form"))
	r := leadcheck(t, db, "", "feedback", "add", inbox)
	want := "leadcheck: folder " + inbox + " holds no filled-in forms (.yaml or .yml files); name the folder the forms were saved in, or the files\n"
	if r.code != 1 || r.stderr != want || r.stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q\nwant %q", r.code, r.stdout, r.stderr, want)
	}
	if _, err := os.Stat(filepath.Dir(db)); err == nil {
		t.Error("adding from an empty folder made a database")
	}
}

func TestResponsesCell(t *testing.T) {
	tests := []struct {
		n, minimum int
		want       string
	}{
		{2, 3, "2 (at least 3 needed)"},
		{5, 3, "5 (at least 3 needed)"},
	}
	for _, tt := range tests {
		if got := responsesCell(tt.n, tt.minimum); got != tt.want {
			t.Errorf("responsesCell(%d, %d) = %q, want %q", tt.n, tt.minimum, got, tt.want)
		}
	}
}

// The report's help names the team as the report does, and its sections
// by the report's headings.
func TestFeedbackReportHelpWords(t *testing.T) {
	r := leadcheck(t, filepath.Join(t.TempDir(), "history.db"), "", "feedback", "report", "--help")
	flat := strings.Join(strings.Fields(r.stdout), " ")
	if r.code != 0 || strings.Contains(flat, "the team") || !strings.Contains(flat, "where you and your team differ most") {
		t.Errorf("exit %d:\n%s", r.code, r.stdout)
	}
}

// A round started with no check-in to tie it to says why: none yet, or
// the latest older than the cadence.
func TestFeedbackStartWithoutCheckIn(t *testing.T) {
	tests := []struct {
		name, date, want string
	}{
		{"no check-in", "", "You have no check-in yet, so your team's answers will be set against your first one (take it with 'leadcheck take' or in the app).\n"},
		{"an old check-in", "2026-09-01", "Your latest check-in is older than your cadence, so your team's answers will be set against your next one.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "history.db")
			if tt.date != "" {
				if r := leadcheck(t, db, halfSheet(), "take", "--date", tt.date, "--answers", "-"); r.code != 0 {
					t.Fatalf("take: %s", r.stderr)
				}
			}
			r := leadcheck(t, db, "", "feedback", "start", "-o", filepath.Join(dir, "f.yaml"))
			if r.code != 0 || !strings.Contains(r.stdout, tt.want) {
				t.Errorf("exit %d, stdout %q\nwant it to hold %q", r.code, r.stdout, tt.want)
			}
		})
	}
}
