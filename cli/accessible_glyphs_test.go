package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// A whole accessible check-in, picks and review included, reads aloud
// without symbols: the headings say "Statement 3 of 24, Trust and
// listening", not a dot a screen reader reads out between them, and a
// margin is "give or take", never ±.
func TestTakeAccessibleSaysNoGlyphs(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	first := leadcheck(t, db, pipedAnswers("4", "1 3\n\nMy own words\n"), "take", "--accessible")
	second := leadcheck(t, db, "3\nDid it\n\n"+pipedAnswers("3", "0\n"), "take", "--accessible")
	for _, tc := range []struct {
		name string
		r    run
		want []string
	}{
		{"picks", first, []string{"Statement 1 of 24, Trust and listening\n", "Objective 2 of 2, "}},
		{"review", second, []string{"Commitment 1 of 2, Trust and listening: ", "Commitment 2 of 2, ",
			"Done: In the meetings you lead, let each person finish, then sum up what they said before you give your own view. Your note: Did it\n",
			"The margins (give or take) are 95% bands"}},
	} {
		if tc.r.code != 0 {
			t.Fatalf("%s: exit %d, stderr %s", tc.name, tc.r.code, tc.r.stderr)
		}
		for _, g := range []string{"·", "±", "✓", "→", "…"} {
			if n := strings.Count(tc.r.stdout, g); n != 0 {
				t.Errorf("%s: %q said %d times:\n%s", tc.name, g, n, tc.r.stdout)
			}
		}
		for _, w := range tc.want {
			if !strings.Contains(tc.r.stdout, w) {
				t.Errorf("%s: output lacks %q:\n%s", tc.name, w, tc.r.stdout)
			}
		}
	}
}
