package cli

import (
	"path/filepath"
	"strings"
	"testing"
)

// drawing are the characters of bars, meters and charts, which a screen
// reader reads as noise.
const drawing = "█░▏▎▍▌▋▊▉├┼┤┬┴─│═╪●○▸◂▶◀·↑↓→←⠀⣿"

// TestAccessibleShowCompare: in the accessible mode, however it is asked
// for, show and compare say their result in sentences, with no drawing.
func TestAccessibleShowCompare(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	takeThree(t, db)
	// All 3s score 50 on both sides; all 4s 58.33 (see
	// TestTakeAnswersThenHistory): up 8, inside the 18.6 a reliable change
	// needs.
	showWant := []string{
		"Result of the check-in of Sun 1 Nov 2026, 09:00.\n",
		"Relationship-building: 58 out of 100, give or take 13, up 8 since 1 Oct, within noise.\n",
		"Balance: 0, give or take 19, balanced within noise.\n",
	}
	compareWant := []string{
		"Comparison of the check-in of Thu 1 Oct 2026, 09:00 with the check-in of Sun 1 Nov 2026, 09:00, 31 days apart.\n",
		"Relationship-building: 50, then 58: up 8, within noise (a reliable change needs 18.6 points).\n",
		"Reference values are assumed.\n",
		"Statements answered differently, largest change first, in answer points counted so that up is always better:\n",
		// The statement as the compare screen words it, in the default
		// cadence's window, never with the questionnaire's placeholder.
		"Up 1: In the last four weeks, I let team members finish explaining a problem before I gave my view. You answered sometimes, then often.\n",
	}
	tests := []struct {
		name  string
		extra map[string]string
		args  []string
		want  []string
	}{
		{"--accessible show", nil, []string{"--accessible", "show"}, showWant},
		{"ACCESSIBLE=1 show", map[string]string{"ACCESSIBLE": "1"}, []string{"show", "latest"}, showWant},
		{"TERM=dumb show", map[string]string{"TERM": "dumb"}, []string{"show"}, showWant},
		{"--accessible compare", nil, []string{"--accessible", "compare"}, compareWant},
		{"ACCESSIBLE=1 compare", map[string]string{"ACCESSIBLE": "1"}, []string{"compare"}, compareWant},
		{"TERM=dumb compare", map[string]string{"TERM": "dumb"}, []string{"compare", "20261001", "20261101"}, compareWant},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := leadcheckEnv(t, db, tt.extra, "", tt.args...)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("missing %q in:\n%s", w, r.stdout)
				}
			}
			if i := strings.IndexAny(r.stdout, drawing); i >= 0 {
				t.Errorf("drawing character %q at %d in:\n%s", []rune(r.stdout[i:])[0], i, r.stdout)
			}
		})
	}
}
