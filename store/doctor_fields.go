package store

import "bytes"

// wholeFields walks the fields of a record as eachField does, but hands
// read the record and where each value starts, and goes on where read
// says it ends (-1: the value is wrong, and so is the record). The
// answers and scores, which doctor reads by hand, are then read where
// they stand: skipping over each to find where it ends, then reading
// it, was a tenth of a doctor's time.
func wholeFields(v []byte, read func(name, v []byte, i int) int) bool {
	if len(v) < 2 || v[0] != '{' {
		return false
	}
	i := 1
	for i < len(v) && v[i] != '}' {
		if v[i] == ',' {
			i++
		}
		end := skipValue(v, i)
		if end < 0 || v[i] != '"' || end >= len(v) || v[end] != ':' {
			return false
		}
		name := v[i+1 : end-1]
		if bytes.IndexByte(name, '\\') >= 0 {
			return false
		}
		if i = read(name, v, end+1); i < 0 {
			return false
		}
	}
	return i == len(v)-1 // the closing brace, and nothing after it
}
