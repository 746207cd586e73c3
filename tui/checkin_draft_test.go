package tui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

// draftOptions starts a check-in from the command line that keeps its
// draft and recovery files in a temporary state directory.
func draftOptions(t *testing.T, s *store.Store) (appOptions, string) {
	t.Helper()
	state := t.TempDir()
	return appOptions{Questionnaire: testQuestionnaire(t), Store: s, Start: ScreenTake, Now: newClock().now,
		DraftPath: filepath.Join(state, "drafts", "d.json"), RecoveryDir: state, Version: "test"}, state
}

func loadDraft(t *testing.T, path string) (assessment.Draft, bool) {
	t.Helper()
	d, ok, err := store.LoadDraft(path)
	if err != nil {
		t.Fatal(err)
	}
	return d, ok
}

func TestDraftKeptOnLeaveAndResumed(t *testing.T) {
	s := openStore(t)
	opts, _ := draftOptions(t, s)
	d := newDriver(t, opts, 80, 24)
	if _, ok := loadDraft(t, opts.DraftPath); ok {
		t.Fatal("a draft was written before anything was answered")
	}
	d.press("4", "5", "s")
	dr, ok := loadDraft(t, opts.DraftPath)
	if !ok || len(dr.Answers) != 2 || len(dr.Skipped) != 1 || dr.Position != 3 || dr.Items != 8 {
		t.Fatalf("draft after two answers and a skip = %+v, %v", dr, ok)
	}
	info, err := os.Stat(opts.DraftPath)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("draft file mode = %v, %v; want 0600", info.Mode(), err)
	}
	d.press("ctrl+c")
	mustContain(t, d.view(), "Your 2 answers are kept as a draft; the next check-in offers to resume it.")
	d.press("y")
	if !d.quit {
		t.Fatal("leaving should quit")
	}

	// The next check-in offers the draft, and resumes it at the first
	// statement not dealt with: the fourth.
	d = newDriver(t, opts, 80, 24)
	mustContain(t, d.view(), "You have an unfinished check-in from Sat 29 Nov, ", "(2 of 8 answered)",
		"r resume", "d discard", "q back")
	d.press("r")
	mustContain(t, d.view(), "Statement 4 of 8", "1 skipped")
	d.press("b", "b", "b")
	mustContain(t, d.view(), "Statement 1 of 8", "● 4  Agree") // the earlier answer is back
	d.press("4", "5", "2", "3", "4", "2", "2", "1")
	mustContain(t, d.view(), "Anything to remember")
	d.typeText("resumed")
	if dr, _ := loadDraft(t, opts.DraftPath); dr.Note != "resumed" {
		t.Errorf("the note typed is not in the draft: %q", dr.Note)
	}
	d.press("enter")
	mustContain(t, d.view(), "✓ saved")
	if _, ok := loadDraft(t, opts.DraftPath); ok {
		t.Error("the draft is still there after the check-in was saved")
	}
	recs, err := s.List()
	if err != nil || len(recs) != 1 || len(recs[0].Answers) != 8 || recs[0].Note != "resumed" {
		t.Fatalf("history = %+v, %v", recs, err)
	}
}

func TestDraftDiscardAsksFirst(t *testing.T) {
	opts, _ := draftOptions(t, openStore(t))
	d := newDriver(t, opts, 80, 24)
	d.press("4", "4", "4", "esc", "y")
	d = newDriver(t, opts, 80, 24)
	d.press("d")
	mustContain(t, d.view(), "Discard the unfinished check-in? Its 3 answers will be deleted.", "› Keep it")
	d.press("n")
	mustContain(t, d.view(), "(3 of 8 answered)")
	mustNotContain(t, d.view(), "Discard the unfinished")
	d.press("d", "y")
	mustContain(t, d.view(), "Statement 1 of 8")
	mustNotContain(t, d.view(), "skipped")
	if _, ok := loadDraft(t, opts.DraftPath); ok {
		t.Error("the draft is still there after discarding it")
	}
}

func TestDraftBackLeaves(t *testing.T) {
	opts, _ := draftOptions(t, openStore(t))
	d := newDriver(t, opts, 80, 24)
	d.press("4", "esc", "y")
	opts.Start = ScreenHome
	d = newDriver(t, opts, 80, 24)
	mustContain(t, d.view(), "An unfinished check-in from Sat 29 Nov, ", "(1 of 8 answered) is kept; t offers to resume it.")
	d.press("t")
	mustContain(t, d.view(), "(1 of 8 answered)")
	d.press("esc")
	mustContain(t, d.view(), "A short check on how you balance people and results.") // home
	if _, ok := loadDraft(t, opts.DraftPath); !ok {
		t.Error("going back discarded the draft")
	}
}

func TestDraftOfAnotherQuestionnaireCanOnlyBeDiscarded(t *testing.T) {
	opts, _ := draftOptions(t, openStore(t))
	err := store.SaveDraft(opts.DraftPath, assessment.Draft{Items: 24, Answers: map[string]int{"trust-1": 4},
		Questionnaire: assessment.QuestionnaireRef{ID: "test-check-in", Version: 0, Hash: "sha256:old"},
		StartedAt:     t0})
	if err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, opts, 80, 24)
	mustContain(t, d.view(), "(1 of 24 answered)", "the questionnaire test-check-in version 0 as it was then",
		"cannot be resumed", "d discard")
	mustNotContain(t, d.view(), "r resume")
	d.press("r")
	mustContain(t, d.view(), "cannot be resumed")
	d.press("d", "y")
	mustContain(t, d.view(), "Statement 1 of 8")
}

func TestDraftDamagedCanBeDiscarded(t *testing.T) {
	opts, _ := draftOptions(t, openStore(t))
	if err := os.MkdirAll(filepath.Dir(opts.DraftPath), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(opts.DraftPath, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, opts, 80, 24)
	mustContain(t, d.view(), "cannot be read", "damaged")
	d.press("d", "y")
	mustContain(t, d.view(), "Statement 1 of 8")
}

// TestRecoveryWhenSaveFails: the store opened but the save failed (here
// it was closed under the check-in, which works as root too).
func TestRecoveryWhenSaveFails(t *testing.T) {
	s := openStore(t)
	opts, state := draftOptions(t, s)
	d := newDriver(t, opts, 80, 24)
	answerAll(d, driverAnswers)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	d.press("enter")
	v := d.view()
	mustContain(t, v, "✗ not saved", "✗ Your answers were not saved:", "database not open", "Your answers are safe in",
		"when the database can be written again, run: leadcheck import")
	checkRecovery(t, d, state, opts.DraftPath)
}

// TestRecoveryWithoutWritableDatabase: the database could not be opened
// for writing, so the check-in ran without a store.
func TestRecoveryWithoutWritableDatabase(t *testing.T) {
	opts, state := draftOptions(t, nil)
	opts.StoreErr = fmt.Errorf("cannot open database /x/history.db: %w", syscall.EROFS)
	d := newDriver(t, opts, 80, 24)
	answerAll(d, driverAnswers)
	d.press("enter")
	mustContain(t, d.view(), "✗ Your answers were not saved: cannot open database /x/history.db: read-only file system.",
		"Your answers are safe in")
	checkRecovery(t, d, state, opts.DraftPath)
}

// checkRecovery checks that one recovery file was written in state, that
// it holds the check-in, that the draft is gone, and that the use cases
// know of it, for the command to report on the way out.
func checkRecovery(t *testing.T, d *driver, state, draft string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(state, "leadcheck-recovery-*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files %v, want one", files)
	}
	// The path wraps on screen; unwrapped, it is all there.
	if flat := strings.Join(strings.Fields(d.view()), ""); !strings.Contains(flat, "leadcheckimport"+files[0]) {
		t.Errorf("the screen does not name %s", files[0])
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	f, err := store.DecodeExport(files[0], data)
	if err != nil || len(f.CheckIns) != 1 || len(f.CheckIns[0].Answers) != 8 {
		t.Fatalf("recovery file: %v, %+v", err, f.CheckIns)
	}
	if _, ok := loadDraft(t, draft); ok {
		t.Error("the draft is still there although the answers are in a recovery file")
	}
	if got := d.m.(Model).common.practice.(testPractice).Recovered(); !slices.Equal(got, files) {
		t.Errorf("recovery files written in this run = %v, want %v", got, files)
	}
}

// TestDraftKeepsTheReview: the review of the last commitments comes back
// with the draft, answers and notes alike.
func TestDraftKeepsTheReview(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	prev := loopCaseSeedCommitted(t, s, q, oct12)
	opts, _ := draftOptions(t, s)
	opts.Questionnaire = q
	d := newDriver(t, opts, 80, 24)
	d.press("3")
	d.typeText("twice")
	d.press("enter", "s", "4", "4", "esc", "y")

	d = newDriver(t, opts, 80, 24)
	d.press("r")
	mustContain(t, d.view(), "Statement 3 of 8")
	d.press("b", "b", "b", "b")
	mustContain(t, d.view(), "Commitment 1 of 2", "How did it go? ● Done", "> twice")
	d.press("enter", "s")
	mustContain(t, d.view(), "Statement 1 of 8", "● 4  Agree")
	loopCaseToResult(t, d)
	got := loopCaseLatest(t, s).Reviews
	if len(got) != 1 || got[0].CheckIn != prev.ID || got[0].Progress != assessment.Done || got[0].Note != "twice" {
		t.Errorf("reviews = %+v", got)
	}
}
