package tui

import (
	"errors"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// fakePractice answers the home screen's reads from fields; any other
// use case panics through the nil Practice it embeds, so a test shows
// what a screen asks for.
type fakePractice struct {
	Practice
	recent    []assessment.CheckIn
	recentErr error
	cadence   assessment.Cadence
	open      *assessment.CheckIn
}

func (f fakePractice) OpenCommitments(time.Time) (*assessment.CheckIn, error) { return f.open, nil }

func (f fakePractice) Recent(int) ([]assessment.CheckIn, int, error) {
	return f.recent, len(f.recent), f.recentErr
}

func (f fakePractice) Cadence() (assessment.Cadence, bool, error) { return f.cadence, true, nil }

func (f fakePractice) KeepsDrafts() bool { return false }

func (f fakePractice) Draft() (assessment.Draft, bool, error) { return assessment.Draft{}, false, nil }

func (f fakePractice) Suggestions(assessment.CheckIn) []assessment.Suggestion { return nil }

// The home screen needs no database to be tested: what it shows follows
// from what the use cases answer.
func TestHomeOnFakePractice(t *testing.T) {
	q := testQuestionnaire(t)
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 4
	}
	last := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), oct12, "")
	// A commitment an earlier check-in made, which the latest, making
	// none, left for next time: the next check-in reviews it.
	earlier := last
	earlier.ID = "20261001-090000-1"
	earlier.Commitments = []assessment.Commitment{{Facet: q.Items[0].Facet, Objective: "Hold a one-to-one with each person"}}
	tests := []struct {
		name string
		fake fakePractice
		want []string
	}{
		{"a read fails", fakePractice{recentErr: errors.New("disk on fire")},
			[]string{"Could not read your history: disk on fire"}},
		{"one check-in", fakePractice{recent: []assessment.CheckIn{last}, cadence: assessment.Cadence{Days: 14}},
			[]string{"1 check-in so far", "every 2 weeks", "No commitments from your last check-in"}},
		{"a commitment left open", fakePractice{recent: []assessment.CheckIn{last}, open: &earlier},
			[]string{"Your commitments", "Hold a one-to-one with each person"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := startDriver(t, New(Options{Questionnaire: q, Practice: tt.fake, Now: newClock().now}), 100, 40)
			mustContain(t, d.view(), tt.want...)
		})
	}
}

// listingFake lists check-ins, then cannot read any of them whole.
type listingFake struct {
	fakePractice
	recs []assessment.CheckIn
}

func (f listingFake) Listing() ([]assessment.CheckIn, error) { return f.recs, nil }

func (f listingFake) Get(string) (assessment.CheckIn, error) {
	return assessment.CheckIn{}, errors.New("disk on fire")
}

// The history lists what Listing gives and reads a check-in whole only to
// open it; when that read fails, the table stays and says why.
func TestHistoryOpensACheckInByItsID(t *testing.T) {
	q := testQuestionnaire(t)
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 4
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), oct12, "")
	rec.ID = "20251012-090000-1"
	d := startDriver(t, New(Options{Questionnaire: q, Practice: listingFake{
		fakePractice: fakePractice{recent: []assessment.CheckIn{rec}, cadence: assessment.Cadence{Days: 14}},
		recs:         []assessment.CheckIn{rec},
	}, Now: newClock().now}), 100, 40)
	d.press("h")
	mustContain(t, d.view(), "1 check-in")
	d.press("enter")
	mustContain(t, d.view(), "Could not read the check-in: disk on fire", "1 check-in")
}
