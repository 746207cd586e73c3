package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// TestFlowsKeysInOneWrite types two answers in ONE write to the terminal,
// as a paste or a slow link delivers them, and finds both recorded.
func TestFlowsKeysInOneWrite(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "history.db")
	q := flowsQuestionnaire(t)
	s := startScreen(t, bin, 80, 24, []string{"TERM=xterm-256color", "LEADCHECK_DB=" + db,
		"LEADCHECK_CONFIG=" + filepath.Join(filepath.Dir(db), "settings.yaml"), "NO_COLOR="}, "take")
	s.waitFor("Statement 1 of 24")
	s.send("45") // one write, two answers
	s.waitFor("Statement 3 of 24")
	for i := 2; i < len(q.Items); i++ {
		s.waitFor(assessment.FillWindow(q.Items[i].Text, assessment.DefaultCadence)[:40])
		s.send("3")
	}
	s.waitFor("Looking back")
	s.send("\r")
	s.waitFor("Anything to remember")
	s.send("\r")
	s.waitFor("Relationship-building")
	s.send("q")
	s.waitExit()

	out, err := exec.Command(bin, "--db", db, "show", "--json").Output()
	if err != nil {
		t.Fatalf("show --json: %v", err)
	}
	var rec assessment.CheckIn
	if err := json.Unmarshal(out, &rec); err != nil {
		t.Fatalf("show --json: %v\n%s", err, out)
	}
	if a := rec.Answers; len(a) != 24 || a[q.Items[0].ID] != 4 || a[q.Items[1].ID] != 5 {
		t.Errorf("answers = %v, want %s: 4 and %s: 5 among 24", a, q.Items[0].ID, q.Items[1].ID)
	}
}

func flowsQuestionnaire(t *testing.T) *assessment.Questionnaire {
	t.Helper()
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// flowsSeed makes a database with one check-in; committed gives it two
// commitments, still open.
func flowsSeed(t *testing.T, dir string, committed bool) string {
	t.Helper()
	q := flowsQuestionnaire(t)
	db := filepath.Join(dir, "history.db")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 3
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), time.Now().Add(-48*time.Hour), "")
	if err := s.Save(&rec, q); err != nil {
		t.Fatal(err)
	}
	if committed {
		cs := []assessment.Commitment{
			{Facet: "trust", Practice: "Listen first", Objective: "Listen first in every one-to-one"},
			{Facet: "objectives", Practice: "Write the goals", Objective: "Write the quarter's goals"},
		}
		if err := s.SetCommitments(rec.ID, cs); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// flowsAnswers is an answers file with every statement answered 4, and
// the review: part given.
func flowsAnswers(t *testing.T, review string) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("answers:\n")
	for _, it := range flowsQuestionnaire(t).Items {
		b.WriteString("  " + it.ID + ": 4\n")
	}
	b.WriteString(review)
	return b.String()
}

// flowsRun runs the binary in dir with a private state directory and
// the given input; it returns the exit status and everything printed.
func flowsRun(t *testing.T, dir, stdin string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(buildBinary(t), args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "LEADCHECK_DB="+filepath.Join(dir, "history.db"),
		"LEADCHECK_CONFIG="+filepath.Join(dir, "settings.yaml"), "XDG_STATE_HOME="+filepath.Join(dir, "state"),
		"ACCESSIBLE=", "TERM=dumb", "NO_COLOR=1")
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), string(out)
	} else if err != nil {
		t.Fatal(err)
	}
	return 0, string(out)
}

func TestFlowsHostileInput(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name      string
		committed bool
		review    string // the review: part of the answers file; "" for none
		stdin     string // input instead of an answers file (accessible take)
		code      int
		wants     []string
	}{
		{name: "unknown commitment number", committed: true, review: "review:\n  - {commitment: 7, progress: done}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].commitment: \"7\" is not an open commitment", "commitments 1 to 2", "give a number or the objective"}},
		{name: "unknown commitment objective", committed: true, review: "review:\n  - commitment: Run faster\n    progress: done\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].commitment: \"Run faster\" is not an open commitment"}},
		{name: "second entry wrong", committed: true, review: "review:\n  - {commitment: 1, progress: done}\n  - {commitment: 3, progress: done}\n", code: 1,
			wants: []string{"answers.yaml:28:", "review[2].commitment"}},
		{name: "progress not a word of the review", committed: true, review: "review:\n  - {commitment: 1, progress: finished}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].progress: \"finished\" is not a progress; use not-started, some-progress or done"}},
		{name: "progress missing", committed: true, review: "review:\n  - {commitment: 1}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].progress is missing; give not-started, some-progress or done"}},
		{name: "commitment missing", committed: true, review: "review:\n  - {progress: done}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].commitment is missing"}},
		{name: "reviewed twice", committed: true, review: "review:\n  - {commitment: 1, progress: done}\n  - {commitment: 1, progress: not-started}\n", code: 1,
			wants: []string{"answers.yaml:28:", "review[2].commitment: commitment 1 is reviewed twice; keep one entry"}},
		{name: "unknown key in an entry", committed: true, review: "review:\n  - {commitment: 1, progress: done, mood: good}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1]: unknown key \"mood\"; a review entry has commitment, progress and note"}},
		{name: "review not a list", committed: true, review: "review: done\n", code: 1,
			wants: []string{"answers.yaml:26:9:", "review must be a list of entries"}},
		{name: "entry not a mapping", committed: true, review: "review:\n  - done\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1] must be a mapping"}},
		{name: "note not text", committed: true, review: "review:\n  - {commitment: 1, progress: done, note: [a]}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].note must be text"}},
		{name: "nothing open to review", review: "review:\n  - {commitment: 1, progress: done}\n", code: 1,
			wants: []string{"answers.yaml:27:", "review[1].commitment: there are no open commitments to review; remove the review: entries"}},
		{name: "accessible input ends at once", committed: true, stdin: "", code: 1,
			wants: []string{"input ended before the check-in was finished; nothing was saved"}},
		{name: "accessible input ends in the review", committed: true, stdin: "3\n\n", code: 1,
			wants: []string{"input ended before the check-in was finished", "kept as a draft: run 'leadcheck take' again to resume it"}},
		{name: "accessible input ends in the statements", committed: true, stdin: "\n\n4\n4\n4\n", code: 1,
			wants: []string{"your 3 answers are kept as a draft: run 'leadcheck take' again to resume it"}},
		{name: "accessible stop at a short side", stdin: strings.Repeat("\n", 48) + "q\n", code: 1,
			wants: []string{"Relationship-building needs 9 more answers before it can be scored",
				"the check-in was stopped before it was finished; nothing was saved to the history"}},
		{name: "accessible nonsense at the short-side question", stdin: strings.Repeat("\n", 48) + "zz\n", code: 1,
			wants: []string{"Please type a, f or q.", "input ended before the check-in was finished"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			db := flowsSeed(t, dir, tc.committed)
			before, err := os.ReadFile(db)
			if err != nil {
				t.Fatal(err)
			}
			var code int
			var out string
			if tc.stdin != "" || tc.review == "" {
				code, out = flowsRun(t, dir, tc.stdin, "take", "--accessible")
			} else {
				if err := os.WriteFile(filepath.Join(dir, "answers.yaml"), []byte(flowsAnswers(t, tc.review)), 0o600); err != nil {
					t.Fatal(err)
				}
				code, out = flowsRun(t, dir, "", "take", "--answers", "answers.yaml")
			}
			if code != tc.code {
				t.Errorf("exit %d, want %d\n%s", code, tc.code, out)
			}
			for _, w := range tc.wants {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if after, err := os.ReadFile(db); err != nil || !bytes.Equal(before, after) {
				t.Errorf("the database changed (%v)", err)
			}
		})
	}
}

// TestFlowsReviewEntriesAndOpenCommitments: a file check-in without
// review: leaves the commitments open; the next one reviews them, by
// number and by objective, and they are closed after.
func TestFlowsReviewEntriesAndOpenCommitments(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	flowsSeed(t, dir, true)
	write := func(review string) {
		if err := os.WriteFile(filepath.Join(dir, "answers.yaml"), []byte(flowsAnswers(t, review)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("")
	if code, out := flowsRun(t, dir, "", "take", "--answers", "answers.yaml"); code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	write("review:\n  - {commitment: 2, progress: some-progress, note: halfway}\n" +
		"  - {commitment: Listen first in every one-to-one, progress: done}\n")
	code, out := flowsRun(t, dir, "", "take", "--answers", "answers.yaml", "--json")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	var rec assessment.CheckIn
	if err := json.Unmarshal([]byte(out), &rec); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if len(rec.Reviews) != 2 || rec.Reviews[0].Progress != assessment.SomeProgress || rec.Reviews[0].Note != "halfway" ||
		rec.Reviews[0].Commitment.Objective != "Write the quarter's goals" || rec.Reviews[1].Progress != assessment.Done {
		t.Errorf("reviews = %+v", rec.Reviews)
	}
	write("review:\n  - {commitment: 1, progress: done}\n")
	if code, out := flowsRun(t, dir, "", "take", "--answers", "answers.yaml"); code != 1 ||
		!strings.Contains(out, "there are no open commitments to review") {
		t.Errorf("reviewed commitments are still open: exit %d\n%s", code, out)
	}
}
