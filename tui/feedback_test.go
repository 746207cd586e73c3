package tui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/store"
)

// feedbackStore holds a check-in and a round set against it with the
// given responses, each answering every statement with x as a peer.
func feedbackStore(t *testing.T, q *assessment.Questionnaire, xs ...int) *store.Store {
	t.Helper()
	return feedbackStoreAs(t, q, assessment.RolePeer, xs...)
}

// feedbackStoreAs is feedbackStore with every response in role.
func feedbackStoreAs(t *testing.T, q *assessment.Questionnaire, role assessment.Role, xs ...int) *store.Store {
	t.Helper()
	s := openStore(t)
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 3
	}
	c := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), t0.Add(-time.Hour), "")
	if err := s.Save(&c, q); err != nil {
		t.Fatal(err)
	}
	svc := practice.New(practice.Config{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }})
	r, err := svc.StartRound(assessment.RoundOptions{})
	if err != nil {
		t.Fatal(err)
	}
	form, err := svc.FormOf(r, assessment.FormYAML)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range xs {
		resp := assessment.Response{Round: r.ID, Questionnaire: r.Questionnaire, Role: role,
			Answers: assessment.Answers{}, Comment: []string{"Clear goals.", "", "More time, please."}[i%3]}
		for _, it := range q.Items {
			resp.Answers[it.ID] = x
		}
		filled, err := assessment.FillForm(form, resp, q)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := svc.AddResponse("form.yaml", filled); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func TestFeedbackScreen(t *testing.T) {
	q := testQuestionnaire(t)
	tests := []struct {
		name      string
		responses []int
		want      []string
		unwanted  []string
	}{
		{"below the minimum", []int{4, 5}, []string{"Feedback from your team", "2 of 3 responses have come in (open). 1 more is needed"},
			[]string{"±", "Clear goals."}},
		{"at the minimum", []int{4, 5, 2}, []string{"3 responses (open).", "You", "Team", "Gap", "Agreement",
			"Balance (results − relationships): you", "Where you and your team differ most", "Comments, in no particular order",
			"(peer) Clear goals.", "(peer) More time, please.", "By role", "peer, 3 responses: Relationship-building"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := feedbackStore(t, q, tc.responses...)
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 60)
			d.press("e")
			mustContain(t, d.view(), tc.want...)
			mustNotContain(t, d.view(), tc.unwanted...)
			d.press("q")
			mustNotContain(t, d.view(), "Feedback from your team")
		})
	}
}

// A round closed below its minimum will never show the team's scores:
// the screen says so instead of asking for forms 'feedback add' refuses.
func TestFeedbackScreenClosedBelowMinimum(t *testing.T) {
	q := testQuestionnaire(t)
	s := feedbackStore(t, q, 4)
	svc := practice.New(practice.Config{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }})
	if _, err := svc.CloseRound(""); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 30)
	d.press("e")
	mustContain(t, d.view(), "1 of 3 responses came in (closed). The round closed before enough came in",
		"start a new round with 'leadcheck feedback start'.")
	mustNotContain(t, d.view(), "more is needed", "Collect the filled-in forms")
}

func TestFeedbackScreenWithoutRound(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("e")
	mustContain(t, d.view(), "No feedback round yet.", "leadcheck feedback start")
}

func TestTrendsShowTheTeamsView(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tc := range []struct {
		responses []int
		shown     bool
	}{{[]int{4, 5}, false}, {[]int{4, 5, 2}, true}} {
		s := feedbackStore(t, q, tc.responses...)
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 120, 60)
		d.press("g", "a")
		if got := collapse(d.view()); strings.Contains(got, "Your team's view at each feedback round") != tc.shown {
			t.Errorf("%d responses: the team's view shown %v, want %v\n%s", len(tc.responses), !tc.shown, tc.shown, d.view())
		}
		if tc.shown {
			mustContain(t, d.view(), "29 Nov 2025", "you 50 · team")
		}
	}
}

// Deleting a check-in a round is set against asks what becomes of the
// round: deleted with it, or kept to wait for the next check-in.
func TestDeleteCheckInAsksAboutItsRound(t *testing.T) {
	q := testQuestionnaire(t)
	for _, tc := range []struct {
		answer string
		rounds int
	}{{"y", 0}, {"n", 1}} {
		s := feedbackStore(t, q, 4)
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 30)
		d.press("h", "d", "y")
		mustContain(t, d.view(), "is set against this check-in. Delete it and its responses too?")
		d.press(tc.answer)
		if n, _ := s.Count(); n != 0 {
			t.Errorf("answer %s: %d check-ins left", tc.answer, n)
		}
		rounds, _ := s.Rounds()
		if len(rounds) != tc.rounds || tc.rounds == 1 && rounds[0].CheckIn != "" {
			t.Errorf("answer %s: rounds %+v; want %d waiting", tc.answer, rounds, tc.rounds)
		}
	}
}

// The statements the leader and the team differ on most read as every
// other screen shows them: in the leader's words, for the round's window.
func TestFeedbackScreenFillsTheWindow(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	s := feedbackStore(t, q, 4, 5, 2)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 100, 60)
	d.press("e")
	mustContain(t, d.view(), "Where you and your team differ most", "In the last four weeks, I")
	mustNotContain(t, d.view(), "{window}")
}

// The report's table keeps all its columns at every width, its names are
// whole where there is room, and a team's score is never parted from its
// margin.
func TestFeedbackScreenReadsWhole(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	s := feedbackStore(t, q, 4, 5, 2)
	split := regexp.MustCompile(`\d\s*\n\s*±`)
	var sizes [][2]int
	for w := 60; w <= 82; w++ {
		sizes = append(sizes, [2]int{w, 60})
	}
	for _, size := range append(sizes, [2]int{200, 60}) {
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, size[0], size[1])
		d.press("e")
		v := d.view()
		if m := split.FindString(v); m != "" {
			t.Errorf("%v: a score parted from its margin (%q):\n%s", size, m, v)
		}
		mustContain(t, v, "You Team Gap Agreement") // every column, whatever the width
		if size[0] >= 70 {
			mustContain(t, v, "  Energy and sustainable pace ", "  Delivery and accountability ")
		}
	}
}

// The question about the rounds of a deleted check-in, and its keys, say
// one round in the singular and two in the plural.
func TestDeleteCheckInNamesItsRounds(t *testing.T) {
	q := testQuestionnaire(t)
	d := newDriver(t, appOptions{Questionnaire: q, Store: feedbackStore(t, q, 4), Now: newClock().now}, 100, 30)
	d.press("h", "d", "y") // the check-in the round is set against
	tests := []struct {
		ids  []string
		want []string
	}{
		{[]string{"r1"}, []string{"Feedback round r1 is set against this check-in. Delete it and its responses too?",
			"If kept, it waits for your next check-in.", "y delete the round too", "n/esc keep the round"}},
		{[]string{"r1", "r2"}, []string{"Feedback rounds r1, r2 are set against this check-in. Delete them and their",
			"If kept, they wait for your next check-in.", "y delete the rounds too", "n/esc keep the rounds"}},
	}
	for _, tt := range tests {
		tied := make([]assessment.Round, len(tt.ids))
		for i, id := range tt.ids {
			tied[i].ID = id
		}
		h := d.root().screens[screenHistory].(historyModel).askRounds(tied)
		mustContain(t, collapse(h.view()), tt.want...)
	}
}
