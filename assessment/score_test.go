package assessment

import (
	"math"
	"os"
	"testing"
	"time"
)

func mini(t *testing.T) *Questionnaire {
	t.Helper()
	data, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := Parse("mini.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestEvaluate(t *testing.T) {
	q := mini(t)
	// Relationships keyed answers: trust-1 5, trust-2 1 reversed to 5,
	// morale-1 4, morale-2 4. Results: goals-1 2, goals-2 4 reversed to 2,
	// pace-1 3, pace-2 1.
	full := Answers{"trust-1": 5, "trust-2": 1, "morale-1": 4, "morale-2": 4,
		"goals-1": 2, "goals-2": 4, "pace-1": 3, "pace-2": 1}
	without := func(ids ...string) Answers {
		a := Answers{}
		for k, v := range full {
			a[k] = v
		}
		for _, id := range ids {
			delete(a, id)
		}
		return a
	}
	type want struct {
		rel, res, bal float64 // NaN = not scored
		morale        float64
		profile       string
		relNeeded     int
	}
	nan := math.NaN()
	tests := []struct {
		name string
		a    Answers
		want want
	}{
		// mean 4.5 -> 100*3.5/4 = 87.5; mean 2 -> 25; balance 25-87.5.
		{"all answered: 87.5 vs 25", full, want{87.5, 25, -62.5, 75, "harmonizer", 0}},
		// 3 of 4 relationship items (75%) still score: mean 14/3 -> 91.67;
		// morale has 1 of 2 (50%) and is not scored.
		{"one skipped: 3 of 4 is enough", without("morale-2"), want{100 * (14.0/3 - 1) / 4, 25, 25 - 100*(14.0/3-1)/4, nan, "harmonizer", 0}},
		// 2 of 4 is below 75%: one more answer needed, no balance, no profile.
		{"two skipped: not scored", without("morale-1", "morale-2"), want{nan, 25, nan, nan, "", 1}},
		{"nothing answered", Answers{}, want{nan, nan, nan, nan, "", 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Evaluate(q, tt.a, nil)
			checkScore(t, "relationships", r.Dimensions["relationships"], tt.want.rel)
			checkScore(t, "results", r.Dimensions["results"], tt.want.res)
			checkScore(t, "balance", r.Balance, tt.want.bal)
			checkScore(t, "morale", r.Facets["morale"], tt.want.morale)
			if got := r.Coverage["relationships"].Needed; got != tt.want.relNeeded {
				t.Errorf("relationships needed = %d, want %d", got, tt.want.relNeeded)
			}
			gotProfile := ""
			if r.Profile != nil {
				gotProfile = r.Profile.ID
			}
			if gotProfile != tt.want.profile {
				t.Errorf("profile = %q, want %q", gotProfile, tt.want.profile)
			}
		})
	}
}

func checkScore(t *testing.T, name string, got Score, want float64) {
	t.Helper()
	if math.IsNaN(want) {
		if got.Valid {
			t.Errorf("%s = %v, want not scored", name, got.Value)
		}
		return
	}
	if !got.Valid || !near(got.Value, want) {
		t.Errorf("%s = %+v, want %v", name, got, want)
	}
}

func TestProfileBoundsAreInclusive(t *testing.T) {
	q := mini(t)
	tests := []struct {
		rel, res float64
		want     string
	}{
		{60, 60, "production"},
		{59.99, 60, "driver"},
		{60, 59.99, "harmonizer"},
		{0, 0, "building"},
		{100, 100, "production"},
	}
	for _, tt := range tests {
		if got := q.ProfileFor(tt.rel, tt.res); got == nil || got.ID != tt.want {
			t.Errorf("ProfileFor(%v, %v) = %v, want %s", tt.rel, tt.res, got, tt.want)
		}
	}
}

func TestKeyed(t *testing.T) {
	q := mini(t)
	rev, _ := q.Item("trust-2")
	fwd, _ := q.Item("trust-1")
	// On 1..5 a reversed answer x scores 1 + 5 - x.
	for x, want := range map[int]int{1: 5, 2: 4, 3: 3, 4: 2, 5: 1} {
		if got := q.Keyed(rev, x); got != want {
			t.Errorf("Keyed(reversed, %d) = %d, want %d", x, got, want)
		}
		if got := q.Keyed(fwd, x); got != x {
			t.Errorf("Keyed(forward, %d) = %d, want %d", x, got, x)
		}
	}
}

func TestNeeded(t *testing.T) {
	// ceil(0.75 n)
	for n, want := range map[int]int{1: 1, 2: 2, 3: 3, 4: 3, 5: 4, 8: 6, 12: 9, 24: 18} {
		if got := needed(n); got != want {
			t.Errorf("needed(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestEvaluateWarnsButKeepsScore(t *testing.T) {
	q := mini(t)
	a := Answers{}
	ts := Timings{}
	for _, it := range q.Items {
		a[it.ID] = 4
		ts[it.ID] = 300 * time.Millisecond
	}
	r := Evaluate(q, a, ts)
	// All 4s: each dimension has three forward items (4) and one reversed
	// (scored 2): mean 14/4 = 3.5 -> POMP 62.5 on both.
	checkScore(t, "relationships", r.Dimensions["relationships"], 62.5)
	checkScore(t, "results", r.Dimensions["results"], 62.5)
	codes := map[string]bool{}
	for _, w := range r.Warnings {
		codes[w.Code] = true
	}
	for _, c := range []string{WarnLowSpread, WarnAcquiescence, WarnTooFast} {
		if !codes[c] {
			t.Errorf("warning %s missing from %v", c, r.Warnings)
		}
	}
}

func TestLeanOf(t *testing.T) {
	tests := []struct {
		balance float64
		want    Lean
	}{
		{0, Balanced},
		{4.4, Balanced},            // rounds to 4, inside the band
		{-4.6, LeansRelationships}, // rounds to -5, on the band's edge
		{5, LeansResults},
		{-62.5, LeansRelationships},
	}
	for _, tt := range tests {
		if got := LeanOf(tt.balance); got != tt.want {
			t.Errorf("LeanOf(%v) = %v, want %v", tt.balance, got, tt.want)
		}
	}
}
