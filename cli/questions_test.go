package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQuestionsValidate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	r := leadcheck(t, db, "", "questions", "validate")
	for _, want := range []string{"questions.yaml (built in): valid", "24 statements, 8 reversed (33%)",
		"Trust and listening (trust): 3 statements, 1 reversed", "1 marked as the trap"} {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("validate lacks %q (exit %d):\n%s%s", want, r.code, r.stdout, r.stderr)
		}
	}
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	os.WriteFile(bad, []byte("id: Bad One\nversion: 1\n"), 0o600)
	r = leadcheck(t, db, "", "questions", "validate", bad)
	if r.code != 1 || !strings.Contains(r.stderr, bad+":1:5: id \"Bad One\" may only use lowercase letters") || !strings.Contains(r.stderr, "problems)") {
		t.Errorf("invalid file: %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("validate created a database")
	}
}

func TestQuestionsShow(t *testing.T) {
	r := leadcheck(t, filepath.Join(t.TempDir(), "h.db"), "", "questions", "show")
	if r.code != 0 || !strings.Contains(r.stdout, "RELATIONSHIP-BUILDING") || !strings.Contains(r.stdout, "trust-2       (R) In the last four weeks, I interrupted") {
		t.Errorf("show:\n%s", r.stdout)
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if len([]rune(line)) > 80 {
			t.Errorf("line over 80 columns: %q", line)
		}
	}
}

// TestQuestionsValidateOnePrompt: the summary counts in real plurals, a
// single facet with a reflection prompt too.
func TestQuestionsValidateOnePrompt(t *testing.T) {
	head, rest, _ := strings.Cut(string(defaultQuestions), "\nfacets:\n")
	facets, items, _ := strings.Cut(rest, "\nitems:")
	var kept []string
	prompts := 0
	for _, l := range strings.Split(facets, "\n") {
		if strings.HasPrefix(l, "    prompt:") {
			if prompts++; prompts > 1 {
				continue
			}
		}
		kept = append(kept, l)
	}
	file := filepath.Join(t.TempDir(), "one-prompt.yaml")
	os.WriteFile(file, []byte(head+"\nfacets:\n"+strings.Join(kept, "\n")+"\nitems:"+items), 0o600)
	r := leadcheck(t, filepath.Join(t.TempDir(), "h.db"), "", "questions", "validate", file)
	want := "  Guidance: practices for 8 of 8 facets, reflection prompts for 1 facet\n"
	if r.code != 0 || prompts != 8 || !strings.Contains(r.stdout, want) {
		t.Errorf("exit %d, %d prompts in the file, want %q in:\n%s%s", r.code, prompts, want, r.stdout, r.stderr)
	}
}

// A name with a line break is printed on one line, its break shown as
// ␊, as the title already is and as every other command prints names.
func TestQuestionsNamesStayOnTheirLine(t *testing.T) {
	qf := oddNames(t)
	db := filepath.Join(t.TempDir(), "history.db")
	tests := []struct {
		args  []string
		wants []string
	}{
		{[]string{"questions", "validate", qf}, []string{
			"\n  People | trust,␊# \"care\" (relationships): 12 statements in 4 facets,",
			"\n    Direction,␊- purpose (objectives): 3 statements, 1 reversed\n",
		}},
		{[]string{"--questions", qf, "questions", "show"}, []string{
			"\nPeople | trust,␊# \"care\": reference SD 15,",
			"\nPEOPLE | TRUST,␊# \"CARE\"\n",
			"\n  Direction,␊- purpose\n",
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args[:len(tt.args)-1], " "), func(t *testing.T) {
			r := leadcheck(t, db, "", tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range tt.wants {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("missing %q in:\n%s", w, r.stdout)
				}
			}
		})
	}
}
