package assessment

import (
	"slices"
	"testing"
	"time"
)

func TestMarginsOfRecord(t *testing.T) {
	q := mustMini(t)
	// Stored margins win; a record without them gets q's (results 13.148).
	stored := Scores{Margins: map[string]float64{"results": 9, MarginKeyBalance: 12}, FacetMargins: map[string]float64{"goals": 20}}
	tests := []struct {
		name                   string
		s                      Scores
		results, balance, goal float64
	}{
		{"kept with the record", stored, 9, 12, 20},
		{"older record", Scores{}, 13.148, 14.536, 18.594},
	}
	for _, tt := range tests {
		m := MarginsOfRecord(q, tt.s)
		if b := balanceMarginOfRecord(q, tt.s); b != m.Balance {
			t.Errorf("%s: balanceMarginOfRecord = %v, MarginsOfRecord's balance %v", tt.name, b, m.Balance)
		}
		for _, c := range []struct{ got, want float64 }{{m.Dimensions["results"], tt.results}, {m.Balance, tt.balance}, {m.Facets["goals"], tt.goal}} {
			if c.got < c.want-0.001 || c.got > c.want+0.001 {
				t.Errorf("%s: margins %+v, want results %v balance %v goals %v", tt.name, m, tt.results, tt.balance, tt.goal)
			}
		}
	}
}

func TestSourceWords(t *testing.T) {
	q := mustMini(t)
	if got := SourceWords(q); got != "assumed" {
		t.Errorf("SourceWords = %q, want assumed", got)
	}
	for i := range q.Dimensions {
		q.Dimensions[i].Reference.Source = "calibrated on 40 people, 2026-11-30"
	}
	if got := SourceWords(q); got != "calibrated on 40 people, 2026-11-30" {
		t.Errorf("SourceWords = %q, want the calibration", got)
	}
}

func TestTrendSeriesAndQuestionnaireChanges(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	rec := func(id string, d int, hash string, flagged bool) CheckIn {
		c := CheckIn{ID: id, TakenAt: day(d), Questionnaire: QuestionnaireRef{Hash: hash},
			Scores: Scores{Dimensions: map[string]Score{"results": Scored(float64(50 + d))}}}
		if flagged {
			c.Warnings = []Warning{{Code: WarnStraightLining}}
		}
		return c
	}
	recs := []CheckIn{rec("a", 0, "v1", false), rec("b", 30, "v1", true), rec("c", 60, "v2", false), rec("d", 90, "v2", false)}
	points, out := TrendSeries(recs, "results", false)
	if len(points) != 3 || !slices.Equal(out, []string{"b"}) {
		t.Errorf("without flagged: %d points, left out %v; want 3 and [b]", len(points), out)
	}
	if points, out := TrendSeries(recs, "results", true); len(points) != 4 || len(out) != 0 {
		t.Errorf("with flagged: %d points, left out %v; want 4 and none", len(points), out)
	}
	if ch := QuestionnaireChanges(recs); len(ch) != 1 || ch[0].ID != "c" {
		t.Errorf("changes = %v, want the check-in c", ch)
	}
}
