package assessment

import (
	"maps"
	"slices"
	"testing"
)

// TestObserveWithSkips: a statement counts when at least 3 observers
// answered it on the scale, so no average is one or two people's; an
// observer counts in n (the margin and the agreement) with a score of
// their own, that is 3 of the 4 results statements answered.
func TestObserveWithSkips(t *testing.T) {
	q := miniNA(t)
	results := q.ItemsIn("results")
	// Keyed answers to goals-1, goals-2, pace-1, pace-2 (goals-2 reversed):
	a := Response{Answers: Answers{"goals-1": 4, "goals-2": 2, "pace-1": 4, "pace-2": 4}}             // 4 4 4 4: 75
	b := Response{Answers: Answers{"goals-1": 2, "pace-1": NotApplicable}}                            // 2 - - -: no score
	c := Response{Answers: Answers{"goals-1": 3, "goals-2": 3, "pace-1": 3, "pace-2": NotApplicable}} // 3 3 3 -: 50
	d := Response{Answers: Answers{"goals-2": 4, "pace-1": 2, "pace-2": 2}}                           // - 2 2 2: 25
	tests := []struct {
		name   string
		rs     []Response
		score  float64 // -1: not scored
		margin float64 // -1: none
		n      int
	}{
		// goals-1 (4+2+3)/3 = 3, goals-2 (4+3+2)/3 = 3, pace-1 (4+3+2)/3
		// = 3; pace-2 has two answers and is left out. 3 of 4 statements
		// count: mean 3, 25 * 2 = 50. Observers A, C, D score 75, 50, 25:
		// SD 25, margin 4.302653 * 25 / sqrt 3 = 62.1034.
		{"four observers, three scored", []Response{a, b, c, d}, 50, 62.1034, 3},
		// Without D only goals-1 has three answers: 1 of 4, not scored;
		// A and C have scores of their own, too few for a margin.
		{"statements with two answers are left out", []Response{a, b, c}, -1, -1, 2},
		{"nobody", nil, -1, -1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := q.observe(results, tt.rs).others()
			if tt.score < 0 && o.Score.Valid || tt.score >= 0 && !close4(o.Score, tt.score) {
				t.Errorf("score %+v, want %v", o.Score, tt.score)
			}
			if tt.margin < 0 && o.Margin.Valid || tt.margin >= 0 && !close4(o.Margin, tt.margin) {
				t.Errorf("margin %+v, want %v", o.Margin, tt.margin)
			}
			if o.N != tt.n {
				t.Errorf("n = %d, want %d", o.N, tt.n)
			}
		})
	}
	// Two observers who answered everything: every statement's average
	// would be theirs alone, so nothing is scored.
	if o := q.observe(results, []Response{a, a}).others(); o.Score.Valid || o.Margin.Valid || o.N != 2 {
		t.Errorf("two observers: %+v", o)
	}
}

func TestJudgeGap(t *testing.T) {
	others := OthersScore{Score: Scored(60), Margin: Scored(10), N: 3}
	tests := []struct {
		name   string
		self   Score
		others OthersScore
		want   Gap
		ok     bool
	}{
		{"above, beyond the margin", Scored(70.5), others, Gap{10.5, BlindSpot}, true},
		{"exactly at the margin", Scored(70), others, Gap{10, Aligned}, true},
		{"inside the margin", Scored(55), others, Gap{-5, Aligned}, true},
		{"below, beyond the margin", Scored(49), others, Gap{-11, HiddenStrength}, true},
		{"no self score", Score{}, others, Gap{}, false},
		{"no margin", Scored(90), OthersScore{Score: Scored(60), N: 1}, Gap{}, false},
		{"no others' score", Scored(90), OthersScore{}, Gap{}, false},
	}
	for _, tt := range tests {
		got, ok := JudgeGap(tt.self, tt.others)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: %+v %v, want %+v %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestGapText(t *testing.T) {
	tests := []struct {
		name         string
		self, others float64
		want         string
	}{
		// 62.5 − 58.33 = 4.17, but the scores read 63 and 58.
		{"the difference of the whole numbers shown", 62.5, 175.0 / 3, "+5 aligned"},
		{"66.67 − 58.33: 67 and 58", 200.0 / 3, 175.0 / 3, "+9 aligned"},
		{"negative, half away from zero: 41.5 and 58.5 read 42 and 59", 41.5, 58.5, "−17 hidden strength"},
		{"equal once rounded", 58.4, 57.6, "0 aligned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			others := OthersScore{Score: Scored(tt.others), Margin: Scored(10), N: 3}
			g, ok := JudgeGap(Scored(tt.self), others)
			if !ok {
				t.Fatal("no gap")
			}
			if got := GapText(Scored(tt.self), others, g); got != tt.want {
				t.Errorf("GapText = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReportRoles: with 3 peers and 3 direct reports both roles are
// shown, each with its own scores.
func TestReportRoles(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	dr := observerC
	rs := roundResponses(r, q, observerA, observerB, observerA, dr, dr, dr)
	rep, err := BuildReport(q, r, selfAnswers, rs, 7)
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.Sorted(maps.Keys(rep.Roles)); !slices.Equal(got, []Role{RoleDirectReport, RolePeer}) {
		t.Fatalf("roles %v", got)
	}
	// Direct reports: three copies of C, so 93.75 on relationships with no
	// spread: margin 0. Peers A, B, A: 75 each on relationships.
	d := rep.Roles[RoleDirectReport]
	if d.Responses != 3 || !close4(d.Others["relationships"].Score, 93.75) || !close4(d.Others["relationships"].Margin, 0) {
		t.Errorf("direct reports %+v", d)
	}
	if p := rep.Roles[RolePeer]; p.Responses != 3 || !close4(p.Others["relationships"].Score, 75) || p.Others["results"].N != 3 {
		t.Errorf("peers %+v", p)
	}
	for _, c := range rep.Comments {
		if c.Role == "" {
			t.Errorf("comment %q lost its role though its role has 3 responses", c.Text)
		}
	}
}

// TestReportWithoutSelf: a round waiting for its check-in still reports
// the observers, but claims no gap.
func TestReportWithoutSelf(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	rep, err := BuildReport(q, r, nil, roundResponses(r, q, observerA, observerB, observerC), 1)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Self["results"].Valid || len(rep.Gaps) != 0 || rep.Gaps == nil || !close4(rep.Others["results"].Score, 33.3333) {
		t.Errorf("report %+v", rep)
	}
	if rep.Facets["trust"].Gap != nil || rep.Items[0].Difference.Valid {
		t.Errorf("a gap without a self score: %+v %+v", rep.Facets["trust"], rep.Items[0])
	}
}

func TestBuildReportRefusesMixedInput(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	other := roundResponses(r, q, observerA)
	other[0].Round = "r2"
	tests := []struct {
		name string
		q    *Questionnaire
		rs   []Response
		want string
	}{
		{"another round's response", q, other,
			`a response to round "r2" was given to the report of round r1; pass only the round's own responses`},
		{"another questionnaire", miniNA(t), nil,
			"round r1 was started with questionnaire mini version 2 (" + q.Hash + "), not mini version 2 (" + miniNA(t).Hash + "); report it with the questionnaire it was started with"},
	}
	for _, tt := range tests {
		if _, err := BuildReport(tt.q, r, nil, tt.rs, 1); errText(err) != tt.want {
			t.Errorf("%s: %v\nwant %s", tt.name, err, tt.want)
		}
	}
}
