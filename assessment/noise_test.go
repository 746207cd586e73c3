package assessment

import (
	"slices"
	"testing"
)

func TestNoiseBalanceWords(t *testing.T) {
	q := mini(t)
	const margin = 18.594193 // both sides SD 15, r .8
	tests := []struct {
		balance float64
		want    string
	}{
		{-12, "balanced within noise"}, // the README's "-12" is noise
		{18.5, "balanced within noise"},
		{margin, "leans results"}, // at the margin counts
		{18.6, "leans results"},
		{-20, "leans relationships"},
		{0, "balanced within noise"},
	}
	for _, tt := range tests {
		if got := NoiseBalanceWords(q, tt.balance, margin); got != tt.want {
			t.Errorf("NoiseBalanceWords(%g) = %q, want %q", tt.balance, got, tt.want)
		}
	}
}

func TestWeakestFacet(t *testing.T) {
	q := mini(t) // facets in order: trust, morale, goals, pace
	tests := []struct {
		name   string
		scores map[string]Score
		want   string // "" = none marked
	}{
		{"one lowest", map[string]Score{"trust": Scored(75), "morale": Scored(50), "goals": Scored(62.5), "pace": Scored(87.5)}, "morale"},
		{"tie", map[string]Score{"trust": Scored(50), "morale": Scored(50), "goals": Scored(62.5)}, ""},
		// 49.6 and 50.4 both show as 50: a tie to the reader.
		{"tie in whole points", map[string]Score{"trust": Scored(49.6), "morale": Scored(50.4), "goals": Scored(70)}, ""},
		{"tie above the lowest is fine", map[string]Score{"trust": Scored(40), "morale": Scored(50), "goals": Scored(50)}, "trust"},
		{"unscored facets take no part", map[string]Score{"trust": {}, "morale": Scored(75), "goals": Scored(62.5)}, "goals"},
		{"nothing scored", map[string]Score{"trust": {}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := WeakestFacet(q, tt.scores)
			got := ""
			if ok {
				got = f.ID
			}
			if got != tt.want {
				t.Errorf("weakest = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestNearProfiles(t *testing.T) {
	// mini's profiles: production (both >= 60), driver (results >= 60),
	// harmonizer (relationships >= 60), building (the rest).
	ps := mini(t).Profiles
	tests := []struct {
		name               string
		rel, res, rSE, sSE float64
		want               []string
	}{
		// Box 58.8..65.2 x 73.3..86.7 crosses relationships 60 only.
		{"near driver", 62, 80, 3.16, 6.7, []string{"driver"}},
		// Box 58.8..65.2 x 55.3..68.7 reaches every other corner.
		{"near every edge", 62, 62, 3.16, 6.7, []string{"driver", "harmonizer", "building"}},
		{"far from every edge", 75, 80, 3.16, 6.7, nil},
		// 62 - 2 = 60 lies in production itself: exactly one SEM away is
		// not across the edge.
		{"one SEM to the edge", 62, 80, 2, 6.7, nil},
		{"just across", 62, 80, 2.5, 6.7, []string{"driver"}},
		// Box 45..55 x 75..85 lies wholly inside driver.
		{"inside a wide region", 50, 80, 5, 5, nil},
		// The box is kept within 0..100.
		{"at the corner", 2, 2, 10, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range NearProfiles(ps, tt.rel, tt.res, tt.rSE, tt.sSE) {
				got = append(got, p.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("near %v, want %v", got, tt.want)
			}
		})
	}
}

func TestChangeVerdicts(t *testing.T) {
	q := mini(t)
	rel, _ := q.Dimension("relationships")
	trust, _ := q.Facet("trust")
	tests := []struct {
		name     string
		got      Verdict
		want     Verdict
		reliable bool
	}{
		// Relationships SD 10 r .9: SE of a difference sqrt 2 * 3.1623 =
		// 4.4721; 10 / 4.4721 = 2.236 >= 1.96.
		{"dimension, 10 up", ChangeVerdict(rel.Reference, Scored(50), Scored(60)), Improved, true},
		// 8 / 4.4721 = 1.789.
		{"dimension, 8 down", ChangeVerdict(rel.Reference, Scored(58), Scored(50)), NoReliableChange, false},
		// The trust facet (2 of 4): SEM 4.4721, SE of a difference 6.3246;
		// the same 10 points give 1.581, within noise.
		{"facet, 10 up", q.FacetVerdict(FacetChange{Facet: trust, From: Scored(50), To: Scored(60)}), NoReliableChange, false},
		// 12.5 / 6.3246 = 1.976.
		{"facet, 12.5 up", q.FacetVerdict(FacetChange{Facet: trust, From: Scored(50), To: Scored(62.5)}), Improved, true},
		{"facet, 12.5 down", q.FacetVerdict(FacetChange{Facet: trust, From: Scored(62.5), To: Scored(50)}), Declined, true},
		{"unscored side", ChangeVerdict(rel.Reference, Score{}, Scored(60)), "", false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: verdict %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if c := CompareDimension(rel, Scored(50), Scored(60)); !c.Reliable() {
		t.Errorf("10 points on relationships not reliable: %+v", c)
	}
	if c := CompareDimension(rel, Scored(50), Scored(58)); c.Reliable() {
		t.Errorf("8 points on relationships called reliable: %+v", c)
	}
	if c := CompareDimension(rel, Score{}, Scored(58)); c.Reliable() {
		t.Errorf("a missing score called reliable: %+v", c)
	}
}
