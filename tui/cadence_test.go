package tui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/store"
)

// dashReadSettings is the settings file's text; "" when there is none.
func dashReadSettings(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestCadencePickTwoWeeksIsSaved(t *testing.T) {
	s := openStore(t)
	trendsSeed(t, s, testQuestionnaire(t), 12)
	path := dashSettings(t, "")
	d := dashOpen(t, s, path, 80, 24)
	d.press("s")
	v := d.view()
	mustContain(t, v, "leadcheck · Cadence", "How often do you want to check in?",
		"  every 2 weeks", "› every 4 weeks (default)", "  other: a number of days or weeks",
		"In use: every 4 weeks. Your choice is stored in /tmp/")

	d.press("up", "enter") // from the cadence in use, four weeks, to two
	mustContain(t, d.view(), "› every 2 weeks", "  every 4 weeks", "✓ Saved: check in every 2 weeks.", "Stored in /tmp/")
	if got := dashReadSettings(t, path); !strings.Contains(got, "cadence: 2w") {
		t.Errorf("settings file = %q, want cadence: 2w", got)
	}
	got, err := store.LoadSettings(path)
	if err != nil || got.Cadence != "2w" {
		t.Errorf("LoadSettings = %+v, %v; want cadence 2w", got, err)
	}

	// Home reads it afresh: the last check-in, 20 Nov, plus two weeks.
	d.press("esc")
	mustContain(t, d.view(), "Next check-in  due in 5 days, on Thu 4 Dec", "Cadence every 2 weeks")
}

// toOther opens the cadence screen on the field for another cadence.
func toOther(d *driver) {
	d.press("s", "end", "enter")
}

func TestCadenceTypedIsSaved(t *testing.T) {
	path := dashSettings(t, "")
	d := dashOpen(t, openStore(t), path, 80, 24)
	toOther(d)
	mustContain(t, d.view(), "Every how many days or weeks?", "Days or weeks, e.g. 10d or 3w (7 days to a year).",
		"shift+tab choices", "esc back")
	d.typeText("10 days") // j, k and q would be typed too: none of them moves
	d.press("enter")
	mustContain(t, d.view(), "› other: a number of days or weeks", "✓ Saved: check in every 10 days.")
	if got := dashReadSettings(t, path); !strings.Contains(got, "cadence: 10d") {
		t.Errorf("settings file = %q, want cadence: 10d", got)
	}
	// Opened again, the typed cadence is the one on the cursor, ready to edit.
	d.press("esc", "s")
	mustContain(t, d.view(), "› other: a number of days or weeks", "  every 4 weeks (default)", "In use: every 10 days.")
	d.press("enter")
	mustContain(t, d.view(), "> 10d")
	d.press("shift+tab")
	mustContain(t, d.view(), "› other: a number of days or weeks")
}

func TestCadenceInvalidShowsErrorAndSavesNothing(t *testing.T) {
	for _, tc := range []struct{ typed, want string }{
		{"3x", `✗ cadence "3x": unknown unit "x"; use d (days) or w (weeks), e.g. 4w`},
		{"", `✗ cadence "" is not a number of days or weeks`},
		{"2d", `✗ cadence "2d" is 2 days; choose between 7 days and 365 days`},
	} {
		path := dashSettings(t, "")
		d := dashOpen(t, openStore(t), path, 80, 24)
		toOther(d)
		d.typeText(tc.typed)
		d.press("enter")
		mustContain(t, d.view(), tc.want, "Every how many days or weeks?", "In use: every 4 weeks")
		mustNotContain(t, d.view(), "Saved:")
		if got := dashReadSettings(t, path); got != "" {
			t.Errorf("%q: settings file written: %q", tc.typed, got)
		}
		// Typing again clears the verdict.
		d.press("backspace")
		mustNotContain(t, d.view(), tc.want)
	}
}

func TestCadenceSaveErrors(t *testing.T) {
	// A settings file that cannot be there: its directory is a file.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	d := dashOpen(t, openStore(t), filepath.Join(file, "settings.yaml"), 80, 24)
	d.press("s", "up", "enter")
	mustContain(t, d.view(), "✗ Not saved: cannot read settings file", "LEADCHECK_CONFIG to another file; nothing was saved", "› every 2 weeks")

	// A settings file that cannot be read is left as it is.
	path := dashSettings(t, "cadence: 4w\ncolour: blue\n")
	d = dashOpen(t, openStore(t), path, 80, 24)
	d.press("s", "up", "enter")
	mustContain(t, d.view(), "✗ Not saved: settings file", "is not valid", "nothing was saved")
	if got := dashReadSettings(t, path); got != "cadence: 4w\ncolour: blue\n" {
		t.Errorf("a broken settings file was rewritten: %q", got)
	}

	// No settings file at all: said before trying, and again on enter.
	d = dashOpen(t, openStore(t), "", 80, 24)
	d.press("s")
	mustContain(t, d.view(), "This run has no settings file, so a choice cannot be saved.")
	d.press("enter")
	mustContain(t, d.view(), "✗ Not saved: no settings file was given to this run")
}

func TestCadenceKeys(t *testing.T) {
	d := dashOpen(t, openStore(t), dashSettings(t, ""), 80, 24)
	d.press("s")
	mustContain(t, d.view(), "↑/↓ choose • enter save • q back • ? more keys")
	d.press("?")
	mustContain(t, d.view(), "↑/k up", "↓/j down", "? fewer keys")
	d.press("?", "k", "q")
	mustContain(t, d.view(), "leadcheck · Test check-in", "A check-in is 8 statements")
	d.press("s", "ctrl+c")
	if !d.quit {
		t.Error("ctrl+c on the cadence screen should quit")
	}
}

func TestHomeRelative(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil || home == "/" {
		t.Skip("no home directory")
	}
	for in, want := range map[string]string{
		filepath.Join(home, ".config", "leadcheck", "settings.yaml"): filepath.Join("~", ".config", "leadcheck", "settings.yaml"),
		home + "other/settings.yaml":                                 home + "other/settings.yaml", // not inside it
		"/etc/leadcheck.yaml":                                        "/etc/leadcheck.yaml",
	} {
		if got := homeRelative(in); got != want {
			t.Errorf("homeRelative(%q) = %q, want %q", in, got, want)
		}
	}
}

// In the smallest window, with an error and every key listed, the reason
// for the default gives way so that the error still shows.
func TestCadenceFitsTheSmallestWindow(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	d := dashOpen(t, openStore(t), filepath.Join(file, "settings.yaml"), 60, 20)
	d.press("s")
	mustContain(t, d.view(), "Behaviour takes a few weeks to change")
	dashFits(t, d.view(), 60, 20)
	d.press("up", "enter", "?")
	v := d.view()
	dashFits(t, v, 60, 20)
	mustContain(t, v, "How often do you want to check in?", "✗ Not saved: cannot read settings", "? fewer keys")
	mustNotContain(t, v, "Behaviour takes a few weeks to change")

	d.press("?", "esc")
	toOther(d)
	d.typeText("3x")
	d.press("enter", "?")
	v = d.view()
	dashFits(t, v, 60, 20)
	mustContain(t, v, "Every how many days or weeks?", `✗ cadence "3x"`, "e.g. 4w", "? fewer keys")
}
