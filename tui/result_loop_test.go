package tui

import (
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// dashLoopRecord is the latest of dashLoopRecords, with a note as well.
func dashLoopRecord(t *testing.T) assessment.CheckIn {
	t.Helper()
	recs := dashLoopRecords(testQuestionnaire(t))
	rec := recs[len(recs)-1]
	rec.Note = "Release month."
	return rec
}

func TestRenderResultShowsTheLoop(t *testing.T) {
	q := testQuestionnaire(t)
	rec := dashLoopRecord(t)
	for _, width := range []int{60, 80, 160} {
		v := RenderResult(q, rec, nil, width, DefaultStyles("none"))
		mustContain(t, v,
			"How your last commitments went",
			"done           Share the quarter's top three results on one",
			"Shared it on Tuesday; two people asked good",
			"some progress  Answer every waiting decision within a day.",
			"not started    Agree one stretch task with each person.",
			"No time in release month.",
			"Your reflection", "Delivery held up; I cancelled two one-to-ones in release",
			"Your note", "Release month.",
			"You committed to",
			"· Hand the release checklist to Priya and coach her through",
			"Developing people: Hand one task you would usually keep to",
			// No objective of their own: the practice is the commitment.
			"· Let each person finish, then sum up what they said before",
			"  Trust and listening")
		// In the order they were written: the review, the reflection and
		// the note, then what comes next.
		order := []string{"How your last commitments went", "Your reflection", "Your note", "You committed to"}
		last := -1
		for _, h := range order {
			i := strings.Index(v, h)
			if i < last {
				t.Errorf("width %d: %q comes before the section above it:\n%s", width, h, v)
			}
			last = i
		}
		dashFits(t, v, width, 200)
	}
}

// A check-in without the loop shows none of its headings.
func TestRenderResultWithoutTheLoop(t *testing.T) {
	q := testQuestionnaire(t)
	rec := trendsRecords(q, 1)[0]
	v := RenderResult(q, rec, nil, 80, DefaultStyles("none"))
	mustNotContain(t, v, "commitments went", "Your reflection", "You committed to")
}

func TestHistoryMarksAReflection(t *testing.T) {
	g := DefaultStyles("none").Glyphs
	for _, tc := range []struct {
		note, reflection string
		wide             bool
		want             string
		flagged          bool
	}{
		{"", "", false, "", false},
		{"", "Hard month.", false, " ✎", false},
		{"", "Hard month.\nMore.", true, " ✎ Hard month.", false},
		{"Merged teams.", "Hard month.", true, " ✎ Merged teams.", false},
		// A check-in with data-quality warnings is flagged in the same column.
		{"", "", false, "!", true},
		{"Merged teams.", "", true, "!✎ Merged teams.", true},
	} {
		rec := assessment.CheckIn{Note: tc.note, Reflection: tc.reflection}
		if tc.flagged {
			rec.Warnings = []assessment.Warning{{Code: assessment.WarnTooFast}}
		}
		got := historyNote(g, rec, tc.wide)
		if got != tc.want {
			t.Errorf("historyNote(%q, %q, wide %v) = %q, want %q", tc.note, tc.reflection, tc.wide, got, tc.want)
		}
	}
}
