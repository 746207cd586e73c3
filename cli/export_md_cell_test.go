package cli

import (
	"strings"
	"testing"
)

// cell gives what its whole rule gives, whether or not it takes the
// short way.
func TestCellIsItsRule(t *testing.T) {
	for _, s := range []string{
		"", "–", "Leaning on people", "a  b", " a", "a ", "a|b", "a\tb", "a\u00a0b", "a\u2028b", "é è",
		"\xff x", "flagged: straight-lining, acquiescence", "x\n", "a | b",
	} {
		want := strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "|", `\|`)
		if got := cell(s); got != want {
			t.Errorf("cell(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzCell(f *testing.F) {
	f.Add("a  b|c\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cell(s), strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "|", `\|`); got != want {
			t.Errorf("cell(%q) = %q, want %q", s, got, want)
		}
	})
}
