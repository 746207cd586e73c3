package tui

import "testing"

// answerAll answers the eight test statements with number keys.
func answerAll(d *driver, answers string) {
	for _, r := range answers {
		d.press(string(r))
	}
}

func TestNoteEnterOnEmptyGoesToResult(t *testing.T) {
	s := openStore(t)
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, "45342221")
	mustContain(t, d.view(), "Anything to remember about this period? (optional)",
		"enter continue", "alt+enter/ctrl+j new line", "shift+tab back", "esc leave")
	d.press("enter")
	mustContain(t, d.view(), "✓ saved")
	rec, ok, err := s.Latest()
	if err != nil || !ok {
		t.Fatalf("Latest() = %v, %v", ok, err)
	}
	if rec.Note != "" {
		t.Errorf("note = %q, want empty", rec.Note)
	}
}

func TestNoteKeepsTextWithNewlines(t *testing.T) {
	s := openStore(t)
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, "45342221")
	d.typeText("Reorg month.")
	d.press("alt+enter")
	d.typeText("New hire")
	d.press("ctrl+j")
	d.typeText("started.")
	mustContain(t, d.view(), "Reorg month.", "New hire", "started.")
	d.press("enter")
	rec, _, err := s.Latest()
	if err != nil {
		t.Fatal(err)
	}
	if want := "Reorg month.\nNew hire\nstarted."; rec.Note != want {
		t.Errorf("note = %q, want %q", rec.Note, want)
	}
	mustContain(t, d.view(), "Your note")
}

func TestNoteBackGoesToLastStatement(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, "45342221")
	d.typeText("draft")
	d.press("shift+tab")
	v := d.view()
	mustContain(t, v, "Statement 8 of 8", stmt8)
	if got := optionLine(t, v, "Strongly disagree"); got != "› ● 1  Strongly disagree" {
		t.Errorf("last answer should show, got %q", got)
	}
	d.press("right") // forward again, to the note typed so far
	mustContain(t, d.view(), "Anything to remember", "draft")
}

func TestNoteCtrlCAsksBeforeLeaving(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
	answerAll(d, "45342221")
	d.press("ctrl+c")
	mustContain(t, d.view(), "Leave this check-in? Your 8 answers will be discarded")
	if d.quit {
		t.Fatal("ctrl+c on the note should ask first")
	}
	d.press("y")
	if !d.quit {
		t.Error("y should leave")
	}
}
