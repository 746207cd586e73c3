package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/adrg/xdg"
	"github.com/goccy/go-yaml"

	"github.com/leadcheck/leadcheck/assessment"
)

// Settings are the preferences that outlive a run. They live in a small
// YAML file in the XDG config home, apart from the check-ins: preferences
// belong to the person, the database to its history.
type Settings struct {
	// Cadence is how often to check in, e.g. "4w" or "10d"; empty means
	// assessment.DefaultCadence.
	Cadence string `yaml:"cadence,omitempty"`
	// Theme is the colour theme: auto, dark, light or none; empty means
	// auto. NO_COLOR and --theme outrank it.
	Theme string `yaml:"theme,omitempty"`
}

// Themes are the values Settings.Theme may take.
var Themes = []string{"auto", "dark", "light", "none"}

// ValidTheme reports whether t names a theme; empty counts as auto.
func ValidTheme(t string) bool { return t == "" || slices.Contains(Themes, t) }

// DefaultSettingsPath is $XDG_CONFIG_HOME/leadcheck/settings.yaml.
func DefaultSettingsPath() (string, error) {
	if xdg.ConfigHome == "" {
		return "", errors.New("cannot find a config directory for settings; set XDG_CONFIG_HOME or HOME")
	}
	return filepath.Join(xdg.ConfigHome, "leadcheck", "settings.yaml"), nil
}

// LoadSettings reads the settings file; a missing file gives the defaults.
// Like every file leadcheck reads, it has a size and a depth limit, checked
// before the YAML reader sees it.
func LoadSettings(path string) (Settings, error) {
	var s Settings
	data, err := readSettings(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, nil
	}
	if err != nil {
		return s, err
	}
	var ve *assessment.ValidationError
	if err := assessment.CheckNesting(path, data); errors.As(err, &ve) && len(ve.Problems) > 0 {
		return s, invalidSettings(path, ve.Problems[0])
	}
	if err := yaml.UnmarshalWithOptions(data, &s, yaml.DisallowUnknownField()); err != nil {
		return s, invalidSettings(path, assessment.YAMLError(path, err).Problems[0])
	}
	if _, err := s.CadenceOrDefault(); err != nil {
		return s, fmt.Errorf("settings file %s, %s%w; fix that line or delete it", path, settingLine(data, "cadence"), err)
	}
	if !ValidTheme(s.Theme) {
		return s, fmt.Errorf("settings file %s, %stheme %q is not one of auto, dark, light or none; fix that line or delete it",
			path, settingLine(data, "theme"), s.Theme)
	}
	return s, nil
}

// settingLine is "line N: " for the line that sets key, so a value the
// YAML reader took but leadcheck refuses is found as fast as a syntax
// error; "" if the line cannot be told.
func settingLine(data []byte, key string) string {
	p, err := yaml.PathString("$." + key)
	if err != nil {
		return ""
	}
	n, err := p.ReadNode(bytes.NewReader(data))
	if err != nil || n == nil || n.GetToken() == nil {
		return ""
	}
	return fmt.Sprintf("line %d: ", n.GetToken().Position.Line)
}

// invalidSettings is a settings file the YAML reader refused, with the
// place and the problem in the words a questionnaire's error uses.
func invalidSettings(path string, p assessment.Problem) error {
	place := ""
	if p.Line > 0 {
		place = fmt.Sprintf("line %d, column %d: ", p.Line, p.Column)
	}
	return fmt.Errorf("settings file %s is not valid (%s%s); fix it or delete it to start from the defaults", path, place, p.Message)
}

// readSettings reads at most one byte past the limit, so a device such as
// /dev/zero named as the settings file is refused, not read for ever.
func readSettings(path string) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err != nil {
		return nil, unreadableSettings(path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, assessment.MaxSettingsBytes+1))
	if err != nil {
		return nil, unreadableSettings(path, err)
	}
	if len(data) > assessment.MaxSettingsBytes {
		return nil, fmt.Errorf("settings file %s is larger than %s, more than settings take; fix it or delete it to start from the defaults",
			path, assessment.SizeText(assessment.MaxSettingsBytes))
	}
	return data, nil
}

// CadenceOrDefault is the chosen cadence, or the default when none is set.
func (s Settings) CadenceOrDefault() (assessment.Cadence, error) {
	if s.Cadence == "" {
		return assessment.DefaultCadence, nil
	}
	return assessment.ParseCadence(s.Cadence)
}

// SaveSettings writes the settings file (directory 0700, file 0600)
// through WriteFile, so a crash leaves the old settings or the new ones,
// never half of each.
func SaveSettings(path string, s Settings) error {
	data, err := yaml.Marshal(s)
	if err != nil {
		return err
	}
	data = append([]byte("# leadcheck settings; see the README.\n"), data...)
	if err := WriteFile(path, data, WriteOptions{}); err != nil {
		return fmt.Errorf("cannot save settings to %s: %w; nothing was changed; to keep settings elsewhere, set LEADCHECK_CONFIG to a file you can write", path, err)
	}
	return nil
}

// unreadableSettings is a settings file that is there but cannot be read
// (a directory, say, or one without read permission).
func unreadableSettings(path string, err error) error {
	return fmt.Errorf("cannot read settings file %s: %w; make it a file you can read, delete it to start from the defaults, or set LEADCHECK_CONFIG to another file", path, reason(err))
}
