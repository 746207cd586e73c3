package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/store"
)

// keysTogether is one key message holding several runes, as Bubble Tea
// delivers keys that arrive in one read.
func keysTogether(s string, paste bool) tea.KeyMsg {
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s), Paste: paste}
}

func TestKeysTogetherAnswerOneStatementEach(t *testing.T) {
	for _, paste := range []bool{false, true} {
		d := startTake(t)
		d.send(keysTogether("34", paste))
		if got := d.checkIn().take().answers; len(got) != 2 || got["trust-1"] != 3 || got["objectives-1"] != 4 {
			t.Errorf("paste=%v: answers = %v, want trust-1: 3, objectives-1: 4", paste, got)
		}
		mustContain(t, d.view(), "Statement 3 of 8", stmt3)
	}
}

func TestKeysTogetherFinishTheStatementsAndReachTheNote(t *testing.T) {
	d := startTake(t)
	d.send(keysTogether("45342221", false))
	mustContain(t, d.view(), "Anything to remember about this period? (optional)")
	if n := len(d.checkIn().take().answers); n != 8 {
		t.Errorf("%d answers recorded, want 8", n)
	}
}

func TestKeysTogetherOnHomeOpenTheCheckInThenAnswer(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.send(keysTogether("t4", false))
	mustContain(t, d.view(), "Statement 2 of 8", stmt2)
	if got := d.checkIn().take().answers["trust-1"]; got != 4 {
		t.Errorf("trust-1 = %d, want 4: the key after t belongs to the check-in", got)
	}
}

func TestKeysTogetherTypeIntoTextFields(t *testing.T) {
	d := startTake(t)
	answerAll(d, "45342221")
	d.send(keysTogether("Reorg ", false), keysTogether("month.", true))
	if got := d.checkIn().note().text(); got != "Reorg month." {
		t.Errorf("note = %q, want %q", got, "Reorg month.")
	}
}

func TestKeysTogetherStopAtQuit(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.send(keysTogether("qt", false))
	if !d.quit {
		t.Error("q on the home screen should quit, and the t after it be dropped")
	}
}

// Keys that open a screen and the keys after them arrive together: the
// later keys wait until the screen has read what it shows, as they would
// had they been typed one by one.
func TestKeysTogetherWaitForTheScreenTheyOpen(t *testing.T) {
	tests := []struct {
		name  string
		keys  string
		check func(t *testing.T, d *driver)
	}{
		{"history: h then two rows down", "hjj", func(t *testing.T, d *driver) {
			if got := d.root().screens[screenHistory].(historyModel).table.Cursor(); got != 2 {
				t.Errorf("history row %d selected, want 2", got)
			}
		}},
		{"history: h, one row down, open it", "hj\r", func(t *testing.T, d *driver) {
			r, ok := d.root().screens[screenRecord].(resultModel)
			if d.root().active != screenRecord || !ok || r.rec.ID != d.root().screens[screenHistory].(historyModel).recs[1].ID {
				t.Errorf("screen %v, want the result of the second row", d.root().active)
			}
		}},
		{"review: t then done", "t3", func(t *testing.T, d *driver) {
			mustContain(t, d.view(), "Commitment 1 of 2", "How did it go? ● Done")
			if got := d.checkIn().take().answers; len(got) != 0 {
				t.Errorf("answers %v: the 3 was meant for the review", got)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			historySeed(t, s, q, 3)
			loopCaseSeedCommitted(t, s, q, historyStart.AddDate(0, 4, 0))
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 30)
			msg := keysTogether(tt.keys, false)
			if strings.HasSuffix(tt.keys, "\r") { // enter is a key of its own, in the same read
				msg = keysTogether(strings.TrimSuffix(tt.keys, "\r"), false)
				d.send(msg, tea.KeyMsg{Type: tea.KeyEnter})
			} else {
				d.send(msg)
			}
			tt.check(t, d)
		})
	}
}

// pressWhileBusy sends keys one message each, as separate reads, before
// any command they return has run, then runs those commands: keys typed
// while the screen they lead to is still being reached or saved.
func pressWhileBusy(d *driver, keys ...string) {
	var held []tea.Cmd
	for _, k := range keys {
		var cmd tea.Cmd
		d.m, cmd = d.m.Update(keyMsg(k))
		held = append(held, cmd)
	}
	for _, cmd := range held {
		d.run(cmd)
	}
}

// Keys read while a key's command runs (a step to reach, a check-in or
// commitments to save) wait for it, then count on the screen it led to.
func TestKeysWaitForTheCommandBeforeThem(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		check func(t *testing.T, d *driver, s *store.Store)
	}{
		// The last two keys are sent while busy, the ones before as typed.
		{"q on the result, typed while it saves", []string{"enter", "q"}, func(t *testing.T, d *driver, s *store.Store) {
			if n, _ := s.Count(); n != 1 || !d.quit {
				t.Errorf("%d saved, quit %v; want the check-in saved and the result closed", n, d.quit)
			}
			if note := loopCaseLatest(t, s).Note; note != "" {
				t.Errorf("note = %q: the q was typed into it", note)
			}
		}},
		{"enter to close, typed while the commitment saves", []string{"enter", "enter", "1", "enter", "W", "enter", "enter"},
			func(t *testing.T, d *driver, s *store.Store) {
				if cs := loopCaseLatest(t, s).Commitments; len(cs) != 1 || !d.quit {
					t.Errorf("commitments %+v, quit %v; want one saved and the focus step closed", cs, d.quit)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, s := loopCaseQuestionnaire(t), openStore(t)
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
			answerAll(d, driverAnswers)
			d.press("enter") // past the reflection
			mustContain(t, d.view(), "Anything to remember")
			d.press(tt.keys[:len(tt.keys)-2]...)
			pressWhileBusy(d, tt.keys[len(tt.keys)-2:]...)
			tt.check(t, d, s)
		})
	}
}

// ctrl+c does not wait behind a screen that is still reading: a load that
// never ends must not keep the person in the program.
func TestQuitDoesNotWaitForALoad(t *testing.T) {
	m := New(appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: func() time.Time { return t0 }}.options())
	sized, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = sized.(Model)
	if !m.waiting() {
		t.Fatal("home has not read the history yet, so it should be waiting")
	}
	_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyCtrlC})
	if cmd == nil {
		t.Fatal("ctrl+c while home is loading returned no command")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("ctrl+c while home is loading did not quit")
	}
}

// Keys read right behind a key whose message leads on to another screen
// wait for that screen: enter on the first run saves, then opens the
// check-in, and "453" typed with it answered nothing.
func TestKeysTogetherFollowAChainOfScreens(t *testing.T) {
	tests := []struct {
		name    string
		first   tea.KeyMsg
		keys    string
		answers int
		want    string
	}{
		{"first run: enter, then answers", tea.KeyMsg{Type: tea.KeyEnter}, "453", 3, "Statement 4 of 8"},
		{"first run: t, then answers", keysTogether("t", false), "45", 2, "Statement 3 of 8"},
	}
	for _, tt := range tests {
		d := firstRunOpen(t, dashSettings(t, ""), "", 80, 24)
		// Both reads reach the program before the first key's command
		// has answered, as they do when typed together.
		m, cmd := d.m.Update(tt.first)
		m, cmd2 := m.Update(keysTogether(tt.keys, false))
		d.m = m
		d.run(cmd)
		d.run(cmd2)
		mustContain(t, d.view(), tt.want)
		if got := len(d.checkIn().take().answers); got != tt.answers {
			t.Errorf("%s: %d answers, want %d", tt.name, got, tt.answers)
		}
	}
}
