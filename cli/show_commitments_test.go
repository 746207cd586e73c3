package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
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

// The accessible show says what the result screen lists under the
// scores: how the last commitments went and what was committed to.
func TestAccessibleShowSaysTheCommitments(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	// Clock at 29 Nov: the first check-in is back-dated, so the second,
	// taken now, is the latest.
	first := pipedAnswers("4", "1\nOne hard conversation a week\n")
	if r := leadcheck(t, db, first, "take", "--accessible", "--date", "2026-11-01"); r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	made := records(t, db)[0]
	if len(made.Commitments) != 1 {
		t.Fatalf("commitments = %+v", made.Commitments)
	}
	review := sheet(4, "review:\n  - {commitment: 1, progress: done, note: Twice in fact}\n")
	if r := leadcheck(t, db, review, "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take --answers: exit %d, %s", r.code, r.stderr)
	}
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	facet := assessment.FacetName(q, made.Commitments[0].Facet)
	tests := []struct {
		ref  string
		want string
	}{
		{made.ID, "\nYour note: A busy month\nYou committed to:\n1. " + facet + ": One hard conversation a week\n"},
		{"latest", "\nHow your last commitment went:\nDone: One hard conversation a week. Your note: Twice in fact\n"},
	}
	for _, tt := range tests {
		r := leadcheck(t, db, "", "--accessible", "show", tt.ref)
		if r.code != 0 || !strings.Contains(r.stdout, tt.want) {
			t.Errorf("show %s: exit %d, want %q in:\n%s%s", tt.ref, r.code, tt.want, r.stdout, r.stderr)
		}
	}
}
