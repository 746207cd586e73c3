package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// The test clock is Sun 29 Nov 2026, 09:00 UTC.

func TestDue(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	r := leadcheck(t, db, "", "due")
	if r.code != 0 || !strings.Contains(r.stdout, "first check-in is due now") {
		t.Errorf("first run: %d %q", r.code, r.stdout)
	}
	// Last check-in 16 Nov; every 4 weeks -> due 14 Dec, in 15 days.
	leadcheck(t, db, "", "take", "--answers", "../examples/year/2026-11-16.yaml")
	r = leadcheck(t, db, "", "due")
	if r.code != 1 || r.stdout != "The next check-in is due on Mon 14 Dec 2026, in 15 days (every 4 weeks).\n" || r.stderr != "" {
		t.Errorf("not due: %d %q %q", r.code, r.stdout, r.stderr)
	}
	// Every week -> due 23 Nov, overdue by 6 days.
	if r := leadcheck(t, db, "", "cadence", "1w"); r.code != 0 || !strings.Contains(r.stdout, "check in every week") {
		t.Fatalf("cadence 1w: %d %q %q", r.code, r.stdout, r.stderr)
	}
	r = leadcheck(t, db, "", "due")
	if r.code != 0 || r.stdout != "A check-in is overdue by 6 days (due Mon 23 Nov 2026; every week).\n" {
		t.Errorf("overdue: %d %q", r.code, r.stdout)
	}
	if r := leadcheck(t, db, "", "due", "--quiet"); r.code != 0 || r.stdout != "" {
		t.Errorf("--quiet: %d %q", r.code, r.stdout)
	}
}

func TestCadence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	settings := filepath.Join(filepath.Dir(db), "settings.yaml")
	if r := leadcheck(t, db, "", "cadence"); r.code != 0 || r.stdout != "Check in every 4 weeks (the default; change it with 'leadcheck cadence 2w').\n" {
		t.Errorf("default: %q", r.stdout)
	}
	if r := leadcheck(t, db, "", "cadence", "10 days"); r.code != 0 {
		t.Fatalf("set: %q", r.stderr)
	}
	data, _ := os.ReadFile(settings)
	if !strings.Contains(string(data), "cadence: 10d") {
		t.Errorf("settings file: %q", data)
	}
	if r := leadcheck(t, db, "", "cadence"); r.stdout != "Check in every 10 days (your choice).\n" {
		t.Errorf("after set: %q", r.stdout)
	}
	// As the help writes it, unquoted: a number and its unit.
	if r := leadcheck(t, db, "", "cadence", "2", "weeks"); r.code != 0 || !strings.HasPrefix(r.stdout, "From now on: check in every 2 weeks.") {
		t.Errorf("cadence 2 weeks: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
	if r := leadcheck(t, db, "", "cadence", "10", "days"); r.code != 0 {
		t.Fatalf("cadence 10 days: %q", r.stderr)
	}
	if r := leadcheck(t, db, "", "cadence", "3 months"); r.code != 2 || !strings.Contains(r.stderr, `unknown unit "months"`) {
		t.Errorf("bad cadence: %d %q", r.code, r.stderr)
	}
	if data2, _ := os.ReadFile(settings); string(data2) != string(data) {
		t.Errorf("a refused cadence changed the settings")
	}
}

func TestTakeBackfilledDate(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	in := sheet(4, "reflection: Kept the weekly review.\n")
	r := leadcheck(t, db, in, "take", "--answers", "-", "--date", "2026-10-05", "--json")
	if r.code != 0 {
		t.Fatalf("take --date: %s", r.stderr)
	}
	var rec assessment.CheckIn
	json.Unmarshal([]byte(r.stdout), &rec)
	if rec.TakenAt.Format("2006-01-02 15:04") != "2026-10-05 12:00" || rec.Reflection != "Kept the weekly review." {
		t.Errorf("record = %v %q", rec.TakenAt, rec.Reflection)
	}
	for _, tt := range []struct {
		args []string
		in   string
		want string
	}{
		{[]string{"--date", "2026-12-01"}, sheet(4, ""), "--date 2026-12-01 is in the future"},
		{[]string{"--date", "5 Oct"}, sheet(4, ""), `--date "5 Oct" is not a date`},
		{[]string{"--date", "2026-10-05"}, sheet(4, "taken_at: 2026-10-01T09:00:00Z\n"), "give the date once"},
	} {
		r := leadcheck(t, db, tt.in, append([]string{"take", "--answers", "-"}, tt.args...)...)
		if r.code != 2 || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: %d %q", tt.args, r.code, r.stderr)
		}
	}
}

// TestDueErrors: every error but a usage error ends 'due' with status 3,
// quiet or not, so a prompt or cron job never reads it as "not due".
func TestDueErrors(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	os.WriteFile(garbage, []byte(strings.Repeat("not a database ", 400)), 0o600)
	badSettings := filepath.Join(dir, "bad", "history.db")
	os.MkdirAll(filepath.Dir(badSettings), 0o700)
	os.WriteFile(filepath.Join(dir, "bad", "settings.yaml"), []byte("cadence: fortnightly\n"), 0o600)
	tests := []struct {
		name string
		db   string
		args []string
		code int
		want string
	}{
		{"corrupt database", garbage, []string{"due"}, 3, "leadcheck: "},
		{"corrupt database, quiet", garbage, []string{"due", "--quiet"}, 3, "leadcheck: "},
		{"bad settings", badSettings, []string{"due"}, 3, "settings.yaml"},
		{"bad settings, quiet", badSettings, []string{"due", "-q"}, 3, "settings.yaml"},
		{"corrupt database, json", garbage, []string{"due", "--json"}, 3, "leadcheck: "},
		{"bad settings, json", badSettings, []string{"due", "--json"}, 3, "settings.yaml"},
		{"cadence, bad settings, json", badSettings, []string{"cadence", "--json"}, 1, "settings.yaml"},
		{"usage error", garbage, []string{"due", "--frob"}, 2, "unknown flag: --frob"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := leadcheck(t, tt.db, "", tt.args...)
			if r.code != tt.code || r.stdout != "" || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d naming %q", r.code, r.stdout, r.stderr, tt.code, tt.want)
			}
		})
	}
}

func TestDueLocked(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	leadcheck(t, db, "", "take", "--answers", "../examples/year/2026-11-16.yaml")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, args := range [][]string{{"due"}, {"due", "--quiet"}} {
		if r := leadcheckLocked(t, db, "", args...); r.code != 3 || r.stdout != "" || !strings.Contains(r.stderr, "in use") {
			t.Errorf("%v on a locked database: %d %q %q", args, r.code, r.stdout, r.stderr)
		}
	}
}
