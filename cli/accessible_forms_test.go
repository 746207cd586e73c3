package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestDropLabelNumber(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1. 1  Not started", "1. Not started"},
		{"3.   3  Trust and listening", "3. Trust and listening"},
		{"2. ✓ 2  Growth", "2. ✓ Growth"},
		{"4. Skip: review it next time", "4. Skip: review it next time"},
		{"0.   Confirm selection", "0.   Confirm selection"},
		{"1. 2  Not the same number", "1. 2  Not the same number"},
		{"Enter a number between 1 and 4: ", "Enter a number between 1 and 4: "},
		{"", ""},
	} {
		if got := string(dropLabelNumber([]byte(tc.in))); got != tc.want {
			t.Errorf("dropLabelNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// committed makes a history whose check-in has two open commitments.
func committed(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, pipedAnswers("4", "1 2\n\n\n"), "take", "--accessible"); r.code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	return db
}

// The review asks with the app's form; a draft left in it resumes there,
// keeping what was answered and asking only the rest.
func TestTakeAccessibleReviewResumesWhereLeft(t *testing.T) {
	db := committed(t)
	if r := leadcheck(t, db, "3\nTwice\n", "take", "--accessible"); r.code != 1 {
		t.Fatalf("exit %d, stderr %s", r.code, r.stderr)
	}
	r := leadcheck(t, db, "r\n1\n\n"+pipedAnswers("3", "\n"), "take", "--accessible")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	for _, want := range []string{"Answered before: done, with the note: Twice.", "How did it go? \n1. Not started\n2. Some progress\n3. Done\n4. Skip: review it next time\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	if n := strings.Count(r.stdout, "How did it go?"); n != 1 {
		t.Errorf("asked %d times, want once for the one not answered", n)
	}
	rv := records(t, db)[1].Reviews
	if len(rv) != 2 || rv[0].Progress != assessment.Done || rv[0].Note != "Twice" || rv[1].Progress != assessment.NotStarted {
		t.Errorf("reviews = %+v", rv)
	}
}

// What to do with a draft is the app's resume form and, before a discard,
// its question.
func TestTakeAccessibleDraftChoices(t *testing.T) {
	for _, tc := range []struct {
		name, in      string
		code, answers int
		stdout        string
		stderr        string
		draftLeft     int
	}{
		{"discard", "d\ny\n" + pipedAnswers("3", "\n"), 0, 24, "Discarded; starting a new check-in.", "", 0},
		{"discard by number", "2\ny\n" + pipedAnswers("3", "\n"), 0, 24, "Its 2 answers will be deleted. [y/N]", "", 0},
		{"not discarded after all", "d\n\nr\n" + lines("3", 22) + "\n\n\n", 0, 24, "Statement 3 of 24", "", 0},
		{"not now", "3\n", 1, 0, "3. Not now", "is kept; nothing was changed", 1},
		{"input ends", "", 1, 0, "1. Resume where you left off", "the unfinished check-in is still kept as a draft", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			if r := leadcheck(t, db, "4\n5\n", "take", "--accessible"); r.code != 1 {
				t.Fatalf("leaving a draft: exit %d", r.code)
			}
			r := leadcheck(t, db, tc.in, "take", "--accessible")
			if r.code != tc.code || !strings.Contains(r.stdout, tc.stdout) || !strings.Contains(r.stderr, tc.stderr) {
				t.Fatalf("exit %d, stderr %q\n%s", r.code, r.stderr, r.stdout)
			}
			if recs := records(t, db); tc.answers > 0 && (len(recs) != 1 || len(recs[0].Answers) != tc.answers) {
				t.Errorf("records = %+v", recs)
			}
			if got := draftFiles(t, db); got != tc.draftLeft {
				t.Errorf("%d drafts left, want %d", got, tc.draftLeft)
			}
		})
	}
}

// Picks that do not fit are asked again; the end of input while the
// objectives are written keeps those already written.
func TestTakeAccessibleFocusPicks(t *testing.T) {
	for _, tc := range []struct {
		name, tail  string
		commitments int
		say         string
	}{
		{"picks asked again", "9\n1 2 3 4\n2\nMy own words\n", 1, "Please type up to 3 numbers from 1 to 3 on one line"},
		{"input ends at the picks", "", 0, "Input ended before anything was picked; the check-in is saved without commitments."},
		{"input ends at an objective", "1 2\nMy own words\n", 1, "Input ended before the objective for Developing people was written, so it is left out."},
		{"nothing picked", "0\n", 0, "Nothing picked; the check-in is saved without commitments."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			r := leadcheck(t, db, pipedAnswers("4", tc.tail), "take", "--accessible")
			if r.code != 0 || !strings.Contains(r.stdout, tc.say) {
				t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
			}
			recs := records(t, db)
			if len(recs) != 1 || len(recs[0].Commitments) != tc.commitments {
				t.Fatalf("records = %+v", recs)
			}
			if tc.commitments == 1 && recs[0].Commitments[0].Objective != "My own words" {
				t.Errorf("commitment = %+v", recs[0].Commitments[0])
			}
		})
	}
}

// A database that cannot be written still takes an accessible check-in,
// into a recovery file, as the app does.
func TestTakeAccessibleUnwritableKeepsRecoveryFile(t *testing.T) {
	db, _ := unwritableDB(t, false)
	state := t.TempDir()
	r := runIn(t, db, state, false, pipedAnswers("4", ""), "take", "--accessible")
	if r.code != 1 || !strings.Contains(r.stdout, "The check-in still works") || !strings.Contains(r.stderr, "leadcheck import ") {
		t.Fatalf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
	files, _ := filepath.Glob(filepath.Join(state, "leadcheck", "leadcheck-recovery-*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files %v", files)
	}
	if drafts, _ := filepath.Glob(filepath.Join(state, "leadcheck", "drafts", "*.json")); len(drafts) != 0 {
		t.Error("a draft is left though the check-in is in the recovery file")
	}
}

// The accessible dashboard reads only, and says a draft is kept, as the
// app's home screen does.
func TestAccessibleHomeMentionsADraft(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, "4\n5\n", "take", "--accessible"); r.code != 1 {
		t.Fatalf("leaving a draft: exit %d", r.code)
	}
	r := leadcheckEnv(t, db, map[string]string{"ACCESSIBLE": "1"}, "")
	if r.code != 0 || !strings.Contains(r.stdout, "(2 of 24 answered) is kept; 'leadcheck take' offers to resume it.") {
		t.Errorf("exit %d, stderr %s\n%s", r.code, r.stderr, r.stdout)
	}
}

// An answer line has a limit, in a statement and in a form alike; what
// was answered before it is kept as a draft.
func TestTakeAccessibleRefusesOverlongLines(t *testing.T) {
	long := strings.Repeat("4", 70_000) + "\n"
	const tooLong = "a line of standard input is longer than 64 KiB, more than any answer takes (check what is piped in); "
	for _, tc := range []struct{ name, in, stderr string }{
		{"statement", long, tooLong + "nothing was saved"},
		{"reflection", lines("4", 24) + long, tooLong + "nothing was saved to the history, but your 24 answers are kept as a draft"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := leadcheck(t, filepath.Join(t.TempDir(), "history.db"), tc.in, "take", "--accessible")
			if r.code != 1 || !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("exit %d, stderr %q", r.code, r.stderr)
			}
		})
	}
}
