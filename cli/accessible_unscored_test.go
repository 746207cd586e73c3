package cli

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// saveUnscored saves a check-in whose relationships side is not scored:
// trust and morale (five of its twelve statements) were skipped.
func saveUnscored(t *testing.T, db string) {
	t.Helper()
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.Answers{}
	for _, it := range q.Items {
		if it.Facet != "trust" && it.Facet != "morale" {
			// Forward 4, reversed 2: 75 on every facet answered.
			a[it.ID] = map[bool]int{false: 4, true: 2}[it.Reverse]
		}
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC), "")
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Save(&rec, q); err != nil {
		t.Fatal(err)
	}
}

// A score not computed is said in words in the accessible mode, never as
// the dash the screens draw, and a facet not scored is named, not left out.
func TestAccessibleSaysNotScored(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	saveUnscored(t, db)
	tests := []struct {
		args  []string
		wants []string
	}{
		{[]string{"--accessible"}, []string{"Relationship-building not scored, Results focus 75, balance not scored.\n"}},
		{[]string{"--accessible", "show"}, []string{
			"Relationship-building: not scored (too few answers).\n",
			"Facets, weakest first (indicative, each give or take about 26 points): Developing people 75; " +
				"Celebrating progress 75; Direction and purpose 75; Delivery and accountability 75; Momentum 75; " +
				"Continuous improvement 75; Trust and listening not scored; Energy and sustainable pace not scored.\n",
		}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := leadcheck(t, db, "", tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			for _, w := range tt.wants {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("missing %q in:\n%s", w, r.stdout)
				}
			}
			if strings.Contains(r.stdout, assessment.NoScore) {
				t.Errorf("a dash for a score in:\n%s", r.stdout)
			}
		})
	}
}
