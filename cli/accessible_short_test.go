package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// With every statement of a side answered "did not come up", there is
// nothing skipped to go back to: the choice offers only f and q, and an
// a or Enter is asked again rather than taken for an empty pass.
func TestTakeAccessibleShortWithNothingSkipped(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	var in strings.Builder
	for i := range 24 {
		if i%2 == 0 {
			in.WriteString("4\n")
		} else {
			in.WriteString("n\n")
		}
	}
	r := leadcheck(t, db, in.String()+"a\n\nf\n\n\n0\n", "take", "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %q\n%s", r.code, r.stderr, r.stdout)
	}
	prompt := "None is left skipped. Type f to finish with Results focus not scored, or q to stop and keep a draft: "
	for _, tc := range []struct {
		text string
		want int
	}{
		{prompt + "a\nPlease type f or q.\n", 1},
		{prompt + "\nPlease type f or q.\n", 1},
		{prompt + "f\n", 1},
		{"Here are the statements you skipped", 0},
		{"that side", 0},
	} {
		if got := strings.Count(r.stdout, tc.text); got != tc.want {
			t.Errorf("%q appears %d times, want %d:\n%s", tc.text, got, tc.want, r.stdout)
		}
	}
	if recs := records(t, db); len(recs) != 1 {
		t.Errorf("%d records, want 1", len(recs))
	}
}
