package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// Input that ends while the objectives are written keeps those already
// ended with Enter, and says how to pick later when none was.
func TestTakeAccessibleInputEndsInObjectives(t *testing.T) {
	for _, tc := range []struct {
		name, tail string
		said       string
		objectives []string
	}{
		{"one written", "1 3\nFirst own words\n",
			"Input ended before the objective for Direction and purpose was written, so it is left out.\nSaved 1 commitment.",
			[]string{"First own words"}},
		{"none written", "1 3\n",
			"the check-in is saved without commitments. To pick what to work on for it later, open leadcheck and press f on the home screen.",
			nil},
		{"none picked", "",
			"Input ended before anything was picked; the check-in is saved without commitments. To pick what to work on for it later",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			r := leadcheck(t, db, pipedAnswers("4", tc.tail), "take", "--accessible")
			if r.code != 0 || !strings.Contains(r.stdout, tc.said) {
				t.Fatalf("exit %d, want %q in:\n%s%s", r.code, tc.said, r.stdout, r.stderr)
			}
			recs := records(t, db)
			var got []string
			for _, c := range recs[0].Commitments {
				got = append(got, c.Objective)
			}
			if strings.Join(got, "|") != strings.Join(tc.objectives, "|") {
				t.Errorf("objectives %q, want %q", got, tc.objectives)
			}
		})
	}
}
