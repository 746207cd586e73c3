package assessment

import (
	"slices"
	"testing"
	"time"
)

// The day the test rounds start, and the round the feedback tests share:
// mini, offered to direct reports, peers and others, not to managers.
var (
	feedbackNow = time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	threeRoles  = []Role{RoleDirectReport, RolePeer, RoleOther}
)

func testRound(t *testing.T, q *Questionnaire, id string, o RoundOptions) Round {
	t.Helper()
	r, err := NewRound(id, "20261129-090000-1", q, o, feedbackNow)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseRole(t *testing.T) {
	tests := []struct {
		in   string
		want Role
		ok   bool
	}{
		{"direct-report", RoleDirectReport, true},
		{"Direct report", RoleDirectReport, true},
		{"  DIRECT_REPORT ", RoleDirectReport, true},
		{"direct   report", RoleDirectReport, true},
		{"peer", RolePeer, true},
		{"Manager", RoleManager, true},
		{"other", RoleOther, true},
		{"boss", "", false},
		{"", "", false},
		{"direct-reports", "", false},
	}
	for _, tt := range tests {
		got, ok := ParseRole(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseRole(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	if w := RoleDirectReport.Words(); w != "direct report" {
		t.Errorf("Words = %q", w)
	}
}

func TestNewRound(t *testing.T) {
	q := mini(t)
	tests := []struct {
		name  string
		id    string
		o     RoundOptions
		min   int
		roles []Role
		err   string
	}{
		{"defaults", "r1", RoundOptions{}, 3, Roles, ""},
		{"a higher minimum", "r1", RoundOptions{Min: 5}, 5, Roles, ""},
		{"roles in form order, once each", "r1", RoundOptions{Roles: []Role{RoleOther, RolePeer, RoleOther}}, 3, []Role{RolePeer, RoleOther}, ""},
		{"closing today", "r1", RoundOptions{ClosesOn: day(2026, 11, 30)}, 3, Roles, ""},
		{"minimum of two", "r1", RoundOptions{Min: 2}, 0, nil,
			"round r1: the minimum of responses is 2; it must be at least 3, so no one's answers can be singled out"},
		{"unknown role", "r1", RoundOptions{Roles: []Role{"boss"}}, 0, nil,
			`unknown role "boss"; a round offers some of direct-report, peer, manager, other`},
		{"closing yesterday", "r1", RoundOptions{ClosesOn: day(2026, 11, 29)}, 0, nil,
			"the closing date 2026-11-29 has passed; pick today or a later day"},
		{"manager apart, not offered", "r1", RoundOptions{Roles: []Role{RolePeer}, ManagerSeparate: true}, 0, nil,
			"round r1 shows the manager's response separately but does not offer the manager role; offer it, or show all responses together"},
		{"capital letters in the id", "Round 1", RoundOptions{}, 0, nil,
			`round id "Round 1" must be 1 to 64 lowercase letters, digits and dashes, starting with a letter or digit`},
		{"window of three days", "r1", RoundOptions{Window: Cadence{Days: 3}}, 0, nil,
			"round r1 asks about 3 days; it must be between 7 and 365"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewRound(tt.id, "c1", q, tt.o, feedbackNow)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error %v, want %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Min != tt.min || !slices.Equal(r.Roles, tt.roles) || r.WindowDays != 28 || r.Questionnaire != RefOf(q) || r.CheckIn != "c1" || !r.StartedAt.Equal(feedbackNow) {
				t.Errorf("round %+v", r)
			}
		})
	}
}

func TestRoundIsOpen(t *testing.T) {
	closing := Round{ClosesOn: day(2026, 12, 14)}
	tests := []struct {
		name string
		r    Round
		now  time.Time
		want bool
	}{
		{"no closing date", Round{}, feedbackNow, true},
		{"closed by hand", Round{Closed: true}, feedbackNow, false},
		{"the closing day counts whole", closing, time.Date(2026, 12, 14, 23, 59, 59, 0, time.UTC), true},
		{"the day after", closing, time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC), false},
		// 14 Dec 23:30 in New York is 15 Dec 04:30 UTC: the date's own
		// zone decides, not the clock's.
		{"in the date's zone", Round{ClosesOn: time.Date(2026, 12, 14, 0, 0, 0, 0, time.FixedZone("EST", -5*3600))},
			time.Date(2026, 12, 15, 4, 30, 0, 0, time.UTC), true},
	}
	for _, tt := range tests {
		if got := tt.r.IsOpen(tt.now); got != tt.want {
			t.Errorf("%s: IsOpen = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReached(t *testing.T) {
	tests := []struct {
		min, responses int
		want           bool
	}{
		{3, 2, false}, {3, 3, true}, {5, 4, false}, {5, 5, true},
		{0, 2, false}, {0, 3, true}, // a round stored without a minimum still waits for 3
	}
	for _, tt := range tests {
		if got := (Round{Min: tt.min}).Reached(tt.responses); got != tt.want {
			t.Errorf("min %d, %d responses: Reached = %v", tt.min, tt.responses, got)
		}
	}
}

func TestResponseHash(t *testing.T) {
	ref := QuestionnaireRef{ID: "mini", Version: 2, Hash: "abc"}
	base := Response{Round: "r1", Questionnaire: ref, Role: RolePeer, Answers: Answers{"trust-1": 4, "goals-1": NotApplicable}, Comment: "Clear goals.\nMore time, please."}
	// The canonical form, pinned: a database recognises repeats by this
	// value, so changing it would let every response be added again. It is
	// the first 16 bytes of the SHA-256 of
	// {"round":"r1","questionnaire":{"id":"mini","version":2,"hash":"abc"},"role":"peer",
	//  "answers":{"goals-1":-1,"trust-1":4},"comment":"Clear goals. More time, please."}
	// written on one line.
	if got, want := base.Hash(), "abf97872fc3ce8d865056b2c7d0236ae"; got != want {
		t.Errorf("Hash = %s, want %s", got, want)
	}
	same := []Response{
		{Round: "r1", Questionnaire: ref, Role: RolePeer, Answers: Answers{"goals-1": NotApplicable, "trust-1": 4}, Comment: "Clear goals.\nMore time, please."},
		{Round: "r1", Questionnaire: ref, Role: RolePeer, Answers: Answers{"trust-1": 4, "goals-1": NotApplicable}, Comment: "  Clear goals.   More time,\n\tplease.\n"},
	}
	for i, r := range same {
		if r.Hash() != base.Hash() {
			t.Errorf("same content %d: hash %s differs", i, r.Hash())
		}
	}
	changed := map[string]func(*Response){
		"round":   func(r *Response) { r.Round = "r2" },
		"role":    func(r *Response) { r.Role = RoleOther },
		"answer":  func(r *Response) { r.Answers = Answers{"trust-1": 5, "goals-1": NotApplicable} },
		"skipped": func(r *Response) { r.Answers = Answers{"trust-1": 4} },
		"comment": func(r *Response) { r.Comment = "Clear goals." },
		"hash":    func(r *Response) { r.Questionnaire.Hash = "abd" },
	}
	for name, change := range changed {
		r := base
		change(&r)
		if r.Hash() == base.Hash() {
			t.Errorf("a different %s gives the same hash", name)
		}
	}
	if (Response{Round: "r1"}).Hash() != (Response{Round: "r1", Answers: Answers{}}).Hash() {
		t.Error("no answers and an empty map hash differently")
	}
}

func TestCheckResponse(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{Roles: threeRoles})
	good := Response{Round: "r1", Questionnaire: RefOf(q), Role: RolePeer, Answers: Answers{"trust-1": 4}}
	tests := []struct {
		name   string
		change func(*Response)
		want   string
	}{
		{"good", func(*Response) {}, ""},
		{"a comment alone", func(x *Response) { x.Answers, x.Comment = nil, "Thanks." }, ""},
		{"other round", func(x *Response) { x.Round = "r2" }, `the response is for round "r2", not r1`},
		{"other hash", func(x *Response) { x.Questionnaire.Hash = "0000" },
			"the response answers questionnaire mini version 2 (0000), but round r1 asked with mini version 2 (" + q.Hash + ")"},
		{"role not offered", func(x *Response) { x.Role = RoleManager }, `role "manager" is not one round r1 offers (direct-report, peer, other)`},
		{"unknown item and off the scale", func(x *Response) { x.Answers = Answers{"zz": 3, "pace-1": 9} },
			"answers.pace-1: 9 is not an answer; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree)\n" +
				"answers.zz: no statement with this id in questionnaire mini (version 2)"},
		{"na without it on the scale", func(x *Response) { x.Answers = Answers{"pace-1": NotApplicable} },
			"answers.pace-1: -1 is not an answer; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree)"},
		{"empty", func(x *Response) { x.Answers = nil }, "the response has no answer and no comment"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := good
			tt.change(&x)
			err := CheckResponse(x, r, q)
			if got := errText(err); got != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
