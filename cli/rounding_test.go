package cli

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// halfSheet answers so that relationships scores exactly 62.5 and
// results exactly 0, so the balance is exactly -62.5.
func halfSheet() string {
	answers := map[string]int{
		// Relationships: eight plain statements answered 4 (scored 4),
		// trust-2 and morale-5 answered 3 (scored 3), growth-1 and
		// recognition-3 answered 4 (scored 2): (32+6+4)/12 = 3.5, POMP
		// 100*(3.5-1)/4 = 62.5.
		"trust-1": 4, "trust-3": 4, "morale-1": 4, "morale-4": 4, "growth-2": 4, "growth-3": 4,
		"recognition-1": 4, "recognition-2": 4, "trust-2": 3, "morale-5": 3, "growth-1": 4, "recognition-3": 4,
		// Results: every statement scored 1, so POMP 0.
		"objectives-1": 1, "objectives-5": 1, "delivery-2": 1, "delivery-4": 1, "momentum-1": 1, "momentum-5": 1,
		"improvement-1": 1, "improvement-2": 1, "objectives-2": 5, "delivery-3": 5, "improvement-3": 5, "momentum-4": 5,
	}
	var b strings.Builder
	b.WriteString("answers:\n")
	for id, x := range answers {
		fmt.Fprintf(&b, "  %s: %d\n", id, x)
	}
	return b.String()
}

// A score of 62.5 is 63 and a balance of −62.5 is −63 on every surface
// that prints them: rounding is half away from zero in one function.
func TestHalfPointRoundsAwayFromZeroEverywhere(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	// An earlier check-in of all 4s (58.33 on both sides, see
	// TestTakeAnswersThenHistory) to compare with.
	for _, answers := range []string{sheet(4, ""), halfSheet()} {
		if r := leadcheck(t, db, answers, "take", "--answers", "-"); r.code != 0 {
			t.Fatalf("take: exit %d, %s", r.code, r.stderr)
		}
	}
	tests := []struct {
		args  []string
		wants []string
	}{
		{[]string{"history"}, []string{"   63        0  −63 ← relationships"}},
		{[]string{"show", "latest"}, []string{"   63 ±13   +5\n", "  −63 ±19   −63\n"}},
		{[]string{"show", "--accessible", "latest"}, []string{"Relationship-building: 63 out of 100", "Balance: −63, give or take 19"}},
		{[]string{"--accessible"}, []string{"Relationship-building 63, Results focus 0, balance −63, give or take 19"}},
		{[]string{"trend", "--accessible"}, []string{"   63        0      −63  "}},
		{[]string{"compare"}, []string{"63"}},
		{[]string{"compare", "--accessible"}, []string{"58, then 63"}},
		{[]string{"export", "--format", "md"}, []string{"| Relationship-building | 63 ±13 |", "| 63 | 0 | −63 ±19"}},
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
			// The database's path is printed by some commands, and a
			// temporary directory's name may hold any digits.
			if strings.Contains(strings.ReplaceAll(r.stdout, filepath.Dir(db), ""), "62") {
				t.Errorf("62.5 shown as 62:\n%s", r.stdout)
			}
		})
	}
}
