package cli

import (
	"bytes"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/tui"
)

// Once the app closes, one line on standard error says what the run left,
// made safe; nothing after only looking, and nothing on standard output.
func TestPrintOutcome(t *testing.T) {
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	saved := &assessment.CheckIn{ID: "20261130-090000-1\x1b]0;x\x07", Scores: assessment.Scores{
		Dimensions: map[string]assessment.Score{"relationships": assessment.Scored(56.25), "results": assessment.Scored(62.5)}}}
	tests := []struct {
		name string
		o    tui.Outcome
		want string
	}{
		{"browsing", tui.Outcome{}, ""},
		{"saved", tui.Outcome{Saved: saved}, "Saved check-in 20261130-090000-1 · relationships 56 ±13 · results 63 ±13\n"},
		{"draft", tui.Outcome{Draft: true}, "Check-in kept as a draft; the next check-in offers to resume it.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			printOutcome(Env{Stdout: &out, Stderr: &errb}, q, tt.o)
			if errb.String() != tt.want || out.Len() != 0 {
				t.Errorf("stderr %q, stdout %q; want stderr %q", errb.String(), out.String(), tt.want)
			}
		})
	}
}
