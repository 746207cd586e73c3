package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestEndToEndFeedbackRound runs a whole round as a leader and three
// team members would: the leader starts it, one member fills in the form
// on the statements screen in a terminal, two in a text editor, the
// leader adds the folder and reads the report as JSON and in the app.
func TestEndToEndFeedbackRound(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	env := dataEnv(db)
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	answers := filepath.Join(dir, "answers.yaml")
	var sheet strings.Builder
	sheet.WriteString("answers:\n")
	for _, it := range q.Items {
		fmt.Fprintf(&sheet, "  %s: 3\n", it.ID)
	}
	writeE2EFile(t, answers, sheet.String())
	if code, _, stderr := runBin(t, bin, env, "take", "--answers", answers); code != 0 {
		t.Fatalf("take: %s", stderr)
	}
	form := filepath.Join(dir, "form.yaml")
	if code, out, stderr := runBin(t, bin, env, "feedback", "start", "-o", form); code != 0 || !strings.Contains(out, "Started feedback round") {
		t.Fatalf("feedback start: exit %d\n%s%s", code, out, stderr)
	}
	inbox := filepath.Join(dir, "inbox")
	if err := os.Mkdir(inbox, 0o700); err != nil {
		t.Fatal(err)
	}

	// One member answers on the statements screen, in their words.
	s := startScreen(t, bin, 80, 24, []string{"TERM=xterm-256color", "NO_COLOR=", "LEADCHECK_DB=" + filepath.Join(dir, "member", "none.db")},
		"feedback", "answer", form, "-o", filepath.Join(inbox, "a.yaml"))
	s.waitFor("How do you work with the person who asked?")
	s.send("\r")
	for i := range q.Items {
		s.waitFor(fmt.Sprintf("Statement %d of %d", i+1, len(q.Items)))
		s.send("5")
	}
	s.waitFor("Anything else you want them to know?")
	s.send("Clear goals every week.")
	s.send("\r")
	s.waitExit()
	if strings.Contains(s.text(), "In the last four weeks, I ") {
		t.Errorf("the member saw the leader's wording:\n%s", s.text())
	}

	// Two more fill in the file in a text editor.
	blank := readE2EFile(t, form)
	writeE2EFile(t, filepath.Join(inbox, "b.yaml"), fillByHand(blank, "peer", "4"))
	writeE2EFile(t, filepath.Join(inbox, "c.yaml"), fillByHand(blank, "direct-report", "2"))

	code, out, stderr := runBin(t, bin, env, "feedback", "add", inbox)
	if code != 0 || !strings.Contains(out, "3 responses added") {
		t.Fatalf("feedback add: exit %d\n%s%s", code, out, stderr)
	}
	code, out, _ = runBin(t, bin, env, "feedback", "report", "--json")
	var rep struct {
		Responses int
		Others    map[string]assessment.OthersScore
		Gaps      map[string]assessment.Gap
	}
	if err := json.Unmarshal([]byte(out), &rep); code != 0 || err != nil || rep.Responses != 3 || rep.Others["relationships"].N != 3 || len(rep.Gaps) != 2 {
		t.Fatalf("feedback report --json: exit %d, %v\n%s", code, err, out)
	}

	app := startScreen(t, bin, 80, 24, []string{"TERM=xterm-256color", "NO_COLOR=", "LEADCHECK_DB=" + db,
		"LEADCHECK_CONFIG=" + filepath.Join(dir, "settings.yaml")})
	app.waitFor("check-in")
	app.send("e")
	app.waitFor("Feedback from your team")
	app.waitFor("3 responses")
	app.waitFor("Agreement")
	app.send("q")
	app.waitFor("check-in")
	app.send("q")
	app.waitExit()
}

// fillByHand answers every statement of a blank form with x and picks
// the role, as a person would in a text editor.
func fillByHand(form, role, x string) string {
	form = regexp.MustCompile(`(?m)^role:.*$`).ReplaceAllString(form, "role: "+role)
	return regexp.MustCompile(`(?m)^(  [a-z0-9-]+):[ \t]*$`).ReplaceAllString(form, "${1}: "+x)
}

func writeE2EFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

func readE2EFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
