package assessment

import (
	"math"
	"strings"
	"testing"
	"time"
)

// hoytAlpha computes alpha a second, independent way: from a two-way
// analysis of variance of people x items (Hoyt 1941), alpha = 1 -
// MS(residual) / MS(people).
func hoytAlpha(rows [][]float64) float64 {
	n, k := float64(len(rows)), float64(len(rows[0]))
	var grand float64
	personSum := make([]float64, len(rows))
	itemSum := make([]float64, len(rows[0]))
	for i, r := range rows {
		for j, x := range r {
			grand += x
			personSum[i] += x
			itemSum[j] += x
		}
	}
	grand /= n * k
	var ssTotal, ssPeople, ssItems float64
	for i, r := range rows {
		ssPeople += k * math.Pow(personSum[i]/k-grand, 2)
		for _, x := range r {
			ssTotal += (x - grand) * (x - grand)
		}
	}
	for _, s := range itemSum {
		ssItems += n * math.Pow(s/n-grand, 2)
	}
	msPeople := ssPeople / (n - 1)
	msResidual := (ssTotal - ssPeople - ssItems) / ((n - 1) * (k - 1))
	return 1 - msResidual/msPeople
}

func TestCronbachAlphaAndFeldt(t *testing.T) {
	// Item variances 2.5, 1.3, 1.3; totals 5 8 10 13 14 with variance
	// 13.5: alpha = 1.5 * (1 - 5.1/13.5) = 0.933333. By analysis of
	// variance: SS people 18 (MS 4.5), SS items 0.9333, SS total 21.3333,
	// SS residual 2.4 over 8 df (MS 0.3): 1 - 0.3/4.5 = 0.933333.
	rows := [][]float64{{1, 2, 2}, {2, 3, 3}, {3, 3, 4}, {4, 5, 4}, {5, 4, 5}}
	alpha, err := CronbachAlpha(rows)
	if err != nil || math.Abs(alpha-14.0/15) > 1e-12 || math.Abs(hoytAlpha(rows)-alpha) > 1e-12 {
		t.Fatalf("alpha = %v (%v), Hoyt %v, want 0.933333", alpha, err, hoytAlpha(rows))
	}
	// F(0.975; 4, 8) = 5.052632, F(0.025; 4, 8) = 0.111364 (from the
	// F density integrated numerically): 1 - 0.066667 * 5.052632 =
	// 0.663158 and 1 - 0.066667 * 0.111364 = 0.992576.
	low, high := FeldtInterval(alpha, 5, 3)
	if math.Abs(low-0.663158) > 5e-6 || math.Abs(high-0.992576) > 5e-6 {
		t.Errorf("Feldt interval %.6f to %.6f, want 0.663158 to 0.992576", low, high)
	}
	for _, bad := range [][][]float64{
		{{1, 2}},                 // one person
		{{1}, {2}, {3}},          // one statement
		{{1, 2}, {2, 1}, {3, 0}}, // every total 3
	} {
		if _, err := CronbachAlpha(bad); err == nil {
			t.Errorf("alpha of %v: no error", bad)
		}
	}
}

// calibrationGroup is 30 people of mini: six each of five patterns, given
// as keyed values (trust-1, trust-2, morale-1, morale-2) and (goals-1,
// goals-2, pace-1, pace-2); trust-2 and goals-2 are reverse-keyed, so
// their raw answer is 6 - keyed.
func calibrationGroup() []Answers {
	rel := [][4]int{{1, 2, 2, 1}, {2, 3, 3, 2}, {3, 3, 4, 3}, {4, 5, 4, 4}, {5, 4, 5, 5}}
	res := [][4]int{{2, 1, 1, 2}, {2, 2, 3, 2}, {3, 4, 3, 3}, {4, 3, 5, 4}, {5, 5, 4, 4}}
	var out []Answers
	for range 6 {
		for i := range rel {
			out = append(out, Answers{
				"trust-1": rel[i][0], "trust-2": 6 - rel[i][1], "morale-1": rel[i][2], "morale-2": rel[i][3],
				"goals-1": res[i][0], "goals-2": 6 - res[i][1], "pace-1": res[i][2], "pace-2": res[i][3],
			})
		}
	}
	return out
}

func TestCalibrate(t *testing.T) {
	q := mini(t)
	people := calibrationGroup()
	// Two more people whose answers are not complete: they count in n
	// but not in alpha or SD.
	people = append(people,
		Answers{"trust-1": 3, "morale-1": 3, "morale-2": 3, "goals-1": 3, "goals-2": 3, "pace-1": 3},
		Answers{"trust-1": 3, "trust-2": 3, "morale-1": 3, "morale-2": NotApplicable,
			"goals-1": 3, "goals-2": 3, "pace-1": 3, "pace-2": NotApplicable})
	c, err := Calibrate(q, people)
	if err != nil {
		t.Fatal(err)
	}
	// Replicating the five patterns six times leaves alpha unchanged
	// (both variances scale alike) and changes only the degrees of
	// freedom: Feldt with n 30 and k 4 uses F(.; 29, 87), 0.975 point
	// 1.746960, 0.025 point 1 / 1.914406 = 0.522356.
	//
	// Relationships: item SS 10, 5.2, 5.2, 10 (sum 30.4); totals 6 10 13
	// 17 19, SS 110; alpha = 4/3 (1 - 30.4/110) = 0.964848; interval
	// 1 - 0.035152 * 1.746960 = 0.938592 to 1 - 0.035152 * 0.522356 =
	// 0.981638. POMP = 6.25 (total - 4), so SD = 6.25 sqrt(6 * 110 / 29)
	// = 29.816248.
	//
	// Results: item SS 6.8, 10, 8.8, 4 (sum 29.6); totals 6 9 13 16 18,
	// SS 97.2; alpha = 4/3 (1 - 29.6/97.2) = 0.927298; interval 0.872992
	// to 0.962024; SD = 6.25 sqrt(6 * 97.2 / 29) = 28.027849.
	want := map[string]DimensionCalibration{
		"relationships": {SD: 29.816248, Alpha: 0.964848, AlphaLow: 0.938592, AlphaHigh: 0.981638, Items: 4, Complete: 30},
		"results":       {SD: 28.027849, Alpha: 0.927298, AlphaLow: 0.872992, AlphaHigh: 0.962024, Items: 4, Complete: 30},
	}
	if c.N != 32 || len(c.Dimensions) != 2 {
		t.Fatalf("calibration = %+v, want n 32 and two dimensions", c)
	}
	for id, w := range want {
		g := c.Dimensions[id]
		if math.Abs(g.SD-w.SD) > 5e-6 || math.Abs(g.Alpha-w.Alpha) > 5e-6 || math.Abs(g.AlphaLow-w.AlphaLow) > 5e-6 ||
			math.Abs(g.AlphaHigh-w.AlphaHigh) > 5e-6 || g.Items != w.Items || g.Complete != w.Complete {
			t.Errorf("%s = %+v, want %+v", id, g, w)
		}
	}
	refs, err := c.References(q, CalibratedSource(32, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	if r := refs["results"]; math.Abs(r.SD-28.027849) > 5e-6 || math.Abs(r.Reliability-0.927298) > 5e-6 ||
		r.Source != "calibrated on 32 people, 2026-11-30" || r.Assumed() {
		t.Errorf("results reference = %+v", r)
	}
}

func TestCalibrateRefuses(t *testing.T) {
	q := mini(t)
	group := calibrationGroup()
	// Five people leave morale-2 out: 25 complete on relationships.
	holes := append([]Answers(nil), group...)
	for i := range 5 {
		a := Answers{}
		for k, v := range holes[i] {
			a[k] = v
		}
		delete(a, "morale-2")
		holes[i] = a
	}
	tests := []struct {
		name   string
		people []Answers
		want   string
	}{
		{"29 people", group[:29], "calibration needs at least 30 people and got 29; collect more exports"},
		{"25 complete", holes, "Relationship-building: only 25 of 30 people answered every statement on the scale, and calibration needs 30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Calibrate(q, tt.people)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestReferenceSource(t *testing.T) {
	tests := []struct {
		source  string
		assumed bool
		text    string
	}{
		{"", true, "assumed"},
		{"assumed", true, "assumed"},
		{"calibrated on 42 people, 2026-11-30", false, "calibrated on 42 people, 2026-11-30"},
	}
	for _, tt := range tests {
		r := Reference{SD: 15, Reliability: 0.8, Source: tt.source}
		if r.Assumed() != tt.assumed || r.SourceText() != tt.text {
			t.Errorf("%q: assumed %v text %q", tt.source, r.Assumed(), r.SourceText())
		}
	}
}
