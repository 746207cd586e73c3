package store

import (
	"bytes"
	"encoding/binary"
	"unicode/utf8"
)

// quickStr is reader.str, the rest of a string whose opening quote is
// consumed, checking its text eight bytes at a time: most of a report's
// reading is commitments and reviews in plain ASCII, and checking them
// byte by byte, then again as UTF-8, was a sixth of it.
func quickStr(r *reader) ([]byte, bool) {
	n := bytes.IndexByte(r.b[r.i:], '"')
	if n < 0 {
		return nil, false
	}
	s := r.b[r.i : r.i+n]
	if !plainString(s) {
		return nil, false
	}
	r.i += n + 1
	return s, true
}

// Masks for checking eight bytes at once.
const (
	ones      = 0x0101010101010101
	highs     = 0x8080808080808080
	backslash = '\\' * ones
	space     = 0x20 * ones
)

// plainString reports what reader.str checks of s: no control character,
// no backslash, valid UTF-8.
func plainString(s []byte) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(s[i:])
		if x&highs != 0 {
			break // beyond ASCII: the rest byte by byte
		}
		// A byte below 0x20, or equal to a backslash, sets its high bit
		// here (no byte has its own high bit set, so none borrows).
		bs := x ^ backslash
		if (x-space)&^x&highs != 0 || (bs-ones)&^bs&highs != 0 {
			return false
		}
	}
	for _, c := range s[i:] {
		if c < 0x20 || c == '\\' {
			return false
		}
	}
	return utf8.Valid(s[i:])
}
