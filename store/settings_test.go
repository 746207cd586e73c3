package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSettingsTheme(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.yaml")
	if err := SaveSettings(path, Settings{Cadence: "2w", Theme: "light"}); err != nil {
		t.Fatal(err)
	}
	s, err := LoadSettings(path)
	if err != nil || s.Theme != "light" || s.Cadence != "2w" {
		t.Errorf("reloaded: %+v %v", s, err)
	}
	os.WriteFile(path, []byte("theme: pink\n"), 0o600)
	if _, err := LoadSettings(path); err == nil || !strings.Contains(err.Error(), `theme "pink"`) || !strings.Contains(err.Error(), path) {
		t.Errorf("bad theme: %v", err)
	}
}

// The settings file is read through a size and a depth limit like every
// other file: a deep or endless one is refused at once, naming it.
func TestSettingsLimits(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	for _, tc := range []struct {
		name, path, want string
	}{
		{"deep brackets", write("deep.yaml", "cadence: "+strings.Repeat("[", 60000)),
			"settings file " + filepath.Join(dir, "deep.yaml") + " is not valid (line 1, column 29: lists and mappings nest more than 20 levels deep here"},
		{"deep after a document start", write("doc.yaml", "--- "+strings.Repeat("{", 60000)),
			"settings file " + filepath.Join(dir, "doc.yaml") + " is not valid (line 1, column 24: lists and mappings nest"},
		{"large", write("large.yaml", "# "+strings.Repeat("x", 70<<10)+"\ncadence: 2w\n"),
			"settings file " + filepath.Join(dir, "large.yaml") + " is larger than 64 KiB, more than settings take; fix it or delete it to start from the defaults"},
		{"a directory", dir,
			"cannot read settings file " + dir + ": is a directory; make it a file you can read, delete it to start from the defaults, or set LEADCHECK_CONFIG to another file"},
		{"endless", "/dev/zero",
			"settings file /dev/zero is larger than 64 KiB, more than settings take; fix it or delete it to start from the defaults"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := LoadSettings(tc.path); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("LoadSettings = %v\nwant %q", err, tc.want)
			}
		})
	}
}

// A settings file that cannot be written is named, with what to do.
func TestSaveSettingsNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(blocker, "settings.yaml") // in a "directory" that is a file
	err := SaveSettings(path, Settings{Cadence: "2w"})
	want := "cannot save settings to " + path + ": "
	tail := "; nothing was changed; to keep settings elsewhere, set LEADCHECK_CONFIG to a file you can write"
	if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.HasSuffix(err.Error(), tail) {
		t.Errorf("SaveSettings = %v\nwant %s...%s", err, want, tail)
	}
}

// A value the settings file holds but leadcheck does not know is named
// with its line, as a YAML error is, and says what to do.
func TestSettingsBadValueNamesTheLine(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, content, want string
	}{
		{"cadence", "# mine\ntheme: dark\ncadence: 3y\n",
			`line 3: cadence "3y": unknown unit "y"; use d (days) or w (weeks), e.g. 4w; fix that line or delete it`},
		{"theme", "cadence: 2w\n\ntheme: purple\n",
			`line 3: theme "purple" is not one of auto, dark, light or none; fix that line or delete it`},
		{"flow mapping", "{cadence: 2w, theme: pink}\n",
			`line 1: theme "pink" is not one of auto, dark, light or none; fix that line or delete it`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name+".yaml")
			if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			want := "settings file " + path + ", " + tc.want
			if _, err := LoadSettings(path); err == nil || err.Error() != want {
				t.Errorf("LoadSettings = %v\nwant %s", err, want)
			}
		})
	}
}

// A settings file the YAML reader refuses is named with its line and
// column in words, as a questionnaire's error is, not in the reader's
// own terms ("[1:10] cannot unmarshal []interface {} ...").
func TestSettingsYAMLErrorInWords(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, content, want string
	}{
		{"a list for the cadence", "cadence: [2w]\n",
			`line 1, column 10: cadence: expected text, not a list`},
		{"a key it does not know", "cadence: 2w\ncolour: red\n",
			`line 2, column 1: unknown field "colour" (check the spelling; the format is described in the README)`},
		{"a key twice", "cadence: 2w\ncadence: 3w\n",
			`line 2, column 1: key "cadence" appears twice (first at line 1)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".yaml")
			if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			want := "settings file " + path + " is not valid (" + tc.want + "); fix it or delete it to start from the defaults"
			if _, err := LoadSettings(path); err == nil || err.Error() != want {
				t.Errorf("LoadSettings = %v\nwant %s", err, want)
			}
		})
	}
}
