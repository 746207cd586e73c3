package tui

import "testing"

// Each case reaches a step with text typed, presses the key that asks,
// answers the question with stay, and expects the same step and text.
func TestTextStepsAskBeforeLeavingAndStayKeepsTheText(t *testing.T) {
	for _, tc := range []struct {
		name, open, step string
		toStep           func(*driver)
	}{
		{"reflection ctrl+c", "ctrl+c", "Looking back", func(d *driver) { answerAll(d, driverAnswers) }},
		{"reflection esc", "esc", "Looking back", func(d *driver) { answerAll(d, driverAnswers) }},
		{"note ctrl+c", "ctrl+c", "Anything to remember", func(d *driver) { answerAll(d, driverAnswers); d.press("enter") }},
		{"note esc", "esc", "Anything to remember", func(d *driver) { answerAll(d, driverAnswers); d.press("enter") }},
	} {
		for _, stay := range []string{"n", "esc"} {
			t.Run(tc.name+" then "+stay, func(t *testing.T) {
				d := loopCaseStart(t, loopCaseQuestionnaire(t), openStore(t))
				tc.toStep(d)
				d.typeText("Half a thought")
				d.press(tc.open)
				if d.quit {
					t.Fatal("the key should ask, not leave")
				}
				mustContain(t, d.view(), "Leave this check-in? Your 8 answers will be discarded",
					"y leave", "n/esc stay", "b back a step")
				d.press(stay)
				mustContain(t, d.view(), tc.step, "Half a thought")
				mustNotContain(t, d.view(), "Leave this check-in?")
				d.typeText(", finished.") // the field has the keys again
				mustContain(t, d.view(), "Half a thought, finished.")
			})
		}
	}
}

func TestTextStepLeaveQuestionYesLeaves(t *testing.T) {
	for _, yes := range []string{"y", "ctrl+c"} {
		d := loopCaseStart(t, loopCaseQuestionnaire(t), openStore(t))
		answerAll(d, driverAnswers)
		d.press("esc", yes)
		if !d.quit {
			t.Errorf("%s should leave the check-in", yes)
		}
	}
}

func TestTextStepLeaveQuestionBackGoesBackAStep(t *testing.T) {
	d := loopCaseStart(t, loopCaseQuestionnaire(t), openStore(t))
	answerAll(d, driverAnswers)
	d.press("enter")
	d.typeText("Reorg.")
	d.press("esc", "b")
	mustContain(t, d.view(), "Looking back")
	d.press("ctrl+c", "b")
	mustContain(t, d.view(), "Statement 8 of 8")
}

func TestFocusCtrlCWhileWritingAsks(t *testing.T) {
	q, s := loopCaseQuestionnaire(t), openStore(t)
	d := loopCaseStart(t, q, s)
	loopCaseToResult(t, d)
	d.press("enter", "1", "enter")
	d.typeText("let Ana run")
	d.press("ctrl+c")
	if d.quit {
		t.Fatal("ctrl+c while writing an objective should ask first")
	}
	mustContain(t, d.view(), "Leave without saving what to work on?", "y leave", "n/esc stay")
	d.press("n")
	mustContain(t, d.view(), "Objective 1 of 1", "By the next check-in I will let Ana run")
	d.typeText(" the demo.")
	mustContain(t, d.view(), "let Ana run the demo.")
	d.press("ctrl+c", "y")
	if !d.quit {
		t.Error("y should leave")
	}
	if rec := loopCaseLatest(t, s); len(rec.Commitments) != 0 {
		t.Errorf("commitments = %v, want none: leaving saves no objectives", rec.Commitments)
	}
}
