package cli

import (
	"strings"
	"testing"
)

// A straight-lined check-in (24 answers of 4 in a row) is marked wherever
// it appears: history, the CSV, the report and compare; the CSV, for
// scripts, by its codes, the others in the same words.
func TestFlaggedCheckInIsMarked(t *testing.T) {
	db := yearDB(t)
	if r := leadcheck(t, db, sheet(4, "taken_at: 2026-11-28T09:00:00Z\n"), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: %s", r.stderr)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"history"}, "! same answer in a row, agreeing with opposites\n"},
		{[]string{"export", "--format", "csv"}, ",straight-lining"},
		{[]string{"export", "--format", "md"}, "| flagged: same answer in a row, agreeing with opposites |"},
		{[]string{"compare"}, "Data quality: the later one (same answer in a row"},
		{[]string{"--accessible", "compare"},
			"\nData quality: the later one (same answer in a row, agreeing with opposites) was flagged, so read these changes with care.\n"},
		{[]string{"trend", "--json"}, `"left_out": [`},
	} {
		r := leadcheck(t, db, "", c.args...)
		if r.code != 0 || !strings.Contains(r.stdout, c.want) {
			t.Errorf("%s: exit %d, lacks %q:\n%s%s", strings.Join(c.args, " "), r.code, c.want, r.stdout, r.stderr)
		}
	}
}
