package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// place is where the app is: a screen, and for a check-in its step.
type place struct {
	id   screenID
	step step
}

// where reads the screen on view, and the step when it is a check-in.
func where(d *driver) place {
	m := d.root()
	p := place{id: m.active, step: -1}
	if f, ok := m.screens[m.active].(checkIn); ok {
		p.step = f.at
	}
	return p
}

// mustListKeys fails unless the screen on view has keys to list and its
// footer shows the first of them, as help draws it: "key desc".
func mustListKeys(t *testing.T, d *driver, label string) {
	t.Helper()
	m := d.root()
	for _, b := range m.screens[m.active].keyMap().ShortHelp() {
		if !b.Enabled() {
			continue
		}
		if h := b.Help(); h.Key == "" || h.Desc == "" {
			t.Errorf("%s: a key in the short help has no help text: %v", label, b.Keys())
		} else {
			mustContain(t, d.view(), h.Key+" "+h.Desc)
		}
		return
	}
	t.Errorf("%s: no key to list:\n%s", label, d.view())
}

// Every registered screen, and every step of a check-in, is reached by
// keys alone and lists the keys that work there. A screen added without a
// way to reach it fails here until the walk below takes it in.
func TestEveryScreenIsReachedAndListsItsKeys(t *testing.T) {
	seen := map[place]bool{}
	visit := func(d *driver, label string, want place) {
		t.Helper()
		if got := where(d); got != want {
			t.Fatalf("%s: on screen %d step %d, want screen %d step %d:\n%s", label, got.id, got.step, want.id, want.step, d.view())
		}
		seen[want] = true
		mustListKeys(t, d, label)
	}
	check := func(at screenID) place { return place{id: at, step: -1} }
	in := func(s step) place { return place{id: screenCheckIn, step: s} }

	first := firstRunOpen(t, dashSettings(t, ""), "", 80, 24)
	visit(first, "first run", check(screenFirstRun))

	q := loopCaseQuestionnaire(t)
	s := openStore(t)
	loopCaseSeedCommitted(t, s, q, t0.AddDate(0, 0, -28))
	dir := t.TempDir()
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, SettingsPath: dashSettings(t, "cadence: 4w\n"),
		Now: newClock().now, DraftPath: filepath.Join(dir, "draft.json"), RecoveryDir: dir}, 80, 24)
	visit(d, "home", check(screenHome))
	d.press("t")
	visit(d, "review", in(stepReview))
	d.press("s", "s")
	visit(d, "statements", in(stepStatements))
	answerAll(d, driverAnswers)
	visit(d, "reflection", in(stepReflection))
	d.press("enter")
	visit(d, "note", in(stepNote))
	d.press("enter")
	visit(d, "result", in(stepResult))
	d.press("enter")
	visit(d, "focus", in(stepFocus))
	d.press("q")
	visit(d, "home after the check-in", check(screenHome))
	d.press("h")
	visit(d, "history", check(screenHistory))
	d.press("enter")
	visit(d, "a check-in from the history", check(screenRecord))
	d.press("q", "c")
	visit(d, "comparison", check(screenCompare))
	d.press("q", "q", "g")
	visit(d, "trends", check(screenTrends))
	d.press("q", "e")
	visit(d, "feedback", check(screenFeedback))
	d.press("q", "s")
	visit(d, "cadence", check(screenCadence))
	d.press("esc", "t", "s", "s", "4", "esc", "y", "t")
	visit(d, "resume", in(stepResume))

	for id := range screenCount {
		if id != screenCheckIn && !seen[check(id)] {
			t.Errorf("screen %d was never reached", id)
		}
	}
	for s := range stepCount {
		if !seen[in(s)] {
			t.Errorf("check-in step %d was never reached", s)
		}
	}
}

// A reply reaches the screen that asked even when another is on view, but
// cannot move the person: the check-in opened before the home screen has
// read anything (a key would wait for that reading, keys_together.go, so
// the check-in is opened by its message) is not taken over by the
// first-run form that reading then asks for.
func TestAReplyToAScreenLeftMovesNobody(t *testing.T) {
	path := dashSettings(t, "")
	opts := appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), SettingsPath: path, Now: newClock().now}
	m := New(opts.options())
	read := m.Init()
	d := &driver{t: t, m: m}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.send(openCheckIn(d.root().common))
	d.run(read)
	if got := where(d); got != (place{id: screenCheckIn, step: stepStatements}) {
		t.Errorf("on screen %d step %d, want the statements", got.id, got.step)
	}
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
	mustNotContain(t, d.view(), "Three choices before your first check-in")
	if _, err := os.Stat(path); err == nil {
		t.Error("the settings file was written, but the first run never showed")
	}
}

// ctrl+c quits at once, except on a step that holds answers or typed
// words, where it asks: the review, the statements, the reflection, the
// note, and the objectives while they are written.
func TestCtrlCAsksOnlyWhereWordsWouldBeLost(t *testing.T) {
	q := loopCaseQuestionnaire(t)
	for _, tc := range []struct {
		name string
		keys []string
		asks bool
	}{
		{"home", nil, false},
		{"review", []string{"t"}, true},
		{"statements", []string{"t", "s", "s"}, true},
		{"reflection", append([]string{"t", "s", "s"}, strings.Split(driverAnswers, "")...), true},
		{"note", append([]string{"t", "s", "s"}, append(strings.Split(driverAnswers, ""), "enter")...), true},
		{"result", append([]string{"t", "s", "s"}, append(strings.Split(driverAnswers, ""), "enter", "enter")...), false},
		{"picking", append([]string{"t", "s", "s"}, append(strings.Split(driverAnswers, ""), "enter", "enter", "enter")...), false},
		{"objectives", append([]string{"t", "s", "s"}, append(strings.Split(driverAnswers, ""), "enter", "enter", "enter", "enter")...), true},
		{"history", []string{"h"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openStore(t)
			loopCaseSeedCommitted(t, s, q, t0.AddDate(0, 0, -28))
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }}, 80, 24)
			d.press(tc.keys...)
			d.press("ctrl+c")
			if d.quit == tc.asks {
				t.Errorf("ctrl+c: quit %v, want %v:\n%s", d.quit, !tc.asks, d.view())
			}
			if tc.asks {
				mustContain(t, d.view(), "Leave")
			}
		})
	}
}
