package tui

import (
	"strings"
	"testing"
)

// The keys that move a side are named only when a side can move: with
// two check-ins none can, and the footer offered [/] and {/} anyway.
func TestCompareNamesMovesOnlyWithMoreThanTwo(t *testing.T) {
	tests := []struct {
		n     int
		moves bool
	}{
		{2, false},
		{3, true},
	}
	for _, tt := range tests {
		d, _ := compareOpen(t, tt.n, 80, 24)
		mustContain(t, d.view(), "q back")
		if got := strings.Contains(d.view(), "[/] older"); got != tt.moves {
			t.Errorf("%d check-ins: footer names [/] %v, want %v", tt.n, got, tt.moves)
		}
		d.press("?")
		if got := strings.Contains(d.view(), "} newer: later"); got != tt.moves {
			t.Errorf("%d check-ins: full keys name } %v, want %v", tt.n, got, tt.moves)
		}
	}
}
