package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// With one statement on a side, the message that it needs more answers
// counts in the singular too.
func TestTakeAnswersShortOfOneStatement(t *testing.T) {
	dir := t.TempDir()
	qf := filepath.Join(dir, "one.yaml")
	q := `id: one
version: 1
title: One statement a side
scale: {min: 1, max: 5, labels: [a, b, c, d, e]}
dimensions:
  - {id: relationships, name: People}
  - {id: results, name: Results}
facets:
  - {id: f1, dimension: relationships, name: Trust}
  - {id: f2, dimension: results, name: Delivery}
items:
  - {id: i1, facet: f1, text: "In {window}, I listened."}
  - {id: i2, facet: f2, text: "In {window}, I delivered."}
`
	if err := os.WriteFile(qf, []byte(q), 0o600); err != nil {
		t.Fatal(err)
	}
	r := leadcheck(t, filepath.Join(dir, "history.db"), "answers: {i2: 3}\n", "--questions", qf, "take", "--answers", "-")
	want := "leadcheck: <stdin>: too few answers to score: People needs 1 more answer (0 of its 1 statement answered; " +
		"at least 1 is needed); nothing was saved\n"
	if r.code != 1 || r.stderr != want {
		t.Errorf("exit %d, stderr:\n%q\nwant\n%q", r.code, r.stderr, want)
	}
}

// A review of a commitment that is not open says which are, in the
// singular when one is.
func TestTakeAnswersReviewOfOneOpenCommitment(t *testing.T) {
	db := withCommitment(t, "Let each person finish.", "Listen first")
	review := sheet(4, "review:\n  - {commitment: 2, progress: done}\n")
	r := leadcheck(t, db, review, "take", "--answers", "-")
	want := `review[1].commitment: "2" is not an open commitment; the check-in ` +
		records(t, db)[0].ID + " has commitment 1 open ('leadcheck --accessible' lists them);"
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant %q", r.code, r.stderr, want)
	}
}
