package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// What a run leaves behind: a check-in saved, one kept as a draft, or
// nothing after only looking.
func TestOutcomeOfARun(t *testing.T) {
	tests := []struct {
		name      string
		start     Screen
		keys      func(d *driver)
		saved     bool
		draft     bool
		wantEmpty bool
	}{
		{"browsing", ScreenHome, func(d *driver) { d.press("h", "q", "g", "q") }, false, false, true},
		{"saved", ScreenTake, toSaved, true, false, false},
		{"left unfinished", ScreenTake, func(d *driver) { d.press("4", "5", "ctrl+c", "y") }, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openStore(t)
			opts, _ := draftOptions(t, s)
			opts.Start = tt.start
			d := newDriver(t, opts, 80, 24)
			tt.keys(d)
			o := d.root().Outcome()
			if (o.Saved != nil) != tt.saved || o.Draft != tt.draft {
				t.Fatalf("outcome = saved %v, draft %v; want %v, %v", o.Saved != nil, o.Draft, tt.saved, tt.draft)
			}
			q := testQuestionnaire(t)
			if got := o.Line(q); (got == "") != tt.wantEmpty {
				t.Errorf("line = %q", got)
			}
			if tt.saved {
				rec, _, _ := s.Latest()
				if o.Saved.ID != rec.ID {
					t.Errorf("saved %s, latest is %s", o.Saved.ID, rec.ID)
				}
			}
		})
	}
}

// A draft resumed and saved is no longer kept: the run saved a check-in.
func TestOutcomeOfAResumedDraft(t *testing.T) {
	s := openStore(t)
	opts, _ := draftOptions(t, s)
	d := newDriver(t, opts, 80, 24)
	d.press("4", "5", "ctrl+c", "y")
	if o := d.root().Outcome(); !o.Draft {
		t.Fatal("the first run kept no draft")
	}
	d = newDriver(t, opts, 80, 24)
	d.press("r")
	mustContain(t, d.view(), "Statement 3 of 8")
	for _, r := range driverAnswers[2:] {
		d.press(string(r))
	}
	for range 3 {
		if !strings.Contains(d.view(), "✓ saved") {
			d.press("enter")
		}
	}
	if o := d.root().Outcome(); o.Draft || o.Saved == nil {
		t.Errorf("outcome = saved %v, draft %v; want saved, no draft:\n%s", o.Saved != nil, o.Draft, d.view())
	}
}

// toSaved answers the statements and passes what follows them with
// enter until the check-in is saved.
func toSaved(d *driver) {
	answerAll(d, driverAnswers)
	for range 3 {
		if strings.Contains(d.view(), "✓ saved") {
			return
		}
		d.press("enter")
	}
	d.t.Fatalf("not saved:\n%s", d.view())
}

// The line says the check-in, both sides with their margins rounded as
// everywhere (62.5 is 63), a side not scored in the product's words, and
// a draft in a sentence of its own.
func TestOutcomeLine(t *testing.T) {
	q := testQuestionnaire(t)
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	m := assessment.MarginsOf(q)
	relM, resM := assessment.MarginText(m.Dimensions[rel.ID]), assessment.MarginText(m.Dimensions[res.ID])
	rec := func(r, s assessment.Score) *assessment.CheckIn {
		return &assessment.CheckIn{ID: "20261130-090000-1\x1b[2J", Scores: assessment.Scores{
			Dimensions: map[string]assessment.Score{rel.ID: r, res.ID: s}}}
	}
	tests := []struct {
		name string
		o    Outcome
		want string
	}{
		{"nothing", Outcome{}, ""},
		{"saved", Outcome{Saved: rec(assessment.Scored(62.5), assessment.Scored(55.5))},
			fmt.Sprintf("Saved check-in 20261130-090000-1 · %s 63 %s · %s 56 %s", rel.ID, relM, res.ID, resM)},
		{"a side not scored", Outcome{Saved: rec(assessment.Score{}, assessment.Scored(40))},
			fmt.Sprintf("Saved check-in 20261130-090000-1 · %s not scored · %s 40 %s", rel.ID, res.ID, resM)},
		{"a draft after a saved one", Outcome{Saved: rec(assessment.Scored(1), assessment.Scored(1)), Draft: true},
			"Check-in kept as a draft; the next check-in offers to resume it."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.o.Line(q); got != tt.want {
				t.Errorf("line = %q, want %q", got, tt.want)
			}
		})
	}
}
