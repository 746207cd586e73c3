package store

import (
	"bytes"
	"encoding/json"
)

// appendIndented appends src indented as json.Indent(dst, src, prefix,
// indent) would, byte for byte, but in one pass that copies strings,
// numbers and literals whole: json.Indent steps a scanner through every
// byte, which made most of the time of writing a long history. It
// checks only that brackets and strings close; src is JSON the store
// wrote with json.Marshal, and anything it cannot vouch for goes to
// json.Indent, whose error is returned.
func appendIndented(dst, src []byte, prefix, indent string) ([]byte, error) {
	start := len(dst)
	// json.Indent drops the spaces before the value and keeps those after.
	body := bytes.TrimRight(src, " \t\r\n")
	out, ok := indentBody(dst, body, prefix, indent)
	if ok {
		return append(out, src[len(body):]...), nil
	}
	buf := bytes.NewBuffer(dst[:start])
	err := json.Indent(buf, src, prefix, indent)
	if err != nil {
		return dst[:start], err
	}
	return buf.Bytes(), nil
}

// indentBody is appendIndented without the trailing spaces; it reports
// whether every bracket and string it met was closed.
func indentBody(dst, src []byte, prefix, indent string) ([]byte, bool) {
	depth, open := 0, false // open: after { or [, nothing else yet
	for i := 0; i < len(src); {
		c := src[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
			i++
			continue
		}
		if open && c != '}' && c != ']' {
			// The first element: an empty {} or [] stays on one line.
			open = false
			depth++
			dst = newline(dst, prefix, indent, depth)
		}
		switch c {
		case '"':
			end := stringEnd(src, i)
			if end < 0 {
				return dst, false
			}
			dst = append(dst, src[i:end]...)
			i = end
			continue
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = newline(append(dst, c), prefix, indent, depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				if depth < 0 {
					return dst, false
				}
				dst = newline(dst, prefix, indent, depth)
			}
			dst = append(dst, c)
		default:
			// A number or a literal: copied up to what ends it.
			end := i + 1
			for end < len(src) && !endsLiteral(src[end]) {
				end++
			}
			dst = append(dst, src[i:end]...)
			i = end
			continue
		}
		i++
	}
	return dst, depth == 0 && !open
}

// stringEnd is the index just past the closing quote of the string that
// opens at src[i], or -1 when it does not close. A quote preceded by an
// odd run of backslashes is escaped and does not close it.
func stringEnd(src []byte, i int) int {
	for j := i + 1; j < len(src); {
		q := bytes.IndexByte(src[j:], '"')
		if q < 0 {
			return -1
		}
		q += j
		slashes := 0
		for k := q - 1; src[k] == '\\'; k-- {
			slashes++
		}
		if slashes%2 == 0 {
			return q + 1
		}
		j = q + 1
	}
	return -1
}

// endsLiteral reports whether c cannot be part of a number or literal.
func endsLiteral(c byte) bool {
	switch c {
	case ',', ':', '{', '}', '[', ']', '"', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// newline starts a line at depth, as json.Indent does.
func newline(dst []byte, prefix, indent string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, indent...)
	}
	return dst
}
