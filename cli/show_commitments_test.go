package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// show says a commitment kept as suggested once, and one in the leader's
// own words with the practice it came from.
func TestShowSaysAKeptSuggestionOnce(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	r := leadcheck(t, db, pipedAnswers("4", "1 3\nOne hard conversation a week\n\n"), "take", "--accessible")
	if r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	cs := records(t, db)[0].Commitments
	if len(cs) != 2 || cs[1].Objective != cs[1].Practice {
		t.Fatalf("commitments = %+v", cs)
	}
	r = leadcheck(t, db, "", "show", "latest")
	if r.code != 0 {
		t.Fatalf("show: exit %d, %s", r.code, r.stderr)
	}
	flat := strings.Join(strings.Fields(r.stdout), " ")
	for _, c := range []struct {
		text string
		n    int
	}{
		{cs[0].Objective, 1},
		{cs[0].Practice, 1}, // where the own words came from
		{cs[1].Practice, 1}, // kept as suggested: said once
	} {
		if got := strings.Count(flat, c.text); got != c.n {
			t.Errorf("%q shown %d times, want %d:\n%s", c.text, got, c.n, r.stdout)
		}
	}
}
