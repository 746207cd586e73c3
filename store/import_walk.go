package store

import "encoding/json"

// The export file has been found valid JSON before it is walked, so its
// values can be found by skipping bytes (skipString, skipValue) rather
// than through a json.Decoder, which scans every byte again and copies
// each check-in out of the file before it is looked at. A value found
// this way is a slice of the file, as written, and its offset is where it
// starts in the file.

// eachMember calls fn with the name of each member of the object
// starting at data[start], in order, and where the name and the value
// start, until fn returns false. fn returns where the value ends, which
// it finds as it reads the value (valueEnd, when it reads no further),
// so that a long value is gone through once. data must be valid JSON.
func eachMember(data []byte, start int, fn func(name string, keyAt, at int) (end int, more bool)) {
	i := skipSpace(data, start+1)
	for i < len(data) && data[i] == '"' {
		end := skipString(data, i)
		var name string
		_ = json.Unmarshal(data[i:end], &name) // valid JSON: a string
		keyAt := i
		i = skipSpace(data, skipSpace(data, end)+1) // past the colon
		end, more := fn(name, keyAt, i)
		if !more {
			return
		}
		i = afterComma(data, end)
	}
}

// eachElement calls fn with the offset and the text of each element of
// the array starting at data[start], in order, until fn returns false.
// It returns where the array ends, or len(data) when fn stopped it.
func eachElement(data []byte, start int, fn func(at int, value []byte) bool) int {
	i := skipSpace(data, start+1)
	for i < len(data) && data[i] != ']' {
		end := valueEnd(data, i)
		if !fn(i, data[i:end]) {
			return len(data)
		}
		i = afterComma(data, end)
	}
	return min(i+1, len(data))
}

// valueEnd is the index just after the value starting at data[i]: a
// number or a literal is skipped to the next delimiter, which may come
// after white space, so that is left out.
func valueEnd(data []byte, i int) int {
	var end int
	if i < len(data) && (data[i] == '{' || data[i] == '[') {
		end = containerEnd(data, i)
	} else {
		end = skipValue(data, i)
	}
	if end < 0 {
		return len(data)
	}
	for end > i && isSpace(data[end-1]) {
		end--
	}
	return end
}

// afterComma is the start of the next member or element after a value
// ending at i, or of the closing bracket.
func afterComma(data []byte, i int) int {
	i = skipSpace(data, i)
	if i < len(data) && data[i] == ',' {
		i = skipSpace(data, i+1)
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// structural marks the bytes that count when skipping an object or an
// array: its brackets, and the quotes around its strings.
var structural = [256]bool{'"': true, '{': true, '}': true, '[': true, ']': true}

// containerEnd is skipValue for the object or array starting at v[i]:
// the same answer, found by jumping to the bytes that count rather than
// deciding about each byte; walking to the end of each check-in was a
// twentieth of an import, while nothing else of it could go on.
func containerEnd(v []byte, i int) int {
	depth := 0
	for {
		for i < len(v) && !structural[v[i]] {
			i++
		}
		if i >= len(v) {
			return -1
		}
		switch v[i] {
		case '"':
			if i = skipString(v, i); i < 0 {
				return -1
			}
			continue
		case '{', '[':
			depth++
		default:
			if depth--; depth == 0 {
				return i + 1
			}
		}
		i++
	}
}
