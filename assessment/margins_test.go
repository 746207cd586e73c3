package assessment

import (
	"math"
	"testing"
)

func TestSEMAndMargins(t *testing.T) {
	def := Reference{SD: 15, Reliability: 0.8}
	mini := Reference{SD: 10, Reliability: 0.9}
	tests := []struct {
		name string
		got  float64
		want float64
	}{
		// 15 * sqrt(0.2) = 6.7082: "about 6.7" is one SEM, not a margin.
		{"SEM, SD 15 r .8", SEM(def), 6.708204},
		{"SEM, defaults when unset", SEM(Reference{}), 6.708204},
		// 10 * sqrt(0.1) = 3.1623.
		{"SEM, SD 10 r .9", SEM(mini), 3.162278},
		// 1.96 * 6.7082 = 13.148.
		{"score margin, SD 15 r .8", ScoreMargin(def), 13.148080},
		// 1.96 * 3.1623 = 6.1981.
		{"score margin, SD 10 r .9", ScoreMargin(mini), 6.198064},
		// sqrt(45 + 45) = 9.4868 ("about 9.5", a standard
		// error); 1.96 * 9.4868 = 18.594.
		{"balance margin, both default", BalanceMargin(def, def), 18.594193},
		// sqrt(10 + 45) = 7.4162; 1.96 * 7.4162 = 14.536.
		{"balance margin, mixed", BalanceMargin(mini, def), 14.535749},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 5e-6 {
			t.Errorf("%s = %.6f, want %.6f", tt.name, tt.got, tt.want)
		}
	}
}

func TestFacetReference(t *testing.T) {
	tests := []struct {
		name              string
		ref               Reference
		facet, dimension  int
		r, sd, sem, margn float64
	}{
		// k = 4/12: r_f = (0.8/3) / (1 - 0.8*2/3) = 0.26667/0.46667 =
		// 0.571429; SD_f = 15 sqrt(0.8/0.571429) = 15 sqrt 1.4 = 17.748;
		// SEM_f = 17.748 sqrt(0.428571) = 11.619 = 6.7082 sqrt 3;
		// margin 1.96 * 11.619 = 22.773.
		{"4 of 12, SD 15 r .8", Reference{SD: 15, Reliability: 0.8}, 4, 12, 0.571429, 17.748239, 11.618950, 22.773142},
		// k = 1/2: r_f = 0.45 / 0.55 = 0.818182; SD_f = 10 sqrt 1.1 =
		// 10.488; SEM_f = 3.1623 sqrt 2 = 4.4721; margin 8.7654.
		{"2 of 4, SD 10 r .9", Reference{SD: 10, Reliability: 0.9}, 2, 4, 0.818182, 10.488088, 4.472136, 8.765386},
		// A facet that is the whole dimension keeps the dimension's values.
		{"whole dimension", Reference{SD: 15, Reliability: 0.8}, 6, 6, 0.8, 15, 6.708204, 13.148080},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := FacetReference(tt.ref, tt.facet, tt.dimension)
			if math.Abs(f.Reliability-tt.r) > 5e-7 || math.Abs(f.SD-tt.sd) > 5e-6 {
				t.Errorf("reference = %+v, want r %.6f SD %.6f", f, tt.r, tt.sd)
			}
			if got := SEM(f); math.Abs(got-tt.sem) > 5e-6 {
				t.Errorf("SEM = %.6f, want %.6f", got, tt.sem)
			}
			if got := ScoreMargin(f); math.Abs(got-tt.margn) > 5e-6 {
				t.Errorf("margin = %.6f, want %.6f", got, tt.margn)
			}
		})
	}
}

func TestMarginsOf(t *testing.T) {
	// mini: relationships SD 10 r .9 over 4 statements, results the
	// defaults over 4; every facet holds 2 of its dimension's 4.
	m := MarginsOf(mini(t))
	want := map[string]float64{
		"relationships": 6.198064, "results": 13.148080,
		// 2 of 4 at SD 10 r .9: 8.765386 (TestFacetReference).
		"trust": 8.765386, "morale": 8.765386,
		// 2 of 4 at SD 15 r .8: SEM 6.7082 sqrt 2 = 9.4868, margin 18.594.
		"goals": 18.594193, "pace": 18.594193,
		"balance": 14.535749,
	}
	got := map[string]float64{"balance": m.Balance}
	for k, v := range m.Dimensions {
		got[k] = v
	}
	for k, v := range m.Facets {
		got[k] = v
	}
	for k, w := range want {
		if math.Abs(got[k]-w) > 5e-6 {
			t.Errorf("margin of %s = %.6f, want %.6f", k, got[k], w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("margins %v, want exactly %v", got, want)
	}
}
