package practice

import (
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestCheckInBefore(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	s := openStore(t, p.db)
	ids := saved(t, s, q, 1, 8, 15)
	svc := service(q, s, p, day(20))
	tests := []struct {
		name   string
		before time.Time
		want   string // "" for none
	}{
		{"now: the latest", time.Time{}, ids[2]},
		{"after the latest", day(16), ids[2]},
		{"back-filled between two", day(10), ids[1]},
		{"the same second is not before", day(8), ids[0]},
		{"before the first", day(1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := svc.CheckInBefore(tt.before)
			got := ""
			if c != nil {
				got = c.ID
			}
			if err != nil || got != tt.want {
				t.Errorf("CheckInBefore(%s) = %q, %v; want %q", tt.before, got, err, tt.want)
			}
		})
	}
	if c, err := service(q, nil, p, day(20)).CheckInBefore(time.Time{}); c != nil || err != nil {
		t.Errorf("without a database: %v, %v; want none", c, err)
	}
}

// Start gathers what a check-in begins with: the one before, the
// commitments still open, and the draft left last time.
func TestStart(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	s := openStore(t, p.db)
	ids := saved(t, s, q, 1, 8)
	cs := []assessment.Commitment{{Facet: "trust", Practice: "Ask first.", Objective: "Ask first."}}
	if err := s.SetCommitments(ids[0], cs); err != nil {
		t.Fatal(err)
	}
	svc := service(q, s, p, day(20))
	d := svc.NewDraft(time.Time{})
	d.Answers[q.Items[0].ID] = 4
	if err := svc.KeepDraft(d); err != nil {
		t.Fatal(err)
	}
	st, err := svc.Start(time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if st.Previous == nil || st.Previous.ID != ids[1] {
		t.Errorf("Previous = %v, want %s", st.Previous, ids[1])
	}
	if st.Open == nil || st.Open.ID != ids[0] {
		t.Errorf("Open = %v, want %s, whose commitments nothing reviewed", st.Open, ids[0])
	}
	if st.Draft == nil || st.DraftErr != nil || len(st.Draft.Answers) != 1 {
		t.Errorf("Draft = %+v, %v; want the one kept", st.Draft, st.DraftErr)
	}
}
