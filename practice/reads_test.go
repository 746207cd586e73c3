package practice

import (
	"errors"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestWithPrevious(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	s := openStore(t, p.db)
	ids := saved(t, s, q, 1, 8)
	svc := service(q, s, p, day(20))
	tests := []struct {
		ref, id, prev string
	}{
		{"latest", ids[1], ids[0]},
		{ids[0], ids[0], ""},
	}
	for _, tt := range tests {
		c, prev, err := svc.WithPrevious(tt.ref)
		got := ""
		if prev != nil {
			got = prev.ID
		}
		if err != nil || c.ID != tt.id || got != tt.prev {
			t.Errorf("WithPrevious(%s) = %s, %q, %v; want %s, %q", tt.ref, c.ID, got, err, tt.id, tt.prev)
		}
	}
}

func TestReadsWithoutStore(t *testing.T) {
	q := questionnaire(t)
	svc := service(q, nil, newPaths(t), day(20))
	if _, err := svc.Summaries(); !errors.Is(err, ErrNoStore) {
		t.Errorf("Summaries = %v, want ErrNoStore", err)
	}
	if err := svc.SetCommitments("x", nil); !errors.Is(err, ErrNoStore) {
		t.Errorf("SetCommitments = %v, want ErrNoStore", err)
	}
	if got := svc.AnsweredWith(assessment.CheckIn{}); got != q {
		t.Error("AnsweredWith a questionnaire not kept is not the current one")
	}
}

// Suggestions are offered until commitments are chosen.
func TestSuggestions(t *testing.T) {
	q := questionnaire(t)
	svc := service(q, nil, newPaths(t), day(20))
	c := checkIn(q, 2, day(20))
	if got := svc.Suggestions(c); len(got) != assessment.MaxSuggestions {
		t.Errorf("%d suggestions, want %d", len(got), assessment.MaxSuggestions)
	}
	c.Commitments = []assessment.Commitment{{Facet: "trust", Objective: "x"}}
	if got := svc.Suggestions(c); got != nil {
		t.Errorf("suggestions once committed: %v", got)
	}
}

// A reason that quotes a statement quotes it as it was asked, in the
// cadence's window, never with the window's placeholder.
func TestSuggestionReasonsSayTheWindow(t *testing.T) {
	q := questionnaire(t)
	tests := []struct{ cadence, want string }{
		{"", "In the last four weeks, I"},
		{"2w", "In the last two weeks, I"},
	}
	for _, tt := range tests {
		t.Run(tt.cadence, func(t *testing.T) {
			p := newPaths(t)
			svc := service(q, nil, p, day(20))
			if tt.cadence != "" {
				c, err := assessment.ParseCadence(tt.cadence)
				if err != nil {
					t.Fatal(err)
				}
				if err := svc.SetCadence(c); err != nil {
					t.Fatal(err)
				}
			}
			quoted := 0
			for _, s := range svc.Suggestions(checkIn(q, 2, day(20))) {
				if s.Item.ID == "" {
					continue
				}
				quoted++
				if strings.Contains(s.Why, assessment.WindowPlaceholder) || !strings.Contains(s.Why, tt.want) {
					t.Errorf("reason %q does not say %q", s.Why, tt.want)
				}
			}
			if quoted == 0 {
				t.Fatal("no reason quotes a statement")
			}
		})
	}
}
