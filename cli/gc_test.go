package cli

import (
	"runtime/debug"
	"testing"
)

// Only the binary, and only when GOGC is not set, collects less often.
func TestCollectLess(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	for _, c := range []struct {
		process bool
		gogc    string
		want    int
	}{{true, "", lessOftenGC}, {true, "50", 100}, {true, "off", 100}, {false, "", 100}} {
		debug.SetGCPercent(100)
		collectLess(Env{Process: c.process, Getenv: func(k string) string {
			if k == "GOGC" {
				return c.gogc
			}
			return ""
		}})
		if got := debug.SetGCPercent(100); got != c.want {
			t.Errorf("process %v, GOGC %q: collector set to %d, want %d", c.process, c.gogc, got, c.want)
		}
	}
}
