package cli

import "runtime/debug"

// version is this build's version: the module version of a released
// build, else "(devel)" and the commit it was built from, when the build
// recorded one.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && s.Value != "" {
			return "(devel) " + s.Value[:min(12, len(s.Value))]
		}
	}
	return "(devel)"
}
