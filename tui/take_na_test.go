package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// naQuestionnaire is the test questionnaire with a "did not come up"
// answer on its scale.
func naQuestionnaire(t *testing.T) *assessment.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "questions.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(data), "  labels:", "  not_applicable: Did not come up\n  labels:", 1)
	q, err := assessment.Parse("na.yaml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// "Did not come up" is offered after the scale, on the 0 key or by the
// arrows, shown in the footer, and saved as not applicable.
func TestTakeDidNotComeUp(t *testing.T) {
	q := naQuestionnaire(t)
	s := openStore(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Start: ScreenTake, Now: newClock().now}, 80, 24)
	mustContain(t, d.view(), "○ 0  Did not come up", "0 did not come up", "? more keys")
	d.press("0") // the first statement did not come up
	d.press("down", "down", "down", "down", "down", "down", "enter")
	answerAll(d, "342221")
	d.press("enter")
	rec, _, err := s.Latest()
	if err != nil {
		t.Fatal(err)
	}
	na := 0
	for _, x := range rec.Answers {
		if x == assessment.NotApplicable {
			na++
		}
	}
	mustContain(t, d.view(), "Statements: 6 of 8 answered, 2 did not come up.")
	if na != 2 || len(rec.Answers) != 8 {
		t.Errorf("answers = %v, want 8 with 2 not applicable", rec.Answers)
	}
}
