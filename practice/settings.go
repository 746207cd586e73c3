package practice

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Settings are the preferences in the settings file; a missing file, or
// no settings file at all, gives the defaults.
func (s *Service) Settings() (store.Settings, error) {
	if s.cfg.SettingsPath == "" {
		return store.Settings{}, nil
	}
	return store.LoadSettings(s.cfg.SettingsPath)
}

// UpdateSettings reads the settings file, lets change edit it, and
// writes it back whole: every preference anyone sets (the cadence, the
// theme) is written this one way, so no change loses another. A file
// that cannot be read is left alone rather than overwritten, and a change
// that fails writes nothing. Without a settings file nothing is kept.
func (s *Service) UpdateSettings(change func(*store.Settings) error) (store.Settings, error) {
	st, err := s.Settings()
	if err != nil {
		return st, fmt.Errorf("%w; nothing was saved", err)
	}
	if err := change(&st); err != nil {
		return st, err
	}
	if s.cfg.SettingsPath == "" {
		return st, nil
	}
	return st, store.SaveSettings(s.cfg.SettingsPath, st)
}

// SettingsPath is the settings file, "" when there is none.
func (s *Service) SettingsPath() string { return s.cfg.SettingsPath }

// Cadence is how often the leader means to check in, and whether they
// chose it (rather than the default).
func (s *Service) Cadence() (c assessment.Cadence, chosen bool, err error) {
	st, err := s.Settings()
	if err != nil {
		return assessment.DefaultCadence, false, err
	}
	c, err = st.CadenceOrDefault()
	return c, st.Cadence != "", err
}

// SetCadence keeps c as the cadence.
func (s *Service) SetCadence(c assessment.Cadence) error {
	_, err := s.UpdateSettings(func(st *store.Settings) error {
		st.Cadence = c.String()
		return nil
	})
	return err
}

// FirstRun reports whether the first-run questions are due: a settings
// file is given but not written yet.
func (s *Service) FirstRun() bool {
	if s.cfg.SettingsPath == "" {
		return false
	}
	_, err := os.Stat(s.cfg.SettingsPath)
	return errors.Is(err, fs.ErrNotExist)
}

// SetPreferences keeps the first run's choices, the cadence and the
// theme, in one write of the settings file.
func (s *Service) SetPreferences(c assessment.Cadence, theme string) error {
	_, err := s.UpdateSettings(func(st *store.Settings) error {
		st.Cadence, st.Theme = c.String(), theme
		return nil
	})
	return err
}

// SetTheme keeps t (auto, dark, light or none) as the theme.
func (s *Service) SetTheme(t string) error {
	_, err := s.UpdateSettings(func(st *store.Settings) error {
		st.Theme = t
		return nil
	})
	return err
}
