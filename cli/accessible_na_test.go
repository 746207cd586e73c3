package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// On a scale with "did not come up", the accessible check-in offers it
// and takes n, na and 0 for it.
func TestTakeAccessibleDidNotComeUp(t *testing.T) {
	dir := t.TempDir()
	questions := filepath.Join(dir, "na.yaml")
	if err := os.WriteFile(questions, defaultQuestions, 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "history.db")
	typed := "n\nNA\n0\n" + strings.Repeat("4\n", 21) + "Too many meetings.\n" + "A busy month\n" + "\n"
	r := leadcheck(t, db, typed, "--questions", questions, "take", "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	if !strings.Contains(r.stdout, "  n  Did not come up") || !strings.Contains(r.stdout, "n if it did not come up") {
		t.Errorf("the choice is not offered:\n%s", r.stdout)
	}
	recs := records(t, db)
	if len(recs) != 1 {
		t.Fatalf("%d check-ins saved", len(recs))
	}
	na := 0
	for _, x := range recs[0].Answers {
		if x == assessment.NotApplicable {
			na++
		}
	}
	if na != 3 || len(recs[0].Answers) != 24 {
		t.Errorf("answers = %v, want 24 with 3 that did not come up", recs[0].Answers)
	}
}
