package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestReadmePipedExamples feeds the accessible check-in what the README's
// two piped examples write: without commitments waiting, and with two
// waiting, the first done and the second left for next time. Each must
// save a whole check-in with the reflection and the note where they belong.
func TestReadmePipedExamples(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	answers := strings.Repeat("4\n", 24) + "Too many meetings.\nA busy month\n0\n"
	steps := []struct {
		name    string
		in      string
		reviews []assessment.Review
	}{
		{"no commitments waiting", answers, nil},
		// Not a README example: it leaves two commitments to review.
		{"two commitments picked", strings.Repeat("4\n", 24) + "r\nn\n1 2\n\n\n", nil},
		{"two commitments waiting", "3\nDid it twice\n\n" + answers, []assessment.Review{{Progress: assessment.Done, Note: "Did it twice"}}},
	}
	for i, st := range steps {
		r := leadcheck(t, db, st.in, "take", "--accessible")
		if r.code != 0 || strings.Contains(r.stdout, "Please type a number") {
			t.Fatalf("%s: exit %d, stderr %s\n%s", st.name, r.code, r.stderr, r.stdout)
		}
		if i == 0 {
			readmeQuotes(t, r.stdout)
		}
		recs := records(t, db)
		if len(recs) != i+1 {
			t.Fatalf("%s: %d records, want %d", st.name, len(recs), i+1)
		}
		rec := recs[i]
		if len(rec.Answers) != 24 || i != 1 && (rec.Reflection != "Too many meetings." || rec.Note != "A busy month") {
			t.Errorf("%s: %d answers, reflection %q, note %q", st.name, len(rec.Answers), rec.Reflection, rec.Note)
		}
		if len(rec.Reviews) != len(st.reviews) {
			t.Fatalf("%s: reviews %+v, want %+v", st.name, rec.Reviews, st.reviews)
		}
		for j, want := range st.reviews {
			if got := rec.Reviews[j]; got.Progress != want.Progress || got.Note != want.Note {
				t.Errorf("%s: review %d = %+v, want %+v", st.name, j, got, want)
			}
		}
	}
}

// TestReviewLeftForNextTime: after the README's second example, the
// commitment left for next time is what the dashboard lists and what
// the next check-in reviews, alone; once reviewed, none is left.
func TestReviewLeftForNextTime(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	answers := strings.Repeat("4\n", 24) + "Too many meetings.\nA busy month\n0\n"
	for _, in := range []string{strings.Repeat("4\n", 24) + "r\nn\n1 2\n\n\n", "3\nDid it twice\n\n" + answers} {
		if r := leadcheck(t, db, in, "take", "--accessible"); r.code != 0 {
			t.Fatalf("take: exit %d, stderr %s", r.code, r.stderr)
		}
	}
	made := records(t, db)[0].Commitments
	on := map[string]string{"ACCESSIBLE": "1"}
	r := leadcheckEnv(t, db, on, "")
	if !strings.Contains(r.stdout, "Your commitments, to review at your next check-in:\n1. ") ||
		!strings.Contains(r.stdout, made[1].Objective) || strings.Contains(r.stdout, made[0].Objective) {
		t.Errorf("dashboard should list the second commitment alone:\n%s", r.stdout)
	}
	r = leadcheck(t, db, "2\nHalfway\n"+answers, "take", "--accessible")
	if r.code != 0 || !strings.Contains(r.stdout, "Commitment 1 of 1, ") {
		t.Fatalf("take: exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	want := assessment.Review{CheckIn: records(t, db)[0].ID, Commitment: made[1], Progress: assessment.SomeProgress, Note: "Halfway"}
	if got := records(t, db)[2].Reviews; len(got) != 1 || got[0] != want {
		t.Errorf("reviews = %+v, want [%+v]", got, want)
	}
	if r := leadcheckEnv(t, db, on, ""); strings.Contains(r.stdout, "Working on") {
		t.Errorf("a commitment is still listed after both were reviewed:\n%s", r.stdout)
	}
}

// readmeStatement is how the README's Accessibility section quotes a
// statement's heading.
var readmeStatement = regexp.MustCompile(`\("(Statement \d+ of \d+, [^"]+)"\)`)

// readmeQuotes checks that the statement heading the README quotes is one
// the accessible check-in printed.
func readmeQuotes(t *testing.T, printed string) {
	t.Helper()
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := readmeStatement.FindSubmatch(readme)
	if m == nil {
		t.Fatal("the README quotes no statement heading of the accessible check-in")
	}
	if !strings.Contains(printed, "\n"+string(m[1])+"\n") {
		t.Errorf("the README quotes %q, which the accessible check-in never printed", m[1])
	}
}
