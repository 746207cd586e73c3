package safetext

import "strings"

// escapeLen is how many bytes of s, which starts with ESC, the escape
// sequence takes, as a terminal would read it (ECMA-48). A sequence cut
// short by the end of s takes the rest of s; one broken by a byte that
// cannot be part of it ends before that byte, which is then read as text.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch c := s[1]; {
	case c == '[':
		return csiLen(s, 2)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		return stringLen(s, 2)
	case c >= 0x20 && c <= 0x2f: // intermediates, then one final byte
		j := 2
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j
	case c >= 0x30 && c <= 0x7e: // a two-byte escape such as ESC c (reset)
		return 2
	default:
		return 1
	}
}

// csiLen is the length of a control sequence whose parameters start at
// from: parameter and intermediate bytes, then one final byte.
func csiLen(s string, from int) int {
	j := from
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x3f {
		j++
	}
	if j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e {
		j++
	}
	return j
}

// stringLen is the length of a control string (OSC, DCS, SOS, PM, APC)
// whose body starts at from. It ends at BEL, at ST (ESC \ or U+009C), or
// is cancelled by CAN or SUB; any other ESC ends it and starts anew.
func stringLen(s string, from int) int {
	k := strings.IndexAny(s[from:], "\x07\x18\x1a\x1b\u009c")
	if k < 0 {
		return len(s)
	}
	j := from + k
	switch {
	case s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\':
		return j + 2
	case s[j] == 0x1b:
		return j
	case s[j] == 0xc2: // U+009C
		return j + 2
	default:
		return j + 1
	}
}

// c1Len is the length of the sequence a C1 introducer (as UTF-8) starts,
// or 0 when r introduces nothing and is shown as a placeholder.
func c1Len(s string, r rune) int {
	switch r {
	case 0x9b: // CSI
		return csiLen(s, 2)
	case 0x9d, 0x90, 0x98, 0x9e, 0x9f: // OSC, DCS, SOS, PM, APC
		return stringLen(s, 2)
	}
	return 0
}

// isSGR reports whether seq is exactly one Select Graphic Rendition
// sequence (colours, bold, underline), the only kind the program's own
// styling writes.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[0] != 0x1b || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}
