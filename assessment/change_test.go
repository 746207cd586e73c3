package assessment

import (
	"math"
	"testing"
)

func TestRCIAndVerdict(t *testing.T) {
	// SD 15, r 0.8: standard error of a difference = sqrt(2) * 15 *
	// sqrt(0.2) = 9.4868; reliable difference = 1.96 * 9.4868 = 18.594.
	tests := []struct {
		name          string
		x1, x2, sd, r float64
		rci           float64
		verdict       Verdict
	}{
		{"20 points up", 50, 70, 15, 0.8, 2.1082, Improved},
		{"15 points up is noise", 50, 65, 15, 0.8, 1.5811, NoReliableChange},
		{"20 points down", 70, 50, 15, 0.8, -2.1082, Declined},
		{"no change", 60, 60, 15, 0.8, 0, NoReliableChange},
		// SD 10, r 0.9: sqrt(2) * 10 * sqrt(0.1) = 4.4721; 9 / 4.4721 = 2.0125.
		{"9 points on a reliable scale", 40, 49, 10, 0.9, 2.0125, Improved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RCI(tt.x1, tt.x2, tt.sd, tt.r)
			if math.Abs(got-tt.rci) > 5e-5 {
				t.Errorf("RCI = %.4f, want %.4f", got, tt.rci)
			}
			if v := Judge(got); v != tt.verdict {
				t.Errorf("verdict = %s, want %s", v, tt.verdict)
			}
		})
	}
	if got := ReliableDifference(Reference{SD: 15, Reliability: 0.8}); math.Abs(got-18.594) > 5e-4 {
		t.Errorf("ReliableDifference = %.4f, want 18.594", got)
	}
	// Exactly at the threshold counts as reliable.
	if Judge(RCIThreshold) != Improved || Judge(-RCIThreshold) != Declined {
		t.Errorf("threshold itself is not reliable")
	}
}

func TestCompareDimensionDefaultsAndMissing(t *testing.T) {
	d := Dimension{ID: "results"} // no reference: SD 15, r 0.8
	c := CompareDimension(d, Scored(50), Scored(70))
	if !c.Valid || c.Difference != 20 || c.Verdict != Improved || math.Abs(c.Threshold-18.594) > 5e-4 {
		t.Errorf("change = %+v", c)
	}
	if c := CompareDimension(d, Score{}, Scored(70)); c.Valid || c.Verdict != "" {
		t.Errorf("unscored side judged: %+v", c)
	}
}

func TestCompareMatchesItemsByID(t *testing.T) {
	old := mini(t)
	cur := mini(t)
	// The current version rewords trust-1, drops pace-2 and adds pace-3.
	cur.Items[0].Text = "I listened to the end."
	cur.Items = append(cur.Items[:7], Item{ID: "pace-3", Facet: "pace", Text: "I cleared a blocker."})
	from := Side{Questionnaire: old, Answers: Answers{"trust-1": 2, "goals-1": 2, "trust-2": 2, "goals-2": 5, "pace-2": 3},
		Dimensions: map[string]Score{"relationships": Scored(40), "results": Scored(70)},
		Facets:     map[string]Score{"trust": Scored(50), "goals": Scored(20)}}
	to := Side{Questionnaire: cur, Answers: Answers{"trust-1": 5, "goals-1": 3, "trust-2": 4, "goals-2": 2, "pace-3": 4},
		Dimensions: map[string]Score{"relationships": Scored(65), "results": Scored(60)},
		Facets:     map[string]Score{"trust": Scored(25), "goals": Scored(60)}}
	c := Compare(cur, from, to)

	if c.Dimensions[0].Difference != 25 || c.Dimensions[0].Verdict != Improved || c.Dimensions[1].Verdict != NoReliableChange {
		t.Errorf("dimensions = %+v", c.Dimensions)
	}
	// goals moved +40, trust -25; morale and pace are unscored and last.
	if c.Facets[0].Facet.ID != "goals" || c.Facets[1].Facet.ID != "trust" || c.Facets[2].Valid {
		t.Errorf("facets not largest first: %+v", c.Facets)
	}
	status := map[string]ItemChange{}
	for _, ic := range c.Items {
		status[ic.Item.ID] = ic
	}
	// goals-2 is reversed: raw 5 -> 2 is keyed 1 -> 4, +3. trust-2 reversed:
	// raw 2 -> 4 is keyed 4 -> 2, -2. goals-1: +1.
	want := map[string]struct {
		status ItemStatus
		diff   int
	}{
		"goals-2": {ItemSame, 3}, "trust-2": {ItemSame, -2}, "goals-1": {ItemSame, 1},
		"trust-1": {ItemReworded, 0}, "pace-2": {ItemRemoved, 0}, "pace-3": {ItemAdded, 0},
	}
	for id, w := range want {
		if got := status[id]; got.Status != w.status || got.Difference != w.diff {
			t.Errorf("%s = %+v, want %s %+d", id, got, w.status, w.diff)
		}
	}
	if c.Items[0].Item.ID != "goals-2" || c.Items[1].Item.ID != "trust-2" || c.Items[2].Item.ID != "goals-1" {
		t.Errorf("items not largest first: %s %s %s", c.Items[0].Item.ID, c.Items[1].Item.ID, c.Items[2].Item.ID)
	}
	if status["trust-1"].Compared || status["pace-3"].Compared {
		t.Errorf("changed statements were compared")
	}
}

func TestCompareSortsFacetsByTheChangeShown(t *testing.T) {
	q := mini(t)
	// trust: 62.5 -> 75.4, exactly +12.9 but shown as 63 -> 75, +12.
	// goals: 62.4 -> 75.0, exactly +12.6 but shown as 62 -> 75, +13.
	from := Side{Facets: map[string]Score{"trust": Scored(62.5), "goals": Scored(62.4)}}
	to := Side{Facets: map[string]Score{"trust": Scored(75.4), "goals": Scored(75.0)}}
	c := Compare(q, from, to)
	if c.Facets[0].Facet.ID != "goals" || c.Facets[1].Facet.ID != "trust" {
		t.Errorf("order = %s, %s; want goals (+13 shown) before trust (+12 shown)", c.Facets[0].Facet.ID, c.Facets[1].Facet.ID)
	}
}

// A statement that gained the {window} placeholder is the same question
// as the one that said "the last four weeks", and each side's answers
// keep the words of the scale they were given on.
func TestCompareAcrossTheWindowPlaceholder(t *testing.T) {
	old, cur := mini(t), mini(t)
	old.Items[1].Text = "In the last four weeks, I kept a promise."
	cur.Items[1].Text = "In {window}, I kept a promise."
	cur.Scale.Labels = []string{"Never", "Rarely", "Sometimes", "Often", "Almost always"}
	id := cur.Items[1].ID
	from := Side{Questionnaire: old, Answers: Answers{id: 2}}
	to := Side{Questionnaire: cur, Answers: Answers{id: 4}}
	c := Compare(cur, from, to)
	for _, ic := range c.Items {
		if ic.Item.ID == id && (ic.Status != ItemSame || !ic.Compared) {
			t.Errorf("%s = %+v, want the same statement, compared", id, ic)
		}
	}
	if c.FromScale.Label(4) != old.Scale.Label(4) || c.ToScale.Label(4) != "Often" {
		t.Errorf("scales %v and %v, want each side's own", c.FromScale.Labels, c.ToScale.Labels)
	}
}
