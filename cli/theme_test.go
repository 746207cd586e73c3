package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// The theme command says when NO_COLOR or --theme outranks the theme it
// shows or saves, so a choice that does not show is never a mystery.
func TestThemeSaysWhatOutranksIt(t *testing.T) {
	for _, tc := range []struct {
		name     string
		vars     map[string]string
		args     []string
		wantTail string
	}{
		{"shown, --theme given", nil, []string{"--theme", "dark", "theme"},
			"Theme: light (your choice).\n--theme dark outranks it while given.\n"},
		{"shown, --theme auto given", nil, []string{"--theme", "auto", "theme"},
			"Theme: light (your choice).\n--theme auto outranks it while given.\n"},
		{"shown, NO_COLOR and --theme", map[string]string{"NO_COLOR": "1"}, []string{"--theme", "dark", "theme"},
			"Theme: light (your choice).\nNO_COLOR is set, so leadcheck shows no colour for now.\n"},
		{"shown, nothing outranks it", nil, []string{"theme"}, "Theme: light (your choice).\n"},
		{"saved under NO_COLOR", map[string]string{"NO_COLOR": "1"}, []string{"theme", "dark"},
			"From now on: theme dark. Saved in {settings}.\nNO_COLOR is set, so leadcheck shows no colour for now.\n"},
		{"saved with --theme", nil, []string{"--theme", "none", "theme", "dark"},
			"From now on: theme dark. Saved in {settings}.\n--theme none outranks it while given.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "history.db")
			settings := filepath.Join(filepath.Dir(db), "settings.yaml")
			if r := leadcheck(t, db, "", "theme", "light"); r.code != 0 {
				t.Fatalf("theme light: %+v", r)
			}
			r := leadcheckEnv(t, db, tc.vars, "", tc.args...)
			want := strings.ReplaceAll(tc.wantTail, "{settings}", settings)
			if r.code != 0 || r.stdout != want || r.stderr != "" {
				t.Errorf("exit %d, stdout %q, stderr %q\nwant 0 and %q", r.code, r.stdout, r.stderr, want)
			}
		})
	}
}
