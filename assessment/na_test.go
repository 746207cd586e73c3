package assessment

import (
	"maps"
	"slices"
	"strings"
	"testing"
)

func TestParseAnswersNotApplicable(t *testing.T) {
	na, plain := miniNA(t), mini(t)
	tests := []struct {
		name string
		q    *Questionnaire
		in   string
		want Answers
		err  string
	}{
		{"yaml", na, "answers: {trust-1: na, trust-2: 4}\n", Answers{"trust-1": NotApplicable, "trust-2": 4}, ""},
		{"json", na, `{"answers": {"pace-1": "na", "goals-1": 2}}`, Answers{"pace-1": NotApplicable, "goals-1": 2}, ""},
		{"capitals", na, "answers: {morale-2: NA}\n", Answers{"morale-2": NotApplicable}, ""},
		{"quoted", na, "answers: {morale-2: 'na'}\n", Answers{"morale-2": NotApplicable}, ""},
		{"scale without it", plain, "answers:\n  trust-1: na\n", nil,
			`a.yaml:2:12: answers.trust-1: questionnaire mini (version 2) has no "did not come up" answer; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or leave the statement out to skip it`},
		{"the hint offers na", na, "answers:\n  trust-1: often\n", nil,
			`a.yaml:2:12: answers.trust-1: "often" is not a whole number; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or na (Did not come up)`},
		{"-1 is not na", na, "answers:\n  trust-1: -1\n", nil,
			`a.yaml:2:12: answers.trust-1: -1 is off the scale; answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree), or na (Did not come up)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sheet, err := ParseAnswers("a.yaml", []byte(tt.in), tt.q)
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Errorf("error:\n%v\nwant:\n%s", err, tt.err)
				}
				return
			}
			if err != nil || !maps.Equal(sheet.Answers, tt.want) {
				t.Errorf("answers %v (%v), want %v", sheet.Answers, err, tt.want)
			}
		})
	}
}

func TestCoverageCounts(t *testing.T) {
	q := miniNA(t)
	results := Answers{"goals-1": 2, "goals-2": 4, "pace-1": 3, "pace-2": 1}
	with := func(rel Answers) Answers {
		a := maps.Clone(results)
		maps.Copy(a, rel)
		return a
	}
	tests := []struct {
		name          string
		a             Answers
		rel, trust    Coverage
		relScore      float64 // -1 = not scored
		withoutCounts bool
	}{
		// Relationships: 2 answered, 1 did not come up, 1 skipped; 3 of 4
		// needed (75%), so one more. Trust: 1 answered, 1 did not come up,
		// needs 2 of 2.
		{"mixed", with(Answers{"trust-1": 5, "trust-2": NotApplicable, "morale-1": 4}),
			Coverage{Answered: 2, Total: 4, Needed: 1, NotApplicable: 1, Skipped: 1},
			Coverage{Answered: 1, Total: 2, Needed: 1, NotApplicable: 1}, -1, false},
		// Keyed 5, 4, 4 over three answers: mean 13/3, POMP 100 (13/3 - 1)
		// / 4 = 83.33; "did not come up" takes no part in the mean.
		{"one did not come up", with(Answers{"trust-1": 5, "trust-2": NotApplicable, "morale-1": 4, "morale-2": 4}),
			Coverage{Answered: 3, Total: 4, NotApplicable: 1},
			Coverage{Answered: 1, Total: 2, Needed: 1, NotApplicable: 1}, 100 * (13.0/3 - 1) / 4, false},
		{"all answered", with(Answers{"trust-1": 5, "trust-2": 1, "morale-1": 4, "morale-2": 4}),
			Coverage{Answered: 4, Total: 4}, Coverage{Answered: 2, Total: 2}, 87.5, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(q, tt.a, nil)
			if got := r.Coverage["relationships"]; got != tt.rel {
				t.Errorf("relationships coverage %+v, want %+v", got, tt.rel)
			}
			if got := r.FacetCoverage["trust"]; got != tt.trust {
				t.Errorf("trust coverage %+v, want %+v", got, tt.trust)
			}
			s := r.Dimensions["relationships"]
			if tt.relScore < 0 && s.Valid || tt.relScore >= 0 && (!s.Valid || !near(s.Value, tt.relScore)) {
				t.Errorf("relationships = %+v, want %v", s, tt.relScore)
			}
		})
	}
}

func TestSelectiveSkipping(t *testing.T) {
	q := miniNA(t) // 8 statements, two per facet
	full := Answers{"trust-1": 4, "trust-2": 2, "morale-1": 4, "morale-2": 3, "goals-1": 3, "goals-2": 2, "pace-1": 4, "pace-2": 3}
	change := func(set Answers, drop ...string) Answers {
		a := maps.Clone(full)
		maps.Copy(a, set)
		for _, id := range drop {
			delete(a, id)
		}
		return a
	}
	na := Answers{}
	const skipTail = " What is skipped is often what is uncomfortable to answer, and the score rests on the rest."
	const naTail = " statements did not come up. If those situations really did not arise, the scores rest on few answers; if they were hard to answer, answering them shows more."
	tests := []struct {
		name string
		a    Answers
		want string // "" = no warning
	}{
		{"all answered", full, ""},
		{"one skip in each of two facets", change(na, "trust-1", "goals-2"), ""},
		{"both of trust skipped", change(na, "trust-1", "trust-2"), "You skipped two or more statements in Trust." + skipTail},
		{"two facets", change(na, "trust-1", "trust-2", "pace-1", "pace-2"), "You skipped two or more statements in Trust, Pace." + skipTail},
		// 2 of 8 is exactly a quarter: not more than one.
		{"a quarter did not come up", change(Answers{"trust-1": NotApplicable, "trust-2": NotApplicable}), ""},
		{"three of eight", change(Answers{"trust-1": NotApplicable, "morale-1": NotApplicable, "pace-2": NotApplicable}), "3 of 8" + naTail},
		{"both", change(Answers{"trust-1": NotApplicable, "morale-1": NotApplicable, "pace-2": NotApplicable}, "goals-1", "goals-2"),
			"You skipped two or more statements in Goals." + skipTail + " 3 of 8" + naTail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, ok := SelectiveSkipping(q, tt.a)
			if ok != (tt.want != "") || w.Message != tt.want || ok && w.Code != WarnSelectiveSkipping {
				t.Errorf("warning %+v (%v), want %q", w, ok, tt.want)
			}
		})
	}
}

func TestNotApplicableInQualityChecks(t *testing.T) {
	q := twelve(12)
	ids := make([]string, len(q.Items))
	for i, it := range q.Items {
		ids[i] = it.ID
	}
	tests := []struct {
		name     string
		a        func(i int) int
		want     []string
		withhold bool
	}{
		// Ten 3s with "did not come up" at positions 3 and 8: the ten run
		// on over them, a run of 10: straight-lining, advice withheld.
		{"run across did-not-come-up", func(i int) int {
			if i == 3 || i == 8 {
				return NotApplicable
			}
			return 3
		}, []string{WarnStraightLining}, true},
		// 4 and 5 alternating, "did not come up" on two of the four
		// reversed statements: counted as -1 they would pull the
		// reversed mean to 1.75; left out, it is 4.5 like the forward
		// one, so acquiescence. Five 4s and five 5s: spread exactly 0.5,
		// not low.
		{"agreement with did-not-come-up", func(i int) int {
			if i == 2 || i == 5 {
				return NotApplicable
			}
			return 4 + i%2
		}, []string{WarnAcquiescence}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Answers{}
			for i, id := range ids {
				a[id] = tt.a(i)
			}
			r := Evaluate(q, a, nil)
			if got := codes(r.Warnings); !slices.Equal(got, tt.want) || r.WithholdAdvice != tt.withhold {
				t.Errorf("warnings %v withhold %v, want %v %v", got, r.WithholdAdvice, tt.want, tt.withhold)
			}
		})
	}
}

func TestNotApplicableInSuggestAndCompare(t *testing.T) {
	q := mini(t)
	// trust-1 "did not come up" must not be offered as a low answer.
	a := Answers{"trust-1": NotApplicable, "trust-2": 2, "morale-1": 5, "morale-2": 5, "goals-1": 5, "goals-2": 1, "pace-1": 5, "pace-2": 5}
	for _, it := range q.lowestItems(a) {
		if it.ID == "trust-1" {
			t.Errorf("a statement that did not come up is listed among the lowest")
		}
	}
	c := Compare(q, Side{Answers: Answers{"trust-1": 4}}, Side{Answers: Answers{"trust-1": NotApplicable}})
	for _, ic := range c.Items {
		if ic.Item.ID == "trust-1" && (ic.Compared || ic.HasTo || !ic.HasFrom) {
			t.Errorf("trust-1 from 4 to did-not-come-up: %+v", ic)
		}
	}
	for _, s := range Suggest(q, a, Evaluate(q, a, nil)) {
		if s.Item.ID == "trust-1" || strings.Contains(s.Why, `""`) {
			t.Errorf("suggestion built on a statement that did not come up: %+v", s)
		}
	}
}

func TestAnsweredWords(t *testing.T) {
	q := twelve(12)
	all := Answers{}
	for _, it := range q.Items {
		all[it.ID] = 3
	}
	some := maps.Clone(all)
	delete(some, "a")
	some["b"], some["c"] = NotApplicable, NotApplicable
	tests := []struct {
		name string
		a    Answers
		want string
	}{
		{"all on the scale", all, ""},
		{"one skipped, two did not come up", some, "9 of 12 answered, 2 did not come up"},
		{"one skipped", skip(maps.Clone(all), "a"), "11 of 12 answered"},
	}
	for _, tt := range tests {
		if got := q.AnsweredWords(tt.a); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}
