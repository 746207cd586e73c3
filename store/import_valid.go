package store

// validJSON reports whether data is one JSON value, as json.Valid does,
// with the same answer for every input (FuzzValidJSON): strings are not
// checked for UTF-8, and nesting deeper than encoding/json's limit is
// refused. encoding/json's scanner calls a function for every byte; an
// export of ten thousand check-ins took it a tenth of a second, in which
// nothing else of an import can go on.
func validJSON(data []byte) bool {
	// kinds holds, for each open object or array, which it is.
	var room [64]byte
	kinds := room[:0]
	i := skipSpace(data, 0)
	for {
		// A value starts at data[i].
		if i >= len(data) {
			return false
		}
		switch c := data[i]; {
		case c == '{' || c == '[':
			if len(kinds) >= maxJSONDepth {
				return false
			}
			kinds = append(kinds, c)
			i = skipSpace(data, i+1)
			if i < len(data) && data[i] == c+2 { // '}' or ']'
				kinds = kinds[:len(kinds)-1]
				i++
				break
			}
			if c == '{' {
				if i = objectKey(data, i); i < 0 {
					return false
				}
			}
			continue
		case c == '"':
			if i = validStringEnd(data, i); i < 0 {
				return false
			}
		case c == '-' || '0' <= c && c <= '9':
			n := numberLen(data[i:])
			if n == 0 {
				return false
			}
			i += n
		case c == 't':
			if i = literalEnd(data, i, "true"); i < 0 {
				return false
			}
		case c == 'f':
			if i = literalEnd(data, i, "false"); i < 0 {
				return false
			}
		case c == 'n':
			if i = literalEnd(data, i, "null"); i < 0 {
				return false
			}
		default:
			return false
		}
		// After a value: a comma and the next, or the ends of containers.
		for {
			i = skipSpace(data, i)
			if len(kinds) == 0 {
				return i == len(data)
			}
			if i >= len(data) {
				return false
			}
			open := kinds[len(kinds)-1]
			if data[i] == open+2 {
				kinds = kinds[:len(kinds)-1]
				i++
				continue
			}
			if data[i] != ',' {
				return false
			}
			i = skipSpace(data, i+1)
			if open == '{' {
				if i = objectKey(data, i); i < 0 {
					return false
				}
			}
			break
		}
	}
}

// maxJSONDepth is how deeply encoding/json lets objects and arrays nest.
const maxJSONDepth = 10000

// objectKey is where the value of the member whose key starts at
// data[i] starts, after its colon and white space; -1 when there is no
// key and colon there.
func objectKey(data []byte, i int) int {
	if i >= len(data) || data[i] != '"' {
		return -1
	}
	if i = validStringEnd(data, i); i < 0 {
		return -1
	}
	i = skipSpace(data, i)
	if i >= len(data) || data[i] != ':' {
		return -1
	}
	return skipSpace(data, i+1)
}

// validStringEnd is the index after the string starting at data[i], or -1
// when it is not a valid one: a control character, a bad escape or no
// closing quote.
func validStringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '"':
			return i + 1
		case c < 0x20:
			return -1
		case c == '\\':
			i++
			if i >= len(data) {
				return -1
			}
			switch data[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(data) {
					return -1
				}
				for _, h := range data[i+1 : i+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return -1
					}
				}
				i += 4
			default:
				return -1
			}
		}
	}
	return -1
}

func literalEnd(data []byte, i int, lit string) int {
	if len(data)-i < len(lit) || string(data[i:i+len(lit)]) != lit {
		return -1
	}
	return i + len(lit)
}
