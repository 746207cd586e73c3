package cli

import (
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func TestDateOfBuild(t *testing.T) {
	vcs := func(v string) *debug.BuildInfo {
		return &debug.BuildInfo{Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.time", Value: v}}}
	}
	built := time.Date(2026, 9, 14, 23, 10, 0, 0, time.FixedZone("", -3*3600))
	tests := []struct {
		name  string
		stamp string
		info  *debug.BuildInfo
		built time.Time
		want  string
	}{
		{"stamped", "2026-11-02", vcs("2026-10-01T08:00:00Z"), built, "2026-11-02"},
		{"commit time", "", vcs("2026-10-01T23:30:00-02:00"), built, "2026-10-02"},
		{"a stamp that is not a date", "today", vcs("2026-10-01T08:00:00Z"), built, "2026-10-01"},
		{"no commit time: the program's file", "", &debug.BuildInfo{}, built, "2026-09-15"},
		{"no build information: the program's file", "", nil, built, "2026-09-15"},
		{"nothing to go by", "", nil, time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateOfBuild(tt.stamp, tt.info, tt.built); got != tt.want {
				t.Errorf("dateOfBuild = %q, want %q", got, tt.want)
			}
		})
	}
}

// The manual page is dated from the build, not from the clock, and
// 'man' is left out of the list of commands but kept in the page.
func TestManHiddenAndDated(t *testing.T) {
	old := buildDate
	buildDate = "2026-11-02"
	defer func() { buildDate = old }()
	r := leadcheck(t, t.TempDir()+"/history.db", "", "man")
	if first, _, _ := strings.Cut(r.stdout, "\n"); !strings.HasPrefix(first, `.TH LEADCHECK 1 "2026-11-02" `) {
		t.Errorf("man page heading %q, want the build date", first)
	}
	if !strings.Contains(r.stdout, ".SS leadcheck man") {
		t.Errorf("man page does not describe 'man'")
	}
	// As the program reads it: an empty NO_COLOR leaves the colour on.
	if !strings.Contains(r.stdout, ".B NO_COLOR\nWhen set and not empty, no colour,") {
		t.Errorf("man page says NO_COLOR works when empty")
	}
	// The variables and files the README names, where the page lists its own.
	for _, want := range []string{".B XDG_DATA_HOME\n", ".B XDG_CONFIG_HOME\n", ".B XDG_STATE_HOME\n", ".I ~/.local/state/leadcheck/\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("man page lacks %q", want)
		}
	}
	help := leadcheck(t, t.TempDir()+"/history.db", "", "--help")
	if help.code != 0 || strings.Contains(help.stdout, "\n  man ") || !strings.Contains(help.stdout, "\n  due ") {
		t.Errorf("--help lists man, or not due:\n%s", help.stdout)
	}
}

// Every default --help states, the manual page states too, after the
// same flag's usage.
func TestManStatesTheDefaultsHelpStates(t *testing.T) {
	page := leadcheck(t, t.TempDir()+"/history.db", "", "man").stdout
	checked := 0
	var visit func(c *cobra.Command)
	visit = func(c *cobra.Command) {
		c.NonInheritedFlags().VisitAll(func(f *pflag.Flag) {
			one := pflag.NewFlagSet("", pflag.ContinueOnError)
			one.AddFlag(f)
			_, usage := pflag.UnquoteUsage(f)
			// What --help prints after the usage: its default, if any.
			_, def, _ := strings.Cut(one.FlagUsages(), usage)
			def = strings.TrimSpace(def)
			if f.Hidden || f.Name == "help" || def == "" {
				return
			}
			checked++
			if want := roff(usage + " " + def); !strings.Contains(page, want+"\n") {
				t.Errorf("%s --%s: the manual page does not say %q", c.CommandPath(), f.Name, want)
			}
		})
		for _, sub := range c.Commands() {
			visit(sub)
		}
	}
	visit(newRoot(Env{}))
	// --min of feedback start and --format of feedback form at least.
	if checked < 2 {
		t.Errorf("only %d flags with a default checked", checked)
	}
}
