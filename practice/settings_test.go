package practice

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// Each preference is written by a read-modify-write of the whole file,
// so setting one keeps the others.
func TestSettingsKeepEachOther(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	svc := service(q, nil, p, day(20))

	if c, chosen, err := svc.Cadence(); c != assessment.DefaultCadence || chosen || err != nil {
		t.Errorf("Cadence without a file = %v, %v, %v; want the default", c, chosen, err)
	}
	if err := svc.SetTheme("light"); err != nil {
		t.Fatal(err)
	}
	if err := svc.SetCadence(assessment.Cadence{Days: 14}); err != nil {
		t.Fatal(err)
	}
	st, err := svc.Settings()
	if err != nil || st.Theme != "light" || st.Cadence != "2w" {
		t.Errorf("Settings = %+v, %v; want theme light and cadence 2w", st, err)
	}
	if c, chosen, err := svc.Cadence(); c.Days != 14 || !chosen || err != nil {
		t.Errorf("Cadence = %v, %v, %v; want 14 days, chosen", c, chosen, err)
	}
}

// A settings file that cannot be read is left as it is.
func TestSettingsBrokenFileKept(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	if err := os.MkdirAll(filepath.Dir(p.settings), 0o700); err != nil {
		t.Fatal(err)
	}
	broken := []byte("cadence: [\n")
	if err := os.WriteFile(p.settings, broken, 0o600); err != nil {
		t.Fatal(err)
	}
	err := service(q, nil, p, day(20)).SetCadence(assessment.Cadence{Days: 14})
	if err == nil || !strings.HasSuffix(err.Error(), "; nothing was saved") {
		t.Errorf("SetCadence = %v, want an error ending %q", err, "; nothing was saved")
	}
	if got, _ := os.ReadFile(p.settings); string(got) != string(broken) {
		t.Errorf("the file became %q", got)
	}
}

// The first run is due until the settings file is written, and its
// answers are kept together.
func TestFirstRun(t *testing.T) {
	q := questionnaire(t)
	svc := service(q, nil, newPaths(t), day(20))
	if !svc.FirstRun() {
		t.Fatal("FirstRun = false before any settings were written")
	}
	if err := svc.SetPreferences(assessment.Cadence{Days: 21}, "dark"); err != nil {
		t.Fatal(err)
	}
	if svc.FirstRun() {
		t.Error("FirstRun = true after the preferences were saved")
	}
	if st, err := svc.Settings(); err != nil || st.Theme != "dark" || st.Cadence != "3w" {
		t.Errorf("Settings = %+v, %v; want theme dark and cadence 3w", st, err)
	}
	if none := service(q, nil, paths{}, day(20)); none.FirstRun() {
		t.Error("FirstRun = true with no settings file given")
	}
}
