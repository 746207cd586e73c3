package tui

import (
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// A review's note is one line: lines pasted into it, blank ones too, are
// kept with single spaces, as an objective is, not "two.  Then".
func TestLoopReviewNoteKeepsSingleSpaces(t *testing.T) {
	for _, tc := range []struct{ name, pasted, want string }{
		{"a blank line between", "She ran two.\n\nThen stopped.", "She ran two. Then stopped."},
		{"spaces and tabs", "  She ran\t two. ", "She ran two."},
		{"one line", "She ran two.", "She ran two."},
	} {
		q, s := loopCaseQuestionnaire(t), openStore(t)
		loopCaseSeedCommitted(t, s, q, oct12)
		d := loopCaseStart(t, q, s)
		d.press("3")
		d.send(pasted(tc.pasted))
		d.press("enter", "s")
		loopCaseToResult(t, d)
		got := loopCaseLatest(t, s).Reviews
		if len(got) != 1 || got[0].Progress != assessment.Done || got[0].Note != tc.want {
			t.Errorf("%s: reviews = %+v, want one done with the note %q", tc.name, got, tc.want)
		}
	}
}
