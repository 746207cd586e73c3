package cli

import (
	"os"
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
// else the day of the commit the build recorded, else the day the
// program's file was written, which is when it was built (a build
// outside a repository, or with -buildvcs=false, records no commit).
// Never today's date, which would say nothing about the page.
func manDate() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return dateOfBuild(buildDate, info, executableTime())
}

// executableTime is when the running program's file was last written,
// or zero when it cannot be found.
func executableTime() time.Time {
	exe, err := os.Executable()
	if err != nil {
		return time.Time{}
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return time.Time{}
	}
	return fi.ModTime()
}

func dateOfBuild(stamp string, info *debug.BuildInfo, built time.Time) string {
	if _, err := time.Parse(time.DateOnly, stamp); err == nil {
		return stamp
	}
	if info != nil {
		for _, s := range info.Settings {
			if s.Key != "vcs.time" {
				continue
			}
			if t, err := time.Parse(time.RFC3339, s.Value); err == nil {
				return t.UTC().Format(time.DateOnly)
			}
		}
	}
	if built.IsZero() {
		return ""
	}
	return built.UTC().Format(time.DateOnly)
}
