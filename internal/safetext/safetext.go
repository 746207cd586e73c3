// Package safetext holds the one place where text that came from outside
// the program (notes, reflections, imported records, questionnaire files,
// arguments echoed in errors) is made safe to print on a terminal, and the
// linear-time helpers that measure, cut and wrap such text.
//
// The rule: an ESC and the whole sequence it introduces (CSI, OSC such as
// window titles and clipboard writes, DCS, SOS, PM, APC, and the short
// two- and three-byte escapes) are removed; so are the sequences the C1
// introducers U+009B, U+009D, U+0090, U+0098, U+009E and U+009F start.
// Every other control character becomes a visible placeholder (a control
// picture such as ␇ for C0 and DEL, U+FFFD for C1), as do the bidirectional
// overrides and isolates U+202A–U+202E and U+2066–U+2069, which could make
// a line read differently from what it holds. Invalid UTF-8 becomes U+FFFD.
// A tab becomes a space.
//
// Every function here costs time linear in its input, so a note of many
// megabytes without a space is still shown at once. It imports nothing of
// leadcheck's, so every layer may use it.
package safetext

import (
	"strings"
	"unicode/utf8"
)

// mode says which characters a caller keeps.
type mode uint8

const (
	oneLine   mode = iota // no line breaks: a newline becomes ␊
	multiLine             // newlines kept; CRLF and a lone CR become LF
	styled                // as multiLine, and the SGR colour sequences kept
)

// Line makes s safe to print as part of one line: every control character
// (newline included) becomes a visible placeholder, every escape sequence
// is removed.
func Line(s string) string {
	out, _ := clean(s, oneLine, -1)
	return out
}

// Text is Line for text shown over several lines: newlines are kept, and a
// CRLF or a lone CR becomes one newline.
func Text(s string) string {
	out, _ := clean(s, multiLine, -1)
	return out
}

// Styled is Text for output the program has already styled itself: the
// colour and weight sequences (SGR, "ESC [ … m") pass, every other escape
// sequence is removed. It is the last line of defence on a whole screen
// or printed result; text from outside has been through Line or Text
// before the program's styling was added, so no SGR of its own is left.
func Styled(s string) string {
	out, _ := clean(s, styled, -1)
	return out
}

// clean writes s under the rules of m. With limit >= 0 it stops once the
// output holds limit bytes and reports that it stopped early, so a caller
// that only shows a preview of a long text does not read all of it.
func clean(s string, m mode, limit int) (string, bool) {
	if limit < 0 && unchanged(s, m) {
		return s, false
	}
	return rewrite(s, m, limit)
}

// rewrite is clean writing every character anew.
func rewrite(s string, m mode, limit int) (string, bool) {
	var b strings.Builder
	if limit < 0 {
		b.Grow(len(s))
	}
	for i := 0; i < len(s); {
		if limit >= 0 && b.Len() >= limit {
			return b.String(), true
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == 0x1b:
			n := escapeLen(s[i:])
			if m == styled && isSGR(s[i:i+n]) {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		case r >= 0x80 && r <= 0x9f:
			if n := c1Len(s[i:], r); n > 0 {
				i += n
				continue
			}
			b.WriteRune(utf8.RuneError)
		case r == '\r' && m != oneLine:
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
				continue
			}
			b.WriteByte('\n')
		case r == '\n' && m != oneLine:
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20:
			b.WriteRune(0x2400 + r) // the control pictures block
		case r == 0x7f:
			b.WriteRune('\u2421') // ␡
		case isBidiControl(r):
			b.WriteRune(utf8.RuneError)
		default: // includes invalid UTF-8, which decodes to U+FFFD
			if r == utf8.RuneError && size == 1 {
				b.WriteRune(utf8.RuneError)
			} else {
				b.WriteString(s[i : i+size])
			}
		}
		i += size
	}
	return b.String(), false
}

// unchanged reports whether clean would give s back as it is under m: a
// report or a screen is mostly lines of plain text, and copying each
// through a builder cost more than reading it once. It is isPlain, but
// for newlines (kept by m other than oneLine) and for any character
// beyond ASCII that clean writes as it is.
func unchanged(s string, m mode) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && (c != '\n' || m == oneLine)) || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r >= 0x80 && r <= 0x9f || isBidiControl(r) {
			return false
		}
		i += size
	}
	return true
}

// isPlain reports whether s needs no change at all, the common case, so
// clean can return it without copying.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// isBidiControl reports the embeddings, overrides and isolates that can
// reorder how a line reads (the "Trojan Source" characters).
func isBidiControl(r rune) bool {
	return (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}
