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
