package assessment

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
)

// The round of the report tests, on mini (scale 1-5, so a keyed mean m
// scores 25 (m - 1)). Reverse-keyed: trust-2 and goals-2 (raw x keys to
// 6 - x). Keyed answers per observer, by facet:
//
//	        trust    morale   goals    pace
//	A peer  5 5      3 3      2 2      2 2
//	B peer  4 4      4 4      2 3      2 3
//	C d.r.  4 5      5 5      3 2      3 2
//	self    2 2      2 2      4 4      4 4
var (
	observerA = Response{Role: RolePeer, Comment: "More one-to-ones, please.",
		Answers: Answers{"trust-1": 5, "trust-2": 1, "morale-1": 3, "morale-2": 3, "goals-1": 2, "goals-2": 4, "pace-1": 2, "pace-2": 2}}
	observerB = Response{Role: RolePeer,
		Answers: Answers{"trust-1": 4, "trust-2": 2, "morale-1": 4, "morale-2": 4, "goals-1": 2, "goals-2": 3, "pace-1": 2, "pace-2": 3}}
	observerC = Response{Role: RoleDirectReport, Comment: "Clear about what matters.",
		Answers: Answers{"trust-1": 4, "trust-2": 1, "morale-1": 5, "morale-2": 5, "goals-1": 3, "goals-2": 4, "pace-1": 3, "pace-2": 2}}
	selfAnswers = Answers{"trust-1": 2, "trust-2": 4, "morale-1": 2, "morale-2": 2, "goals-1": 4, "goals-2": 2, "pace-1": 4, "pace-2": 4}
)

func roundResponses(r Round, q *Questionnaire, rs ...Response) []Response {
	out := slices.Clone(rs)
	for i := range out {
		out[i].Round, out[i].Questionnaire = r.ID, RefOf(q)
	}
	return out
}

// handWorked is the report of A, B and C against the self answers.
// t(0.975, 2) = 4.302653, so with three observers the margin is
// 4.302653 * SD / sqrt 3 = 2.484138 * SD.
func handWorked(t *testing.T) Report {
	t.Helper()
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	rep, err := BuildReport(q, r, selfAnswers, roundResponses(r, q, observerA, observerB, observerC), 1)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestReportDimensions(t *testing.T) {
	rep := handWorked(t)
	// Relationships: observers 75, 75, 93.75 (C: 19/4 = 4.75 keyed);
	// item means 13/3, 14/3, 4, 4 average 4.25 -> 81.25. SD of
	// (75, 75, 93.75) = sqrt(234.375 / 2) = 10.8253, SE 6.25, margin
	// 4.302653 * 6.25 = 26.8916. Self 25: gap -56.25, beyond the margin.
	// Results: observers 25, 37.5, 37.5; items all 7/3 -> 33.3333. SD
	// 7.2169, SE 4.1667, margin 17.9277. Self 75: gap +41.6667.
	wantOthers := map[string][3]float64{"relationships": {81.25, 26.8916, 3}, "results": {33.3333, 17.9277, 3}}
	wantGaps := map[string]Gap{"relationships": {-56.25, HiddenStrength}, "results": {41.6667, BlindSpot}}
	for d, w := range wantOthers {
		o := rep.Others[d]
		if !close4(o.Score, w[0]) || !close4(o.Margin, w[1]) || o.N != int(w[2]) {
			t.Errorf("others %s = %+v, want %v", d, o, w)
		}
		if g := rep.Gaps[d]; !near4(g.Difference, wantGaps[d].Difference) || g.Label != wantGaps[d].Label {
			t.Errorf("gap %s = %+v, want %+v", d, g, wantGaps[d])
		}
	}
	// Balance: self 75 - 25 = 50; others 33.3333 - 81.25 = -47.9167.
	if !close4(rep.Balance.Self, 50) || rep.Balance.Others == nil || !close4(*rep.Balance.Others, -47.9167) {
		t.Errorf("balance %+v", rep.Balance)
	}
}

func TestReportFacets(t *testing.T) {
	rep := handWorked(t)
	// Facets, with agreement the SD of the observers' facet scores:
	// trust (100, 75, 87.5) SD 12.5, margin 31.0517, self 25 vs 87.5;
	// morale (50, 75, 100) SD 25, margin 62.1034, self 25 vs 75: a gap of
	// 50 that three people who disagree this much cannot support;
	// goals and pace (25, 37.5, 37.5) SD 7.2169, margin 17.9277.
	wantFacets := map[string]struct {
		others, margin, agreement, gap float64
		label                          GapLabel
	}{
		"trust":  {87.5, 31.0517, 12.5, -62.5, HiddenStrength},
		"morale": {75, 62.1034, 25, -50, Aligned},
		"goals":  {33.3333, 17.9277, 7.2169, 41.6667, BlindSpot},
		"pace":   {33.3333, 17.9277, 7.2169, 41.6667, BlindSpot},
	}
	for id, w := range wantFacets {
		f := rep.Facets[id]
		if f.Others == nil || f.Gap == nil || f.Agreement == nil {
			t.Fatalf("facet %s lacks the observers' part: %+v", id, f)
		}
		if !close4(f.Others.Score, w.others) || !close4(f.Others.Margin, w.margin) || !close4(*f.Agreement, w.agreement) ||
			!near4(f.Gap.Difference, w.gap) || f.Gap.Label != w.label {
			t.Errorf("facet %s = others %+v, agreement %+v, gap %+v; want %+v", id, *f.Others, *f.Agreement, *f.Gap, w)
		}
	}
}

func TestReportItemsAndComments(t *testing.T) {
	rep := handWorked(t)
	// Statements, largest gap first: trust-2 25 - 91.67, trust-1
	// 25 - 83.33, morale-1 and morale-2 25 - 75, then the four results
	// statements at 75 - 33.33, in questionnaire order.
	var order []string
	for _, v := range rep.Items {
		order = append(order, v.Item)
	}
	if want := []string{"trust-2", "trust-1", "morale-1", "morale-2", "goals-1", "pace-1", "goals-2", "pace-2"}; !slices.Equal(order, want) {
		t.Errorf("items in order %v, want %v", order, want)
	}
	if top := rep.LargestGaps(2); len(top) != 2 || !close4(top[0].Difference, -66.6667) || !close4(top[1].Difference, -58.3333) || top[0].N != 3 {
		t.Errorf("largest gaps %+v", top)
	}
	// Two peers and one direct report: no role reaches 3, so no role is
	// shown and the comments come without one.
	if rep.Roles != nil {
		t.Errorf("roles shown: %v", rep.Roles)
	}
	if want := []Comment{{"", "Clear about what matters."}, {"", "More one-to-ones, please."}}; !slices.Equal(rep.Comments, want) {
		t.Errorf("comments %q", rep.Comments)
	}
}

func close4(s Score, want float64) bool { return s.Valid && near4(s.Value, want) }

func near4(a, b float64) bool { return a-b < 5e-5 && b-a < 5e-5 }

// TestReportMinimum: below the round's minimum the report holds the count
// and the leader's own scores only, and its JSON has no others, gaps,
// items, roles or comments.
func TestReportMinimum(t *testing.T) {
	q := mini(t)
	three := testRound(t, q, "r1", RoundOptions{})
	four := testRound(t, q, "r1", RoundOptions{Min: 4})
	tests := []struct {
		name    string
		r       Round
		rs      []Response
		reached bool
	}{
		{"2 of 3", three, []Response{observerA, observerB}, false},
		{"3 of 3", three, []Response{observerA, observerB, observerC}, true},
		{"3 of 4", four, []Response{observerA, observerB, observerC}, false},
		{"4 of 4", four, []Response{observerA, observerB, observerC, observerC}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, err := BuildReport(q, tt.r, selfAnswers, roundResponses(tt.r, q, tt.rs...), 1)
			if err != nil {
				t.Fatal(err)
			}
			keys := jsonKeys(t, rep)
			want := []string{"balance", "facets", "min", "responses", "round", "self"}
			if tt.reached {
				want = []string{"balance", "comments", "facets", "gaps", "items", "min", "others", "responses", "round", "self"}
			}
			if !slices.Equal(keys, want) {
				t.Errorf("JSON keys %v, want %v", keys, want)
			}
			if rep.Responses != len(tt.rs) || rep.Min != tt.r.Min {
				t.Errorf("responses %d, min %d", rep.Responses, rep.Min)
			}
		})
	}
}

func jsonKeys(t *testing.T, v any) []string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return slices.Sorted(maps.Keys(m))
}

// TestReportJSONBelowMinimum pins the whole JSON of a round still
// waiting: the count, the minimum and the leader's own scores.
func TestReportJSONBelowMinimum(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	rep, err := BuildReport(q, r, selfAnswers, roundResponses(r, q, observerA, observerB), 1)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(rep)
	want := `{"round":"r1","responses":2,"min":3,"self":{"relationships":25,"results":75},` +
		`"facets":{"goals":{"dimension":"results","self":75},"morale":{"dimension":"relationships","self":25},` +
		`"pace":{"dimension":"results","self":75},"trust":{"dimension":"relationships","self":25}},"balance":{"self":50}}`
	if string(got) != want {
		t.Errorf("JSON\n%s\nwant\n%s", got, want)
	}
}

// TestReportJSONShape: the others and gaps entries have exactly the
// issue's keys.
func TestReportJSONShape(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	rep, err := BuildReport(q, r, selfAnswers, roundResponses(r, q, observerA, observerB, observerC), 1)
	if err != nil {
		t.Fatal(err)
	}
	if k := jsonKeys(t, rep.Others["results"]); !slices.Equal(k, []string{"margin", "n", "score"}) {
		t.Errorf("others keys %v", k)
	}
	if k := jsonKeys(t, rep.Gaps["results"]); !slices.Equal(k, []string{"difference", "label"}) {
		t.Errorf("gaps keys %v", k)
	}
	if k := jsonKeys(t, rep.Facets["trust"]); !slices.Equal(k, []string{"agreement", "dimension", "gap", "others", "self"}) {
		t.Errorf("facet keys %v", k)
	}
}
