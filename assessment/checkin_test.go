package assessment

import (
	"reflect"
	"testing"
	"time"
)

// TestNewCheckIn: mini's answers trust 4 and 2 (reversed: 4), morale 4
// and 4 give relationships a mean of 4 -> 75; goals 5 and 1 (reversed:
// 5), pace 5 and 5 give results 5 -> 100; a balance of +25, and both at
// 60 or more is the production profile.
func TestNewCheckIn(t *testing.T) {
	q := mustMini(t)
	a := Answers{"trust-1": 4, "trust-2": 2, "morale-1": 4, "morale-2": 4, "goals-1": 5, "goals-2": 1, "pace-1": 5, "pace-2": 5}
	res := Evaluate(q, a, nil)
	at := time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)
	c := NewCheckIn(q, a, res, at, "first")

	// Margins, worked by hand: relationships SEM 10*sqrt(0.1) = 3.162,
	// margin 6.198; results 15*sqrt(0.2) = 6.708, margin 13.148; balance
	// 1.96*sqrt(3.162^2+6.708^2) = 14.536. Each facet holds half its
	// dimension's statements, so its SEM is sqrt 2 times as wide: trust
	// and morale 8.765, goals and pace 18.594.
	wantMargins := map[string]float64{"relationships": 6.198, "results": 13.148, "balance": 14.536}
	wantFacets := map[string]float64{"trust": 8.765, "morale": 8.765, "goals": 18.594, "pace": 18.594}
	for _, m := range []struct{ got, want map[string]float64 }{{c.Scores.Margins, wantMargins}, {c.Scores.FacetMargins, wantFacets}} {
		if len(m.got) != len(m.want) {
			t.Errorf("margins = %v, want %v", m.got, m.want)
		}
		for id, w := range m.want {
			if g := m.got[id]; g < w-0.001 || g > w+0.001 {
				t.Errorf("margin of %s = %.4f, want %.3f", id, g, w)
			}
		}
	}

	want := CheckIn{
		TakenAt:       at,
		Questionnaire: QuestionnaireRef{ID: "mini", Version: 2, Hash: q.Hash},
		Answers:       a,
		Scores: Scores{Dimensions: res.Dimensions, Balance: res.Balance, Facets: res.Facets,
			Margins: c.Scores.Margins, FacetMargins: c.Scores.FacetMargins},
		Profile:  &ProfileRef{ID: "production", Name: "Production"},
		Warnings: res.Warnings,
		Note:     "first",
	}
	if !reflect.DeepEqual(c, want) {
		t.Fatalf("NewCheckIn =\n%+v\nwant\n%+v", c, want)
	}
	if c.Scores.Balance != Scored(25) {
		t.Errorf("balance = %v, want +25", c.Scores.Balance)
	}

	// The check-in must not change when the caller reuses its maps.
	a["trust-1"] = 1
	res.Dimensions["results"] = Score{}
	if c.Answers["trust-1"] != 4 || !c.Scores.Dimensions["results"].Valid {
		t.Errorf("NewCheckIn shares memory with its arguments: %+v", c)
	}
}

func TestNewCheckInWithoutProfile(t *testing.T) {
	c := NewCheckIn(mustMini(t), nil, Result{}, time.Time{}, "")
	if c.Profile != nil {
		t.Errorf("Profile = %+v, want nil", c.Profile)
	}
}

func TestSummaryOf(t *testing.T) {
	done := []Review{{Progress: SomeProgress}, {Progress: Done}}
	tests := []struct {
		name                  string
		edit                  func(c *CheckIn)
		hasNote, met, written bool
		codes                 []string
	}{
		{"note", func(c *CheckIn) { c.Note = "busy month" }, true, false, true, nil},
		{"reflection only", func(c *CheckIn) { c.Reflection = "trust grew" }, true, false, false, nil},
		{"blank note", func(c *CheckIn) { c.Note = " \n" }, false, false, false, nil},
		{"a commitment done", func(c *CheckIn) { c.Reviews = done }, false, true, false, nil},
		{"none done", func(c *CheckIn) { c.Reviews = done[:1] }, false, false, false, nil},
		{"two warnings", func(c *CheckIn) {
			c.Warnings = []Warning{{Code: WarnTooFast, Message: "m"}, {Code: "straight-lining"}}
		}, false, false, false, []string{WarnTooFast, "straight-lining"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CheckIn{
				ID: "20261129-090000-1", TakenAt: time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC),
				Scores: Scores{Dimensions: map[string]Score{"results": Scored(75)}, Balance: Scored(25),
					Facets: map[string]Score{"trust": Scored(50)}},
				Profile:       &ProfileRef{ID: "driver", Name: "Driver"},
				Questionnaire: QuestionnaireRef{ID: "q", Version: 2, Hash: "ab"},
			}
			tt.edit(&c)
			want := Summary{
				ID: c.ID, TakenAt: c.TakenAt, Dimensions: c.Scores.Dimensions, Balance: Scored(25),
				Profile: c.Profile, HasNote: tt.hasNote, MetCommitment: tt.met,
				Flagged: tt.codes != nil, Questionnaire: c.Questionnaire, Facets: c.Scores.Facets,
				WarningCodes: tt.codes, NoteWritten: tt.written,
			}
			if got := SummaryOf(c); !reflect.DeepEqual(got, want) {
				t.Errorf("SummaryOf =\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestProgress(t *testing.T) {
	tests := []struct {
		p     Progress
		valid bool
		words string
	}{
		{NotStarted, true, "not started"},
		{SomeProgress, true, "some progress"},
		{Done, true, "done"},
		{"finished", false, "finished"},
	}
	for _, tt := range tests {
		if tt.p.Valid() != tt.valid || tt.p.Words() != tt.words {
			t.Errorf("%q: Valid %v Words %q, want %v %q", tt.p, tt.p.Valid(), tt.p.Words(), tt.valid, tt.words)
		}
	}
}

func TestDraftEmpty(t *testing.T) {
	tests := []struct {
		name  string
		d     Draft
		empty bool
	}{
		{"nothing given", Draft{Items: 24, Answers: Answers{}, Step: StepStatements}, true},
		{"an answer", Draft{Answers: Answers{"trust-1": 4}}, false},
		{"a skip", Draft{Skipped: []string{"trust-1"}}, false},
		{"a review", Draft{Reviews: []Review{{Progress: Done}}}, false},
		{"a reflection", Draft{Reflection: "x"}, false},
		{"a note", Draft{Note: "x"}, false},
	}
	for _, tt := range tests {
		if got := tt.d.Empty(); got != tt.empty {
			t.Errorf("%s: Empty = %v, want %v", tt.name, got, tt.empty)
		}
	}
}
