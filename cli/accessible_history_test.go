package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestAccessibleHistory: the accessible history says where each balance
// leans in words, and names its warnings in words, with no arrow or mark
// for a screen reader to name.
func TestAccessibleHistory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	// All 2s, 3s and 4s: every balance is 0 (see TestTakeAnswersThenHistory).
	takeThree(t, db)
	r := leadcheckEnv(t, db, map[string]string{"ACCESSIBLE": "1"}, "", "history")
	want := "ID                 DATE        RELATIONSHIPS  RESULTS  BALANCE                  PROFILE       NOTE  WARNINGS\n" +
		"20261101-090000-3  1 Nov 2026             58       58  0 balanced within noise  Building            same answer in a row, agreeing with opposites\n" +
		"20261001-090000-2  1 Oct 2026             50       50  0 balanced within noise  Building            same answer in a row\n" +
		"20260901-090000-1  1 Sep 2026             42       42  0 balanced within noise  Starting out        same answer in a row, disagreeing with opposites\n"
	if r.code != 0 || r.stdout != want {
		t.Errorf("exit %d, stderr %q, got:\n%s\nwant:\n%s", r.code, r.stderr, r.stdout, want)
	}
	if i := strings.IndexAny(r.stdout, drawing+"≈"); i >= 0 {
		t.Errorf("drawing character %q at %d in:\n%s", []rune(r.stdout[i:])[0], i, r.stdout)
	}
}
