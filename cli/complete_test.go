package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestCompletion asks for completions as a shell does: ids with their
// dates and scores for show and compare, fixed values where a flag or an
// argument has them, and no file names where no file is meant (":4" is
// cobra's "no file completion", ":36" that and "keep this order", ":0"
// the shell's default, which completes files).
func TestCompletion(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	takeThree(t, db)
	const (
		nov = "20261101-090000-3\tSun 1 Nov 2026, 09:00, relationships 58, results 58\n"
		oct = "20261001-090000-2\tThu 1 Oct 2026, 09:00, relationships 50, results 50\n"
		sep = "20260901-090000-1\tTue 1 Sep 2026, 09:00, relationships 42, results 42\n"
	)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"show", ""}, "latest\n" + nov + oct + sep + ":36\n"},
		{[]string{"show", "202610"}, oct + ":36\n"},
		{[]string{"show", "l"}, "latest\n:36\n"},
		{[]string{"show", "latest", ""}, ":4\n"},
		{[]string{"compare", ""}, "latest\n" + nov + oct + sep + ":36\n"},
		{[]string{"compare", "20260901", "l"}, "latest\n:36\n"},
		// The check-in already named for one side is not offered again.
		{[]string{"compare", "20260901-090000-1", ""}, "latest\n" + nov + oct + ":36\n"},
		{[]string{"compare", "202609", ""}, "latest\n" + nov + oct + ":36\n"},
		{[]string{"compare", "latest", ""}, oct + sep + ":36\n"},
		{[]string{"compare", "2026", ""}, "latest\n" + nov + oct + sep + ":36\n"},
		{[]string{"compare", "20260901", "2026-"}, ":36\n"},
		{[]string{"compare", "20260901", "202611"}, nov + ":36\n"},
		{[]string{"compare", "a", "b", ""}, ":4\n"},
		{[]string{"export", "--format", ""}, "json\ncsv\nmd\n:4\n"},
		{[]string{"--theme", ""}, "auto\ndark\nlight\nnone\n:4\n"},
		// Fixed values are filtered by the shell, not here.
		{[]string{"history", "--theme", "l"}, "auto\ndark\nlight\nnone\n:4\n"},
		{[]string{"theme", ""}, "auto\ndark\nlight\nnone\n:4\n"},
		{[]string{"theme", "dark", ""}, ":4\n"},
		{[]string{"cadence", ""}, "1w\tevery week\n2w\tevery 2 weeks\n4w\tevery 4 weeks (the default)\n6w\tevery 6 weeks\n8w\tevery 8 weeks\n:36\n"},
		{[]string{"cadence", "2w", ""}, ":4\n"},
		{[]string{"feedback", "start", "--roles", ""}, "direct-report\npeer\nmanager\nother\n:4\n"},
		{[]string{"history", ""}, ":4\n"},
		{[]string{"due", ""}, ":4\n"},
		{[]string{"trend", "--since", ""}, ":4\n"},
		{[]string{"take", "--date", ""}, ":4\n"},
		// Files where a file is meant.
		{[]string{"import", ""}, ":0\n"},
		{[]string{"restore", ""}, ":0\n"},
		{[]string{"backup", ""}, ":0\n"},
		{[]string{"questions", "validate", ""}, ":0\n"},
		{[]string{"feedback", "add", ""}, ":0\n"},
		{[]string{"take", "--answers", ""}, ":0\n"},
		{[]string{"export", "-o", ""}, ":0\n"},
		{[]string{"--db", ""}, ":0\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", append([]string{"__complete"}, tt.args...)...)
			if r.code != 0 || r.stdout != tt.want {
				t.Errorf("exit %d, got:\n%s\nwant:\n%s", r.code, r.stdout, tt.want)
			}
		})
	}
}

// Completing an id reads the database without creating one.
func TestCompletionCreatesNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "no", "such")
	r := leadcheck(t, filepath.Join(dir, "history.db"), "", "__complete", "show", "")
	if r.stdout != "latest\n:36\n" {
		t.Errorf("got %q", r.stdout)
	}
	if _, err := os.Lstat(dir); err == nil {
		t.Errorf("completion created %s", dir)
	}
}

// The feedback commands that take a ROUND complete the rounds' ids,
// newest first, with their start and whether they take responses.
func TestCompletionOfRounds(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	takeThree(t, db)
	forms := t.TempDir()
	for _, args := range [][]string{
		{"feedback", "start", "-o", filepath.Join(forms, "1.yaml")},
		{"feedback", "close"},
		{"feedback", "start", "-o", filepath.Join(forms, "2.yaml"), "--closes", "2026-12-14"},
	} {
		if r := leadcheck(t, db, "", args...); r.code != 0 {
			t.Fatalf("%v: exit %d: %s", args, r.code, r.stderr)
		}
	}
	// Its status as feedback list says it, closing day and all.
	const rounds = "2026-11-29-2\tstarted Sun 29 Nov 2026, open until 2026-12-14\n2026-11-29\tstarted Sun 29 Nov 2026, closed\n:36\n"
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"feedback", "report", ""}, rounds},
		{[]string{"feedback", "form", ""}, rounds},
		{[]string{"feedback", "form", "--format", "md", ""}, rounds},
		{[]string{"feedback", "close", ""}, rounds},
		{[]string{"feedback", "close", "2026-11-29-"}, "2026-11-29-2\tstarted Sun 29 Nov 2026, open until 2026-12-14\n:36\n"},
		{[]string{"feedback", "report", "2026-11-29", ""}, ":4\n"},
		{[]string{"feedback", "list", ""}, ":4\n"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", append([]string{"__complete"}, tt.args...)...)
			if r.code != 0 || r.stdout != tt.want {
				t.Errorf("exit %d, got:\n%s\nwant:\n%s", r.code, r.stdout, tt.want)
			}
		})
	}
}

// An id is in UTC and its description in the zone the check-in was
// recorded in, as show writes it; a zone other than UTC is named, so the
// two do not read as different days or times.
func TestIDDescriptionZone(t *testing.T) {
	scores := map[string]assessment.Score{"relationships": assessment.Scored(75), "results": assessment.Scored(83.3)}
	tests := []struct {
		at   time.Time
		want string
	}{
		{time.Date(2026, 11, 16, 9, 5, 0, 0, time.UTC), "Mon 16 Nov 2026, 09:05, relationships 75, results 83"},
		{time.Date(2026, 11, 20, 0, 30, 0, 0, time.FixedZone("", 2*3600)),
			"Fri 20 Nov 2026, 00:30 UTC+02:00, relationships 75, results 83"},
		{time.Date(2026, 11, 19, 18, 0, 0, 0, time.FixedZone("", -5*3600-1800)),
			"Thu 19 Nov 2026, 18:00 UTC-05:30, relationships 75, results 83"},
	}
	for _, tt := range tests {
		if got := idDescription(assessment.Summary{TakenAt: tt.at, Dimensions: scores}); got != tt.want {
			t.Errorf("idDescription(%v) = %q, want %q", tt.at, got, tt.want)
		}
	}
}
