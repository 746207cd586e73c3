package tui

import (
	"reflect"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// Seeded months with the test questionnaire (history_helpers_test.go):
// month 11 (Sun 12 Oct 2025) keys relationships 4,2,3,4 (56.25, shown 56)
// and results 4,5,3,4 (75): balance +18.75, shown +19, leaning results,
// the Driver profile.
// Month 10 (Fri 12 Sep 2025) keys relationships 2,3,1,2 (25) and results
// 4,5,5,4 (87.5, shown 88). Months 1, 4, 7 and 10 have a note.

func TestHistoryListsNewestFirst(t *testing.T) {
	d, _, recs := historyOpen(t, 12, 80, 24)
	v := d.view()
	mustContain(t, v, "leadcheck · History", "12 check-ins",
		"Date Relationships Results Balance Profile Note",
		"← leans relationships · → leans results · ≈ balanced · ✎ note or reflection",
		"enter open • c compare • space mark • d delete • q back • ? more keys")
	if got, want := historyRowOf(t, v, recs[11]), "›  12 Oct 2025             56       75   +19 →   Driver"; got != want {
		t.Errorf("newest row, selected:\n got %q\nwant %q", got, want)
	}
	if row := historyRowOf(t, v, recs[10]); !strings.HasPrefix(row, "12 Sep 2025") || !strings.HasSuffix(row, "✎") {
		t.Errorf("the second row should be unselected and show its note: %q", row)
	}
	last := -1
	for i := len(recs) - 1; i >= 0; i-- {
		at := strings.Index(v, recs[i].TakenAt.Format(historyDateTerse))
		if at < last {
			t.Errorf("check-in %d is listed out of order", i)
		}
		last = at
	}
}

func TestHistoryWideNamesTheSideAndShowsTheNote(t *testing.T) {
	d, _, recs := historyOpen(t, 12, 160, 48)
	v := d.view()
	mustContain(t, v, "Sun 12 Oct 2025, 09:00", "+19 → results", "✎ Quiet month.")
	mustNotContain(t, v, "leans relationships ·") // no legend needed
	if row := optionLine(t, v, recs[11].TakenAt.Format(historyDateWide)); !strings.HasPrefix(row, "›") {
		t.Errorf("newest row should be selected: %q", row)
	}
}

func TestHistoryEmptySaysHowToStart(t *testing.T) {
	d, _, _ := historyOpen(t, 0, 80, 24)
	v := d.view()
	mustContain(t, v, "No check-ins yet. Press t to take your first one. A check-in is 8 statements",
		"A check-in is 8 statements", "t take a check-in", "q back")
	mustNotContain(t, v, "Date", "c compare")
	d.press("d", "enter", "c", " ") // nothing to act on
	mustContain(t, d.view(), "No check-ins yet.")
	d.press("t")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)
}

func TestHistoryDeleteYesDeletesExactlyThatRecord(t *testing.T) {
	d, s, recs := historyOpen(t, 12, 80, 24)
	before, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	d.press("down", "down") // the third row: recs[9], Tue 12 Aug 2025
	d.press("d")
	v := d.view()
	mustContain(t, v, "Delete the check-in of Tue 12 Aug 2025, 09:00? This cannot be undone.", "› Keep",
		"y delete", "n/esc keep")
	d.press("y")
	after, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	want := append(before[:9:9], before[10:]...)
	if !reflect.DeepEqual(after, want) {
		t.Errorf("after deleting %s the store holds %d records; want every other one unchanged", recs[9].ID, len(after))
	}
	v = d.view()
	mustContain(t, v, "11 check-ins", "Deleted the check-in of Tue 12 Aug 2025, 09:00.")
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " ›◆"), "12 Aug 2025") {
			t.Errorf("the deleted check-in is still listed: %q", l)
		}
	}
	if row := historyRowOf(t, v, recs[8]); !strings.HasPrefix(row, "›") {
		t.Errorf("the cursor should stay on the third row, now the check-in below: %q", row)
	}
}

func TestHistoryDeleteNoKeepsEverything(t *testing.T) {
	for _, no := range []string{"n", "esc"} {
		t.Run(no, func(t *testing.T) {
			d, s, recs := historyOpen(t, 12, 80, 24)
			before, _ := s.List()
			d.press("down", "d", no)
			after, err := s.List()
			if err != nil || !reflect.DeepEqual(after, before) {
				t.Errorf("%q should keep every check-in: %d before, %d after, %v", no, len(before), len(after), err)
			}
			v := d.view()
			mustNotContain(t, v, "Delete the check-in", "Deleted")
			mustContain(t, v, "12 check-ins")
			if row := historyRowOf(t, v, recs[10]); !strings.HasPrefix(row, "›") {
				t.Errorf("the cursor should not move: %q", row)
			}
		})
	}
}

func TestHistoryEnterOpensResultAndBackKeepsRow(t *testing.T) {
	for _, back := range []string{"q", "esc", "enter"} {
		t.Run(back, func(t *testing.T) {
			d, _, recs := historyOpen(t, 12, 80, 24)
			d.press("down", "down", "down", "down") // recs[7], with a note
			d.press("enter")
			v := d.view()
			mustContain(t, v, "leadcheck · Check-in of Thu 12 Jun 2025, 09:00", "from your history",
				"since 12 May", "Relationship-building", "Facets, weakest first", "enter/q back")
			d.press("end")
			mustContain(t, d.view(), "Your note", "Quarter end. Long hours.")
			d.press(back)
			v = d.view()
			mustContain(t, v, "leadcheck · History")
			if row := historyRowOf(t, v, recs[7]); !strings.HasPrefix(row, "›") {
				t.Errorf("back from the result should keep the row: %q", row)
			}
		})
	}
}

func TestHistoryFirstCheckInShowsNoChange(t *testing.T) {
	d, _, _ := historyOpen(t, 12, 80, 24)
	d.press("end", "enter")
	v := d.view()
	mustContain(t, v, "Check-in of Tue 12 Nov 2024, 09:00")
	mustNotContain(t, v, "since")
}

func TestHistoryScrollsThroughHundreds(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("h")
	recs := historyFake(q, 300)
	d.send(historyLoadedMsg{recs: recs})
	at := 0
	for _, step := range []struct {
		key  string
		move func(int) int
	}{
		{"down", func(i int) int { return i + 1 }},
		{"j", func(i int) int { return i + 1 }},
		{"pgdown", nil}, {"f", nil}, {"end", nil}, {"up", nil}, {"pgup", nil},
		{"home", nil}, {"G", nil}, {"k", nil}, {"g", nil},
	} {
		d.press(step.key)
		v := d.view()
		sel := historySelected(t, v)
		i := historyIndex(recs, sel)
		if i < 0 {
			t.Fatalf("after %s the selected row %q is no check-in", step.key, sel)
		}
		if step.move != nil && i != step.move(at) {
			t.Errorf("after %s row %d is selected, want %d", step.key, i, step.move(at))
		}
		switch step.key {
		case "end", "G":
			if i != len(recs)-1 {
				t.Errorf("%s should select the oldest, got row %d", step.key, i)
			}
		case "home", "g":
			if i != 0 {
				t.Errorf("%s should select the newest, got row %d", step.key, i)
			}
		}
		if n := len(strings.Split(v, "\n")); n != 24 {
			t.Errorf("after %s the view is %d lines, want 24", step.key, n)
		}
		at = i
	}
}

// A status line takes a row from the table rather than push the selected
// row off the bottom of the screen.
func TestHistoryStatusKeepsSelectedRowInView(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Now: newClock().now}, 60, 20)
	d.press("h")
	recs := historyFake(q, 300)
	d.send(historyLoadedMsg{recs: recs})
	d.press("end", "c") // a status of two lines at this width
	v := d.view()
	mustContain(t, v, "This is your first check-in")
	if i := historyIndex(recs, historySelected(t, v)); i != len(recs)-1 {
		t.Errorf("the oldest row should be selected and in view, got row %d", i)
	}
	if n := len(strings.Split(v, "\n")); n != 20 {
		t.Errorf("view is %d lines, want 20", n)
	}
	d.press("up")
	mustNotContain(t, d.view(), "This is your first check-in")
	historySelected(t, d.view())
}

// historySelected is the table row with the cursor glyph.
func historySelected(t *testing.T, view string) string {
	t.Helper()
	for _, l := range strings.Split(view, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "›") {
			return l
		}
	}
	t.Fatalf("no selected row in view:\n%s", view)
	return ""
}

func historyIndex(recs []assessment.CheckIn, row string) int {
	for i, r := range recs {
		if strings.Contains(row, r.TakenAt.Format(historyDateTerse)) {
			return i
		}
	}
	return -1
}

func TestHistoryBackGoesHome(t *testing.T) {
	for _, back := range []string{"q", "esc"} {
		d, _, _ := historyOpen(t, 2, 80, 24)
		d.press(back)
		mustContain(t, d.view(), "Last check-in", "2 check-ins so far")
	}
	d, _, _ := historyOpen(t, 2, 80, 24)
	d.press("ctrl+c")
	if !d.quit {
		t.Error("ctrl+c in the history should quit")
	}
}

func TestHistoryWithoutStoreSaysSo(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Now: newClock().now}, 80, 24)
	d.press("h")
	mustContain(t, d.view(), "✗ Could not read your history: no database is open")
}

func TestHistoryFullHelpListsEveryKey(t *testing.T) {
	d, _, _ := historyOpen(t, 3, 80, 24)
	d.press("?")
	mustContain(t, d.view(), "pgdn/f", "home/g", "end/G", "t take a check-in", "space mark", "? fewer keys")
}

func BenchmarkHistoryMove(b *testing.B) {
	q := testQuestionnaire(b)
	d := newDriver(b, appOptions{Questionnaire: q, Store: openStore(b), Now: newClock().now}, 80, 24)
	d.press("h")
	d.send(historyLoadedMsg{recs: historyFake(q, 1000)})
	down, up := keyMsg("down"), keyMsg("up")
	b.ResetTimer()
	for i := range b.N {
		if i%2 == 0 {
			d.send(down)
		} else {
			d.send(up)
		}
		_ = d.view()
	}
}
