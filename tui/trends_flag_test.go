package tui

import (
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// trendsFlagged are the twelve monthly check-ins with the 4th and 9th
// flagged, and the last four taken with version 2 of the questionnaire.
func trendsFlagged(q *assessment.Questionnaire) []assessment.CheckIn {
	recs := trendsRecords(q, 12)
	for _, i := range []int{3, 8} {
		recs[i].Warnings = []assessment.Warning{{Code: assessment.WarnTooFast, Message: "too fast"}}
	}
	for i := 8; i < 12; i++ {
		recs[i].Questionnaire = assessment.QuestionnaireRef{ID: q.ID, Version: 2, Hash: "v2"}
	}
	return recs
}

// Flagged check-ins stay on the chart, marked, and are left out of the
// slopes unless counted; where the questionnaire changed is marked too.
func TestTrendLeavesFlaggedOutOfTheSlopes(t *testing.T) {
	q := testQuestionnaire(t)
	recs := trendsFlagged(q)
	var kept []assessment.CheckIn
	for _, r := range recs {
		if !r.Flagged() {
			kept = append(kept, r)
		}
	}
	keptRel, _ := trendsFit(q, kept)
	allRel, _ := trendView{q: q, points: trendPoints(q, recs), withFlagged: true}.trends()
	if slopeText(keptRel) == slopeText(allRel) {
		t.Fatalf("the fixture's flagged check-ins do not move the slope (%s)", slopeText(keptRel))
	}
	tests := []struct {
		withFlagged bool
		rel         assessment.Trend
		note        string
	}{
		{false, keptRel, "! 2 check-ins with data-quality warnings: left out of the slopes. --include-flagged counts them."},
		{true, allRel, "! 2 check-ins with data-quality warnings: counted in the slopes."},
	}
	for _, tt := range tests {
		out := RenderTrend(q, recs, 100, 40, DefaultStyles("none"), true, tt.withFlagged)
		flat := strings.Join(strings.Fields(out), " ")
		for _, want := range []string{
			"Per 30 days " + q.RelationshipsDimension().ID + " " + slopeText(tt.rel),
			tt.note,
			"Q Version 2 of the questionnaire from " + recs[8].TakenAt.Format("2 Jan 2006") + ": the statements changed there.",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("with flagged %v: lacks %q:\n%s", tt.withFlagged, want, out)
			}
		}
		if trendsLineAfter(t, out, "flag", 0) == "" || !strings.Contains(out, " new  ") {
			t.Errorf("with flagged %v: no row of flags or of questionnaire changes:\n%s", tt.withFlagged, out)
		}
	}
}

// The table, which the accessible mode prints for a screen reader, says
// the same marks in words beside the profile, and the slopes and notes
// above it, with no glyph to be read out as "exclamation mark" or "Q".
func TestTrendTableMarksInWords(t *testing.T) {
	q := testQuestionnaire(t)
	recs := trendsFlagged(q)
	out := RenderTrendTable(q, recs, 200, false)
	for _, i := range []int{3, 8} {
		row := tableRow(out, recs[i].TakenAt.Format("2 Jan 2006"))
		if !strings.Contains(row, " (warnings") {
			t.Errorf("row %d lacks its warnings: %q", i, row)
		}
	}
	if row := tableRow(out, recs[8].TakenAt.Format("2 Jan 2006")); !strings.HasSuffix(row, " (warnings, new questionnaire)") {
		t.Errorf("row 8 does not mark the new questionnaire: %q", row)
	}
	flat := strings.Join(strings.Fields(out), " ")
	for _, want := range []string{
		"Per 30 days: " + q.RelationshipsDimension().ID + " ",
		" 2 check-ins with data-quality warnings: left out of the slopes. --include-flagged counts them.",
		" Version 2 of the questionnaire from " + recs[8].TakenAt.Format("2 Jan 2006") + ": the statements changed there.",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
	if i := strings.IndexAny(out, "!·Q✓"); i >= 0 {
		t.Errorf("a glyph %q at %d of:\n%s", []rune(out[i:])[0], i, out)
	}
}

// With one check-in there is no slope, which the table says in words
// rather than with a dash.
func TestTrendTableNoSlopeInWords(t *testing.T) {
	q := testQuestionnaire(t)
	out := RenderTrendTable(q, trendsRecords(q, 1), 200, false)
	want := "Per 30 days: " + q.RelationshipsDimension().ID + " no slope yet, " + q.ResultsDimension().ID + " no slope yet.\n"
	if !strings.HasPrefix(out, want) {
		t.Errorf("want the table to begin %q:\n%s", want, out)
	}
}

// tableRow is the line of the table that starts with date.
func tableRow(out, date string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, date) {
			return strings.TrimRight(l, " ")
		}
	}
	return ""
}

// On the screen, f puts the flagged check-ins back into the slopes and
// takes them out again; the footer names what it will do.
func TestTrendsScreenTogglesFlagged(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	for _, r := range trendsFlagged(q) {
		if err := s.Save(&r, q); err != nil {
			t.Fatal(err)
		}
	}
	d := trendsOpen(t, q, s, 120, 50)
	steps := []struct{ want, footer string }{
		{"left out of the slopes. Press f to count them.", "f count flagged"},
		{"counted in the slopes. Press f to leave them out.", "f exclude flagged"},
		{"left out of the slopes. Press f to count them.", "f count flagged"},
	}
	for i, st := range steps {
		if i > 0 {
			d.press("f")
		}
		flat := strings.Join(strings.Fields(d.view()), " ")
		if !strings.Contains(flat, st.want) || !strings.Contains(flat, st.footer) {
			t.Errorf("step %d: lacks %q or %q:\n%s", i, st.want, st.footer, d.view())
		}
	}
	trendsFits(t, d.view(), 120, 50)
}

// At 80 columns, with nothing to scroll, the key line has room for f
// either way, on the charts as on the table: the key the screen's text
// names is listed.
func TestTrendsFlaggedKeyListedAt80(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	for _, r := range trendsFlagged(q) {
		if err := s.Save(&r, q); err != nil {
			t.Fatal(err)
		}
	}
	d := trendsOpen(t, q, s, 80, 50)
	for _, step := range []struct{ keys, footer string }{
		{"", "f count flagged"},
		{"f", "f exclude flagged"},
		{"t", "f exclude flagged"},
		{"f", "f count flagged"},
	} {
		if step.keys != "" {
			d.press(step.keys)
		}
		lines := strings.Split(d.view(), "\n")
		if last := lines[len(lines)-1]; !strings.Contains(last, step.footer) {
			t.Errorf("after %q the key line lacks %q: %q", step.keys, step.footer, last)
		}
	}
}
