package assessment

import (
	"os"
	"slices"
	"strconv"
	"testing"
)

func TestJudgeTrap(t *testing.T) {
	// Default references on both sides: balance margin 18.594; a
	// reliable change on relationships needs 18.594 points too.
	const margin = 18.594193
	falling := FitTrend(series([]int{0, 30, 60, 90}, 70, 66, 60, 58)) // -6.5 to -1.9
	// Three points falling on a line: the interval is below zero, but
	// three check-ins are too few to call it falling.
	fewFalling := FitTrend(series([]int{0, 45, 90}, 70, 64, 58))
	none := Score{}
	tests := []struct {
		name     string
		rel, res Score
		previous Score
		trend    Trend
		want     []TrapReason
		because  string
	}{
		// Balance 30 >= 18.6 and 40 < 50.
		{"low", Scored(40), Scored(70), none, Trend{}, []TrapReason{TrapLow},
			"relationships are below 50"},
		// 75 -> 55: RCI -20 / 9.487 = -2.108.
		{"reliable drop", Scored(55), Scored(80), Scored(75), Trend{}, []TrapReason{TrapDrop},
			"relationships fell 20 points since the last check-in, more than noise explains"},
		// 70 -> 55: RCI -15 / 9.487 = -1.581, noise; 55 is not low.
		{"drop within noise", Scored(55), Scored(80), Scored(70), Trend{}, nil, ""},
		{"falling trend", Scored(55), Scored(80), none, falling, []TrapReason{TrapFalling},
			"relationships are falling over the period shown"},
		{"falling on too few check-ins", Scored(55), Scored(80), none, fewFalling, nil, ""},
		// Balance 15 < 18.6: the lead on results is within noise, so a
		// low relationships score alone raises nothing.
		{"lead within noise", Scored(45), Scored(60), Scored(70), falling, nil, ""},
		// 62 -> 40: -22 / 9.487 = -2.319.
		{"all three", Scored(40), Scored(75), Scored(62), falling, []TrapReason{TrapLow, TrapDrop, TrapFalling},
			"relationships are below 50, fell 22 points since the last check-in, more than noise explains, and are falling over the period shown"},
		{"low and falling", Scored(40), Scored(75), none, falling, []TrapReason{TrapLow, TrapFalling},
			"relationships are below 50 and are falling over the period shown"},
		{"unscored", none, Scored(90), none, falling, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := TrapEvidence{Relationships: tt.rel, Results: tt.res, BalanceMargin: margin, LowBand: 50,
				Previous: tt.previous, Reference: Reference{SD: 15, Reliability: 0.8}, Trend: tt.trend}
			got := JudgeTrap(e)
			if !slices.Equal(got.Reasons, tt.want) || got.Raised != (len(tt.want) > 0) {
				t.Errorf("trap = %+v, want reasons %v", got, tt.want)
			}
			if b := got.Because("relationships", e); b != tt.because {
				t.Errorf("because =\n%q\nwant\n%q", b, tt.because)
			}
		})
	}
}

func TestLowBand(t *testing.T) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	builtin, err := Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		q         *Questionnaire
		dimension string
		want      float64
		ok        bool
	}{
		// Lower bounds 65 and 50 on both axes: low is below 50.
		{"built-in relationships", builtin, "relationships", 50, true},
		{"built-in results", builtin, "results", 50, true},
		{"mini relationships", mini(t), "relationships", 60, true},
		{"no profiles", &Questionnaire{Dimensions: []Dimension{{ID: "a"}, {ID: "b"}}}, "a", 0, false},
		{"unknown dimension", mini(t), "outcome", 0, false},
	}
	for _, tt := range tests {
		got, ok := tt.q.LowBand(tt.dimension)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("%s: LowBand = %g, %v; want %g, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

// The default-like mini questionnaire's balance margin is 14.54; its
// relationships low band is where the profiles start it.
func TestTrapOf(t *testing.T) {
	q := mustMini(t)
	low, _ := q.LowBand("relationships")
	rec := func(rel, res float64) CheckIn {
		return CheckIn{Scores: Scores{Dimensions: map[string]Score{"relationships": Scored(rel), "results": Scored(res)}}}
	}
	tests := []struct {
		name      string
		rec       CheckIn
		prev      *CheckIn
		raised    bool
		wantWords string
	}{
		{"results ahead, relationships low", rec(low-10, 90), nil, true,
			"The trap of this stage: results lead by more than the margin while relationships are below " + fmtG(low) + "."},
		{"ahead by less than the margin", rec(low-10, low+4), nil, false, ""},
		{"ahead, relationships fine and steady", rec(90, 100), ptr(rec(90, 100)), false, ""},
	}
	for _, tt := range tests {
		trap, e := q.TrapOf(tt.rec, tt.prev, Trend{})
		if trap.Raised != tt.raised || q.TrapWords(trap, e) != tt.wantWords {
			t.Errorf("%s: raised %v %q, want %v %q", tt.name, trap.Raised, q.TrapWords(trap, e), tt.raised, tt.wantWords)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func fmtG(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
