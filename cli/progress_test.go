package cli

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"
)

// meterEnv is an environment whose standard error is the buffer, a
// terminal when terminal is set, with colour off so the bar is plain.
func meterEnv(errb *bytes.Buffer, terminal bool, vars map[string]string) Env {
	start := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	return Env{
		// Execute wraps standard error so; the meter must see through it.
		Stdout: &bytes.Buffer{}, Stderr: safeWriter{errb},
		Getenv:     func(k string) string { return vars[k] },
		Now:        func() time.Time { return start },
		IsTerminal: func(f any) bool { return terminal && f == errb },
	}
}

// The meter is driven by hand (draw at chosen moments), so the test
// depends on no clock: what matters is what reaches standard error.
func TestMeterDrawsOnlyOnATerminalAndClearsItsLine(t *testing.T) {
	const clear = "\r\x1b[K"
	half := strings.Repeat("█", 15) + strings.Repeat("░", 15)
	tests := []struct {
		name       string
		terminal   bool
		vars       map[string]string
		accessible bool
		draws      []time.Duration // when draw runs, after the start
		count      [2]int          // done, total reported before the draws
		want       string
	}{
		{"quick run on a terminal prints nothing", true, nil, false,
			[]time.Duration{100 * time.Millisecond, 900 * time.Millisecond}, [2]int{}, ""},
		{"total unknown: a spinner, then a cleared line", true, nil, false,
			[]time.Duration{1500 * time.Millisecond, 2600 * time.Millisecond}, [2]int{},
			"\rImporting ⠋  2 s\x1b[K" + "\rImporting ⠙  3 s\x1b[K" + clear},
		{"total known: a bar with the count", true, nil, false,
			[]time.Duration{2 * time.Second}, [2]int{5, 10},
			"\rImporting " + half + " 5 of 10  2 s\x1b[K" + clear},
		{"not a terminal: nothing", false, nil, false,
			[]time.Duration{5 * time.Second}, [2]int{5, 10}, ""},
		{"accessible mode: nothing", true, nil, true,
			[]time.Duration{5 * time.Second}, [2]int{5, 10}, ""},
		{"ACCESSIBLE=1: nothing", true, map[string]string{"ACCESSIBLE": "1"}, false,
			[]time.Duration{5 * time.Second}, [2]int{5, 10}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errb bytes.Buffer
			vars := map[string]string{"NO_COLOR": "1"}
			for k, v := range tt.vars {
				vars[k] = v
			}
			env := meterEnv(&errb, tt.terminal, vars)
			m := newMeter(env, &globals{accessible: tt.accessible}, "Importing")
			if m == nil {
				if tt.want != "" {
					t.Fatal("newMeter = nil, want a meter")
				}
			} else {
				for _, d := range tt.draws {
					if tt.count[1] > 0 {
						m.count(tt.count[0], tt.count[1])
					}
					m.draw(env.Now().Add(d))
				}
			}
			m.finish()
			m.finish() // a second finish writes nothing more
			if got := errb.String(); got != tt.want {
				t.Errorf("standard error = %q\nwant             %q", got, tt.want)
			}
		})
	}
}

// After finish nothing more is drawn, even when a redraw comes late.
func TestMeterIsQuietAfterFinish(t *testing.T) {
	var errb bytes.Buffer
	env := meterEnv(&errb, true, map[string]string{"NO_COLOR": "1"})
	m := newMeter(env, &globals{}, "Exporting")
	m.finish()
	m.draw(env.Now().Add(time.Minute))
	if errb.Len() != 0 {
		t.Errorf("standard error = %q after finish, want nothing", errb.String())
	}
}

// run redraws in the background; with a clock that stands still at the
// start nothing is ever due, and finish stops it and returns.
func TestMeterRunStopsOnFinish(t *testing.T) {
	var errb bytes.Buffer
	env := meterEnv(&errb, true, map[string]string{"NO_COLOR": "1"})
	m := newMeter(env, &globals{}, "Importing")
	m.run(env.Now)
	m.count(1, 2)
	m.finish()
	m.finish()
	if errb.Len() != 0 {
		t.Errorf("standard error = %q, want nothing before a second has passed", errb.String())
	}
}

// A line as wide as the terminal would wrap, and each redraw would leave
// a row behind: the bar goes first, then the whole line.
func TestMeterFitsTheTerminal(t *testing.T) {
	const clear = "\r\x1b[K"
	half := strings.Repeat("█", 15) + strings.Repeat("░", 15)
	tests := []struct {
		width int
		want  string
	}{
		{0, "\rImporting " + half + " 5 of 10  2 s\x1b[K" + clear},
		{54, "\rImporting " + half + " 5 of 10  2 s\x1b[K" + clear},
		{53, "\rImporting 5 of 10  2 s\x1b[K" + clear},
		{23, "\rImporting 5 of 10  2 s\x1b[K" + clear},
		{22, ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.width), func(t *testing.T) {
			var errb bytes.Buffer
			env := meterEnv(&errb, true, map[string]string{"NO_COLOR": "1"})
			m := newMeter(env, &globals{}, "Importing")
			m.width = tt.width
			m.count(5, 10)
			m.draw(env.Now().Add(2 * time.Second))
			m.finish()
			if got := errb.String(); got != tt.want {
				t.Errorf("standard error = %q\nwant             %q", got, tt.want)
			}
		})
	}
}

// An export printed on the terminal shows no progress: the redraws would
// tear the lines printed there. To a file, or through a pipe, it does.
func TestExportMeterOnlyWhenTheDataLeavesTheTerminal(t *testing.T) {
	tests := []struct {
		name             string
		stdoutIsTerminal bool
		toFile           bool
		want             bool
	}{
		{"printed on the terminal", true, false, false},
		{"to a file from a terminal", true, true, true},
		{"piped", false, false, true},
		{"piped, to a file", false, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errb bytes.Buffer
			env := meterEnv(&errb, true, nil)
			stdout := env.Stdout
			env.IsTerminal = func(f any) bool { return f == &errb || tt.stdoutIsTerminal && f == stdout }
			if got := exportMeter(env, &globals{}, tt.toFile) != nil; got != tt.want {
				t.Errorf("a meter: %v, want %v", got, tt.want)
			}
		})
	}
}
