package cli

import "runtime/debug"

// lessOftenGC is the garbage collector's setting (GOGC) for a command
// that reads the history once, writes what it found and exits.
const lessOftenGC = 400

// collectLess lets such a command keep its garbage longer. It makes a
// few megabytes of it on ten thousand check-ins, just past the point
// where the collector first runs; in a process that lives a tenth of a
// second, running it (its own memory, the pages it has the program take
// anew) cost more than the memory it gave back: 4 to 6 % of the time of
// history, trend and the exports, for under a megabyte more at the peak.
// The collector still runs, at four times the usual growth, so a far
// larger history stays bounded. GOGC set by the person wins, and only the
// binary does it: the setting is the whole process's.
func collectLess(env Env) {
	if env.Process && env.Getenv("GOGC") == "" {
		debug.SetGCPercent(lessOftenGC)
	}
}
