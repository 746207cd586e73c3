package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestEndToEndPracticeLoop walks the loop as a person would: a check-in,
// one commitment picked and written, a second check-in that starts by
// reviewing it as done, and the dashboard showing how it went.
func TestEndToEndPracticeLoop(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	s := startScreen(t, bin, 80, 24, []string{"TERM=xterm-256color", "LEADCHECK_DB=" + db,
		"LEADCHECK_CONFIG=" + filepath.Join(dir, "settings.yaml")})
	s.waitFor("Press enter to")
	s.send("\r")
	s.answerAll(q, func(it assessment.Item) string { return map[bool]string{false: "4", true: "2"}[it.Reverse] })
	s.waitFor("Looking back")
	s.send("\r") // no reflection
	s.waitFor("Anything to remember")
	s.send("\r") // no note
	s.waitFor("pick what to work on")
	s.send("\r")
	s.waitFor("Pick one to three")
	s.send("1")
	s.waitFor("1 of 3 picked")
	s.send("\r")
	s.waitFor("in your own words")
	s.send("ask for one question in every one-to-one\r")
	s.waitFor("Saved 1 commitment")
	s.send("\r")
	s.waitFor("Your commitments")
	s.waitFor("ask for one question in every one-to-one")

	s.send("t")
	s.waitFor("Commitment 1 of 1")
	s.send("3")
	s.waitFor("Anything to add?")
	s.send("did it every week\r")
	s.answerAll(q, func(it assessment.Item) string { return map[bool]string{false: "5", true: "1"}[it.Reverse] })
	s.waitFor("Looking back")
	s.send("\r")
	s.waitFor("Anything to remember")
	s.send("\r")
	s.waitFor("pick what to work on")
	s.send("q") // no new commitments this time
	s.waitFor("1 done")
	s.send("q")
	s.waitExit()

	out, err := exec.Command(bin, "--db", db, "history", "--json").Output()
	if err != nil {
		t.Fatalf("history --json: %v", err)
	}
	var recs []assessment.CheckIn
	if err := json.Unmarshal(out, &recs); err != nil || len(recs) != 2 {
		t.Fatalf("history --json: %v, %d records\n%s", err, len(recs), out)
	}
	first, second := recs[0], recs[1]
	if len(first.Commitments) != 1 || first.Commitments[0].Objective != "By the next check-in I will ask for one question in every one-to-one" {
		t.Errorf("first check-in's commitments = %+v", first.Commitments)
	}
	if len(second.Reviews) != 1 || second.Reviews[0].Progress != assessment.Done || second.Reviews[0].Note != "did it every week" ||
		second.Reviews[0].CheckIn != first.ID || !second.MetCommitment() {
		t.Errorf("second check-in's reviews = %+v", second.Reviews)
	}
}
