package tui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
	"github.com/muesli/termenv"

	"github.com/leadcheck/leadcheck/practice"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	code := m.Run()
	benchdata.Cleanup() // the benchmarks' database, if one was made
	os.Exit(code)
}

// t0 is when every test's clock starts.
var t0 = time.Date(2025, 11, 29, 9, 0, 0, 0, time.UTC)

// clock moves on a fixed step at every reading, so each statement takes
// the same, realistic time and goldens do not depend on the machine.
type clock struct {
	mu   sync.Mutex
	t    time.Time
	step time.Duration
}

func newClock() *clock { return &clock{t: t0, step: 3 * time.Second} }

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.t
	c.t = c.t.Add(c.step)
	return t
}

// testQuestionnaire is testdata/questions.yaml: 8 statements, 4 per
// dimension, so each dimension needs 3 answers to be scored.
func testQuestionnaire(t testing.TB) *assessment.Questionnaire {
	t.Helper()
	return parseQuestionnaire(t, filepath.Join("testdata", "questions.yaml"))
}

func parseQuestionnaire(t testing.TB, path string) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := assessment.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// appOptions are what a test starts the app with: the options of New,
// and what the command line hands the use cases (the database, and the
// files beside it), so that each test names only what it cares about.
type appOptions struct {
	Questionnaire *assessment.Questionnaire
	Store         *store.Store
	Handle        *store.Handle // opened for each read or write, as the app does
	StoreErr      error
	Start         Screen
	Now           func() time.Time
	Theme         string
	TakenAt       time.Time
	Mouse         bool

	SettingsPath, DraftPath, RecoveryDir, Version string
}

// options wires the use cases over the test's database and files, as the
// command line does. Their clock stands still at t0: it stamps drafts,
// and the app's own clock times the answers.
func (o appOptions) options() Options {
	svc := practice.New(practice.Config{
		Questionnaire: o.Questionnaire, Store: o.Store, Handle: o.Handle, StoreErr: o.StoreErr,
		SettingsPath: o.SettingsPath, DraftPath: o.DraftPath, RecoveryDir: o.RecoveryDir, Version: o.Version,
		Now: func() time.Time { return t0 },
	})
	return Options{Questionnaire: o.Questionnaire, Practice: testPractice{svc}, Start: o.Start, Now: o.Now,
		Theme: o.Theme, TakenAt: o.TakenAt, Mouse: o.Mouse}
}

// testPractice hands the use cases to the screens, as the command line's
// adapter does: Finish reports in the app's own type.
type testPractice struct{ *practice.Service }

func (p testPractice) Finish(c assessment.CheckIn) Finished { return Finished(p.Service.Finish(c)) }

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "history.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// driver runs the root model the way tea.Program would, but synchronously:
// every command returned is run and its message fed back, so a test sees
// the screen as it is once things have settled.
type driver struct {
	t    testing.TB
	m    tea.Model
	quit bool
}

func newDriver(t testing.TB, opts appOptions, w, h int) *driver {
	t.Helper()
	return startDriver(t, New(opts.options()), w, h)
}

// startDriver runs m from its first command, in a window of w×h.
func startDriver(t testing.TB, m Model, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: m}
	d.run(d.m.Init())
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

func (d *driver) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		if d.quit {
			d.t.Fatalf("message %#v sent after the program quit", msg)
		}
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(msg)
		d.run(cmd)
	}
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.QuitMsg:
		d.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	default:
		d.send(msg)
	}
}

// press sends keys by name: "enter", "esc", "ctrl+c", "alt+enter", or
// typed text such as "3" or "y".
func (d *driver) press(keys ...string) {
	for _, k := range keys {
		d.send(keyMsg(k))
	}
}

// typeText sends each rune as a key press.
func (d *driver) typeText(s string) {
	for _, r := range s {
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
}

func (d *driver) view() string { return d.m.View() }

func (d *driver) root() Model { return d.m.(Model) }

// checkIn is the check-in the app holds, its steps as they are now.
func (d *driver) checkIn() checkIn { return d.root().screens[screenCheckIn].(checkIn) }

var namedKeys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "esc": tea.KeyEsc, "ctrl+c": tea.KeyCtrlC,
	"ctrl+j": tea.KeyCtrlJ, "up": tea.KeyUp, "down": tea.KeyDown,
	"left": tea.KeyLeft, "right": tea.KeyRight, "backspace": tea.KeyBackspace,
	"shift+tab": tea.KeyShiftTab, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "home": tea.KeyHome, "end": tea.KeyEnd,
}

func keyMsg(k string) tea.KeyMsg {
	if k == "alt+enter" {
		return tea.KeyMsg{Type: tea.KeyEnter, Alt: true}
	}
	if t, ok := namedKeys[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// mustContain fails unless the view contains every wanted text. Runs of
// white space, line breaks included, compare equal, so a sentence may wrap.
func mustContain(t testing.TB, view string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(collapse(view), collapse(w)) {
			t.Errorf("view lacks %q:\n%s", w, view)
		}
	}
}

func mustNotContain(t testing.TB, view string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(collapse(view), collapse(u)) {
			t.Errorf("view should not contain %q:\n%s", u, view)
		}
	}
}

// collapse also drops the bar huh draws left of the field being filled
// in, so a question wrapped over two lines reads as one.
func collapse(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, formBar, " ")), " ")
}

// formBar is the bar left of a form's field with the cursor.
const formBar = "┃"

// mustFocus fails unless the form's field titled title has the cursor:
// huh draws its bar left of that field's title.
func mustFocus(t testing.TB, view, title string) {
	t.Helper()
	if !strings.Contains(view, formBar+" "+title) {
		t.Errorf("the field %q does not have the cursor:\n%s", title, view)
	}
}

func assessmentScore(v float64) assessment.Score { return assessment.Scored(v) }

func (p testPractice) Report(ref string) (FeedbackView, error) {
	r, err := p.Service.Report(ref)
	if errors.Is(err, practice.ErrNoRound) && ref == "" {
		return FeedbackView{}, ErrNoRound
	}
	return FeedbackView(r), err
}

func (p testPractice) OthersOverTime() ([]OthersAt, error) {
	others, err := p.Service.OthersOverTime()
	out := make([]OthersAt, len(others))
	for i, o := range others {
		out[i] = OthersAt(o)
	}
	return out, err
}
