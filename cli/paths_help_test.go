package cli

import (
	"strings"
	"testing"
)

// The help names the default files as github.com/adrg/xdg finds them: the
// XDG directories under the home directory on Linux, Application Support
// in the user's Library on macOS, and the local application data folder
// on Windows, for data and config alike.
func TestHelpNamesDefaultPathsOnEachSystem(t *testing.T) {
	const mac = "~/Library/Application Support/leadcheck/"
	const windows = `%LOCALAPPDATA%\leadcheck\`
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--help"}, []string{"~/.local/share/leadcheck/history.db", mac + "history.db", windows + "history.db"}},
		{[]string{"cadence", "--help"}, []string{"~/.config/leadcheck/settings.yaml", mac + "settings.yaml", windows + "settings.yaml"}},
		{[]string{"theme", "--help"}, []string{"~/.config/leadcheck/settings.yaml", mac + "settings.yaml", windows + "settings.yaml"}},
		{[]string{"man"}, []string{"~/.local/share/leadcheck/history.db", mac + "history.db", mac + "settings.yaml",
			`%LOCALAPPDATA%\eleadcheck\ehistory.db`, `%LOCALAPPDATA%\eleadcheck\esettings.yaml`}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, t.TempDir()+"/history.db", "", tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			// Help text wraps at spaces; compare with lines joined.
			out := strings.Join(strings.Fields(r.stdout), " ")
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output does not name %s", w)
				}
			}
		})
	}
}
