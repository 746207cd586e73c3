package assessment

import "testing"

func TestRoundHalfAwayFromZero(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want int
	}{
		{62.5, 63}, {-62.5, -63}, {62.4999, 62}, {0.5, 1}, {-0.5, -1},
		{0.49, 0}, {-0.49, 0}, {99.5, 100}, {2.5, 3}, {-2.5, -3}, {0, 0},
	} {
		if got := Whole(c.in); got != c.want {
			t.Errorf("Whole(%v) = %d, want %d", c.in, got, c.want)
		}
		if got := WholeFloat(c.in); got != float64(c.want) {
			t.Errorf("WholeFloat(%v) = %v, want %d", c.in, got, c.want)
		}
	}
}

// The words built on Round say 62.5 as 63 and −62.5 as −63.
func TestWordsRoundHalfAwayFromZero(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{ScoreText(Score{Value: 62.5, Valid: true}), "63"},
		{Signed(-62.5), "−63"},
		{Signed(62.5), "+63"},
		{MarginText(12.5), "±13"},
		{ScoreWithMargin(Score{Value: 62.5, Valid: true}, 12.5), "63 ±13"},
		{Trap{Reasons: []TrapReason{TrapDrop}, Drop: -22.5}.Because("relationships", TrapEvidence{}), "relationships fell 23 points since the last check-in, more than noise explains"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestCount(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 commitments"}, {1, "1 commitment"}, {2, "2 commitments"}, {-1, "-1 commitment"}} {
		if got := Count(c.n, "commitment", "commitments"); got != c.want {
			t.Errorf("Count(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}

func TestSignedTenths(t *testing.T) {
	for _, c := range []struct {
		in   float64
		want string
	}{
		{2.9, "+2.9"},
		{2.25, "+2.3"},
		{-1.75, "−1.8"},
		{-0.04, "0.0"},
		{0.04, "0.0"},
		{-0.05, "−0.1"},
		{0, "0.0"},
		{-14.6, "−14.6"},
	} {
		if got := SignedTenths(c.in); got != c.want {
			t.Errorf("SignedTenths(%v) = %q, want %q", c.in, got, c.want)
		}
	}
}
