package cli

import (
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// The history table says the balance as the app's history does.
func TestHistoryBalance(t *testing.T) {
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		b    assessment.Score
		want string
	}{
		// The default questionnaire's balance margin is 18.59.
		{assessment.Scored(18.6), "+19 → results"},
		{assessment.Scored(-19.5), "−20 ← relationships"},
		{assessment.Scored(12.4), "+12 ≈ balanced"},
		{assessment.Scored(3), "+3 ≈ balanced"},
		{assessment.Scored(0), "0 ≈ balanced"},
		{assessment.Score{}, "–"},
	}
	for _, tt := range tests {
		if got := balance(q, tt.b); got != tt.want {
			t.Errorf("balance(%v) = %q, want %q", tt.b, got, tt.want)
		}
	}
}
