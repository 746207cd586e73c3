package safetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSafeText checks the promises every caller relies on: nothing that
// can drive a terminal survives, nothing is wider than asked, and the
// output grows at most linearly with the input.
func FuzzSafeText(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b]0;t\x07\x1b[2J", "\u202eabc", "日本語 e\u0301", "\x9b\xc2\x9b1m", "a\r\nb\tc"} {
		f.Add(s, 5)
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = width%200 + 1
		if width <= 0 {
			width += 200
		}
		outs := map[string]string{"Line": Line(s), "Text": Text(s), "Truncate": Truncate(s, width), "Wrap": Wrap(s, width)}
		for name, out := range outs {
			if bad := unsafeRune(out, name == "Line" || name == "Truncate"); bad >= 0 {
				t.Fatalf("%s(%q) = %q keeps %U", name, s, out, bad)
			}
			if len(out) > 4*len(s)+8 {
				t.Fatalf("%s(%q) grew to %d bytes", name, s, len(out))
			}
		}
		if w := Width(outs["Truncate"]); w > width {
			t.Fatalf("Truncate(%q, %d) is %d wide", s, width, w)
		}
		for _, l := range strings.Split(outs["Wrap"], "\n") {
			if w := Width(l); w > width {
				t.Fatalf("Wrap(%q, %d) has a line %d wide: %q", s, width, w, l)
			}
		}
	})
}

// unsafeRune is the first rune of s a terminal could act on, or -1.
func unsafeRune(s string, oneLine bool) rune {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd"):
			return r
		case r == '\n' && !oneLine:
		case r < 0x20, r >= 0x7f && r <= 0x9f, isBidiControl(r):
			return r
		}
	}
	return -1
}

// FuzzUnchanged checks the shortcut: text said to need no change comes
// back from the full rewrite as it went in, in every mode.
func FuzzUnchanged(f *testing.F) {
	for _, s := range []string{"", "plain", "two\nlines", "a\r\nb", "63 ± 13 → results", "\u202eabc", "\xff", "\u0085", "tab\there"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range []mode{oneLine, multiLine, styled} {
			if !unchanged(s, m) {
				continue
			}
			if out, _ := rewrite(s, m, -1); out != s {
				t.Fatalf("mode %d: %q said unchanged, rewritten %q", m, s, out)
			}
		}
	})
}
