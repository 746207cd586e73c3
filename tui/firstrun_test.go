package tui

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// firstRunOpen opens the home screen on an empty database with the given
// settings file and theme.
func firstRunOpen(t *testing.T, settings, theme string, w, h int) *driver {
	t.Helper()
	return newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), SettingsPath: settings,
		Theme: theme, Now: func() time.Time { return t0 }}, w, h)
}

func TestFirstRunEnterSavesTheDefaultsAndStarts(t *testing.T) {
	path := dashSettings(t, "")
	d := firstRunOpen(t, path, "", 80, 24)
	mustContain(t, d.view(), "leadcheck · Test check-in", "Three choices before your first check-in",
		"Check in", "← every 4 weeks (default) →", "Colours", "auto: follow the terminal", "First check-in", "now",
		"A check-in is 8 statements and takes about 2 minutes. Press enter to save these and take your first check-in.",
		"enter save • ←/→ change • ↓/tab next • q quit • ? more keys")
	mustFocus(t, d.view(), "Check in")
	d.press("enter")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
	if got := dashReadSettings(t, path); got != "# leadcheck settings; see the README.\ncadence: 4w\ntheme: auto\n" {
		t.Errorf("settings file = %q", got)
	}
}

func TestFirstRunLaterShowsTheWelcome(t *testing.T) {
	path := dashSettings(t, "")
	d := firstRunOpen(t, path, "", 80, 24)
	d.press("left", "down", "down", "right") // two weeks; later
	mustFocus(t, d.view(), "First check-in")
	mustContain(t, d.view(), "every 2 weeks", "← later: show the home screen first →",
		"Press enter to save these; t takes a check-in whenever you like.")
	d.press("enter")
	mustContain(t, d.view(), "A check-in is 8 statements and takes about 2 minutes. Press t to take your first.",
		"t check-in • h history")
	mustNotContain(t, d.view(), "Three choices")
	if got := dashReadSettings(t, path); got != "# leadcheck settings; see the README.\ncadence: 2w\ntheme: auto\n" {
		t.Errorf("settings file = %q", got)
	}
}

// The theme picked shows at once, unless the run's theme came from
// outside (NO_COLOR, --theme), which outranks it; it is saved either way.
func TestFirstRunTheme(t *testing.T) {
	for _, tc := range []struct {
		run, want string
		lefts     int // from the run's theme round to none
	}{{"", "none", 1}, {"auto", "none", 1}, {"dark", "dark", 2}} {
		path := dashSettings(t, "")
		d := firstRunOpen(t, path, tc.run, 80, 24)
		d.press("down")
		for range tc.lefts {
			d.press("left")
		}
		mustContain(t, d.view(), "← none: no colour →")
		d.press("t")
		c := d.root().common
		if c.theme != tc.want || c.styles.colorless != (tc.want == "none") {
			t.Errorf("run theme %q: theme %q (colourless %v), want %q", tc.run, c.theme, c.styles.colorless, tc.want)
		}
		if got := dashReadSettings(t, path); got != "# leadcheck settings; see the README.\ncadence: 4w\ntheme: none\n" {
			t.Errorf("run theme %q: settings file = %q", tc.run, got)
		}
	}
}

func TestFirstRunOnlyWhenNothingIsThereYet(t *testing.T) {
	s := openStore(t)
	trendsSeed(t, s, testQuestionnaire(t), 2)
	for name, d := range map[string]*driver{
		"settings saved": firstRunOpen(t, dashSettings(t, "cadence: 2w\n"), "", 80, 24),
		"no settings":    firstRunOpen(t, "", "", 80, 24),
		"check-ins":      dashOpen(t, s, dashSettings(t, ""), 80, 24),
	} {
		t.Run(name, func(t *testing.T) {
			mustContain(t, d.view(), "leadcheck · Test check-in")
			mustNotContain(t, d.view(), "Three choices")
		})
	}
}

// A settings file that turned up meanwhile and cannot be read is left
// alone, and the first run says so and stays.
func TestFirstRunSaveErrorStays(t *testing.T) {
	path := dashSettings(t, "")
	d := firstRunOpen(t, path, "", 80, 24)
	mustContain(t, d.view(), "Three choices")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("colour: blue\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.press("enter")
	mustContain(t, d.view(), "✗ Not saved: settings file", "is not valid", "nothing was saved", "Three choices")
	if got := dashReadSettings(t, path); got != "colour: blue\n" {
		t.Errorf("settings file = %q, want it as it was", got)
	}
}

// The home screen's keys the form leaves alone still work.
func TestFirstRunKeepsTheHomeKeys(t *testing.T) {
	d := firstRunOpen(t, dashSettings(t, ""), "", 80, 24)
	d.press("s")
	mustContain(t, d.view(), "leadcheck · Cadence")
	d.press("esc", "q")
	if !d.quit {
		t.Error("q should quit from the first run")
	}
}

func TestFirstRunFitsTheSmallestWindow(t *testing.T) {
	d := firstRunOpen(t, dashSettings(t, ""), "", 60, 20)
	v := d.view()
	dashFits(t, v, 60, 20)
	mustContain(t, v, "every 4 weeks", "Colours", "First check-in", "Press enter to", "enter save")
	d.press("?")
	dashFits(t, d.view(), 60, 20)
	mustContain(t, d.view(), "t check-in now", "? fewer keys")
}
