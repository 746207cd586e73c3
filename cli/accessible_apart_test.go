package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// The accessible comparison counts the days between two check-ins as
// the compare screen and 'compare' do, in calendar days: 22:00 and 09:00
// the next morning are a day apart, and the later named first is earlier.
func TestAccessibleCompareCountsDaysAsTheScreen(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	for _, at := range []string{"2026-11-20T22:00:00Z", "2026-11-21T09:00:00Z"} {
		if r := leadcheck(t, db, sheet(4, "taken_at: "+at+"\n"), "take", "--answers", "-"); r.code != 0 {
			t.Fatalf("take: exit %d, %s", r.code, r.stderr)
		}
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"compare"}, "1 day apart\n"},
		{[]string{"--accessible", "compare"}, ", 1 day apart.\n"},
		{[]string{"compare", "20261121", "20261120"}, "1 day earlier\n"},
		{[]string{"--accessible", "compare", "20261121", "20261120"}, ", 1 day earlier.\n"},
		{[]string{"--accessible", "compare", "20261121", "20261121"}, ", on the same day.\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if first, _, _ := strings.Cut(r.stdout, "\n"); !strings.HasSuffix(first+"\n", tt.want) {
				t.Errorf("first line %q, want it to end %q", first, tt.want)
			}
		})
	}
}
