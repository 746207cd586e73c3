package cli

import (
	"os"
	"path/filepath"
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
