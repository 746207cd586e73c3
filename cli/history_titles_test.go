package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The history's score columns are titled with the dimensions' ids, as
// the app's history and the trend table title them, and the scores sit
// right under their titles.
func TestHistoryTitlesAreTheDimensions(t *testing.T) {
	dir := t.TempDir()
	qf := filepath.Join(dir, "own.yaml")
	q := `id: own
version: 1
title: Own dimensions
scale: {min: 1, max: 5, labels: [a, b, c, d, e]}
dimensions:
  - {id: people, name: People}
  - {id: outcomes, name: Outcomes}
facets:
  - {id: f1, dimension: people, name: Trust}
  - {id: f2, dimension: outcomes, name: Delivery}
items:
  - {id: i1, facet: f1, text: "In {window}, I listened."}
  - {id: i2, facet: f2, text: "In {window}, I delivered."}
`
	if err := os.WriteFile(qf, []byte(q), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "history.db")
	// 4 and 3 on a 1-5 scale: 75 and 50.
	in := "answers: {i1: 4, i2: 3}\ntaken_at: 2026-11-01T09:00:00Z\n"
	if r := leadcheck(t, db, in, "--questions", qf, "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	r := leadcheck(t, db, "", "--questions", qf, "history")
	want := "ID                 DATE        PEOPLE  OUTCOMES  BALANCE       PROFILE  NOTE  WARNINGS\n" +
		"20261101-090000-1  1 Nov 2026      75        50  −25 ← people  –              \n"
	if r.code != 0 || r.stdout != want {
		t.Errorf("exit %d, got:\n%q\nwant:\n%q", r.code, r.stdout, want)
	}
}

// The history writes dates as the other tables do, with the time on the
// rows that share their day with the row beside them, in the zone each
// check-in was taken in (the first, at 00:30 UTC+02:00, is on 2 Nov).
func TestHistoryDates(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	for _, at := range []string{"2026-11-02T00:30:00+02:00", "2026-11-02T09:00:00Z", "2026-11-05T09:00:00Z", "2026-11-09T08:00:00Z", "2026-11-09T17:45:00Z"} {
		if r := leadcheck(t, db, sheet(3, "taken_at: "+at+"\n"), "take", "--answers", "-"); r.code != 0 {
			t.Fatalf("take: exit %d, %s", r.code, r.stderr)
		}
	}
	r := leadcheck(t, db, "", "history")
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
		got = append(got, strings.Join(strings.Fields(line)[1:5], " "))
	}
	want := []string{"9 Nov 2026 17:45", "9 Nov 2026 08:00", "5 Nov 2026 50", "2 Nov 2026 09:00", "2 Nov 2026 00:30"}
	if !slices.Equal(got, want) {
		t.Errorf("dates:\n got %q\nwant %q\n%s", got, want, r.stdout)
	}
}
