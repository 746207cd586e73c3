package cli

import (
	"runtime/debug"
	"time"
)

// buildDate is the day this build is of, as YYYY-MM-DD, stamped by the
// linker:
//
//	go build -ldflags "-X github.com/leadcheck/leadcheck/cli.buildDate=$(git log -1 --format=%cs)"
//
// The manual page carries it, so the same binary prints the same page on
// any day.
var buildDate string

// manDate is the date the manual page shows: the stamped build date,
// else the day of the commit the build recorded, else none. Never
// today's date, which would say nothing about the page.
func manDate() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return dateOfBuild(buildDate, info)
}

func dateOfBuild(stamp string, info *debug.BuildInfo) string {
	if _, err := time.Parse(time.DateOnly, stamp); err == nil {
		return stamp
	}
	if info == nil {
		return ""
	}
	for _, s := range info.Settings {
		if s.Key != "vcs.time" {
			continue
		}
		if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
			return t.UTC().Format(time.DateOnly)
		}
	}
	return ""
}
