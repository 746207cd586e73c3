package cli

import (
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
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

// day writes a date as Format("2 Jan 2006") does, in the time zone the
// check-in was recorded in.
func TestDayIsFormat(t *testing.T) {
	for _, at := range []time.Time{
		time.Date(2026, 11, 28, 23, 30, 0, 0, time.FixedZone("", 3600)), time.Date(1971, 1, 31, 0, 0, 0, 0, time.UTC),
		time.Date(999, 9, 9, 0, 0, 0, 0, time.UTC), time.Date(12026, 5, 1, 0, 0, 0, 0, time.UTC), time.Date(-5, 3, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 0, 0, 0, time.FixedZone("", -12*3600)),
	} {
		if got, want := day(assessment.CheckIn{TakenAt: at}), at.Format("2 Jan 2006"); got != want {
			t.Errorf("day(%v) = %q, want %q", at, got, want)
		}
	}
	for m := time.January; m <= time.December; m++ {
		at := time.Date(2001, m, 1, 0, 0, 0, 0, time.UTC)
		if got, want := day(assessment.CheckIn{TakenAt: at}), at.Format("2 Jan 2006"); got != want {
			t.Errorf("day(%v) = %q, want %q", at, got, want)
		}
	}
}

// printableASCII checks eight bytes at once what a byte-by-byte walk
// checks.
func TestPrintableASCIIIsItsRule(t *testing.T) {
	for _, s := range []string{
		"", "a", "plain text of some length, more than eight", "12345678\x1f", "1234567\x7f", "\x7fabcdefghi",
		"abcdefgh~", "abcdefgh é", "é and more than eight", "tab\there", "0123456789abcde\x00", " !\"#$%&'()*+,-./",
		"\x20\x20\x20\x20\x20\x20\x20\x1f", "\x1f\x20\x20\x20\x20\x20\x20\x20\x20",
	} {
		want := true
		for i := 0; i < len(s); i++ {
			if s[i] < 0x20 || s[i] >= 0x7f {
				want = false
			}
		}
		if got := printableASCII(s); got != want {
			t.Errorf("printableASCII(%q) = %v, want %v", s, got, want)
		}
	}
}
