package assessment

import "testing"

func TestScoreText(t *testing.T) {
	tests := []struct {
		s    Score
		want string
	}{
		{Scored(72.5), "73"}, // half away from zero
		{Scored(0), "0"},
		{Score{}, "–"},
	}
	for _, tt := range tests {
		if got := ScoreText(tt.s); got != tt.want {
			t.Errorf("ScoreText(%v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestSigned(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{12.4, "+12"}, {-12.5, "−13"}, {0.4, "0"}, {-0.4, "0"}, {2.5, "+3"},
	}
	for _, tt := range tests {
		if got := Signed(tt.v); got != tt.want {
			t.Errorf("Signed(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// The mini questionnaire's balance margin: SEMs 10*sqrt(0.1) = 3.162 and
// 15*sqrt(0.2) = 6.708, so 1.96 * sqrt(3.162^2 + 6.708^2) = 1.96 * 7.416
// = 14.54, shown as ±15. A balance leans only from 14.54 on.
func TestBalanceWords(t *testing.T) {
	q := mustMini(t)
	tests := []struct {
		b                   Score
		side, lean, balance string
	}{
		{Scored(20.4), "results", "leans results", "+20 ±15 leans results"},
		{Scored(-14.6), "relationships", "leans relationships", "−15 ±15 leans relationships"},
		{Scored(-14.5), "balanced", "balanced within noise", "−15 ±15 balanced within noise"},
		{Scored(12.4), "balanced", "balanced within noise", "+12 ±15 balanced within noise"},
		{Scored(0.3), "balanced", "balanced within noise", "0 ±15 balanced within noise"},
		{Score{}, "not scored", "not scored", "not scored"},
	}
	for _, tt := range tests {
		if got := LeanSide(q, tt.b); got != tt.side {
			t.Errorf("LeanSide(%v) = %q, want %q", tt.b, got, tt.side)
		}
		if got := LeanWords(q, tt.b); got != tt.lean {
			t.Errorf("LeanWords(%v) = %q, want %q", tt.b, got, tt.lean)
		}
		if got := BalanceWords(q, tt.b); got != tt.balance {
			t.Errorf("BalanceWords(%v) = %q, want %q", tt.b, got, tt.balance)
		}
	}
}

func TestCommitmentWords(t *testing.T) {
	q := mustMini(t)
	tests := []struct {
		name               string
		c                  Commitment
		words, line, where string
	}{
		{"own words", Commitment{Facet: "trust", Practice: "Ask first.", Objective: " Listen more "},
			"Listen more", "Trust: Listen more", "Trust: Ask first."},
		{"the practice", Commitment{Facet: "trust", Practice: "Ask first."},
			"Ask first.", "Trust: Ask first.", "Trust"},
		{"kept as suggested", Commitment{Facet: "trust", Practice: "Ask first.", Objective: "Ask first."},
			"Ask first.", "Trust: Ask first.", "Trust"},
		{"an older facet", Commitment{Facet: "gone", Objective: "x"},
			"x", "gone: x", "gone"},
	}
	for _, tt := range tests {
		if got := tt.c.Words(); got != tt.words {
			t.Errorf("%s: Words = %q, want %q", tt.name, got, tt.words)
		}
		if got := CommitmentLine(q, tt.c); got != tt.line {
			t.Errorf("%s: CommitmentLine = %q, want %q", tt.name, got, tt.line)
		}
		if got := CommitmentSource(q, tt.c); got != tt.where {
			t.Errorf("%s: CommitmentSource = %q, want %q", tt.name, got, tt.where)
		}
	}
}

func TestSavedCommitmentsWords(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{1, "Saved 1 commitment. The next check-in starts by asking how it went."},
		{3, "Saved 3 commitments. The next check-in starts by asking how they went."},
	}
	for _, tt := range tests {
		if got := SavedCommitmentsWords(tt.n); got != tt.want {
			t.Errorf("SavedCommitmentsWords(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
