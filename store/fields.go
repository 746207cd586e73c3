package store

import (
	"bytes"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
)

// A list that prints one line per check-in needs a few fields of each
// record, not the record: decoding every answer, score and commitment of
// ten thousand check-ins with encoding/json takes most of such a
// command's time. Records as putRecord writes them are json.Marshal's
// compact output, so their top-level fields can be found by skipping
// values byte by byte, and only the fields wanted are decoded.

// eachField calls fn with the name, the raw value and the whole text
// ("name":value) of every top-level field of the JSON object v, in
// order, until fn returns false. It reports false when v is not a
// compact object it can walk, or has a name with an escape in it (which
// putRecord never writes); the caller then decodes v with encoding/json,
// which reads it as a whole record is read.
func eachField(v []byte, fn func(name, value, field []byte) bool) bool {
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
		start, name := i, v[i+1:end-1]
		if bytes.IndexByte(name, '\\') >= 0 {
			return false
		}
		i = end + 1
		end = skipValue(v, i)
		if end < 0 {
			return false
		}
		if !fn(name, v[i:end], v[start:end]) {
			return true
		}
		i = end
	}
	return i == len(v)-1 // the closing brace, and nothing after it
}

// skipValue is the index just after the compact JSON value starting at
// v[i], or -1 when there is none. Strings honour escapes; objects and
// arrays are skipped by depth, outside strings.
func skipValue(v []byte, i int) int {
	if i >= len(v) {
		return -1
	}
	switch v[i] {
	case '"':
		return skipString(v, i)
	case '{', '[':
		depth := 0
		for i < len(v) {
			switch v[i] {
			case '"':
				if i = skipString(v, i); i < 0 {
					return -1
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return -1
	}
	// A number, true, false or null runs to the next delimiter.
	j := i
	for j < len(v) && v[j] != ',' && v[j] != '}' && v[j] != ']' && v[j] != ':' {
		j++
	}
	if j == i {
		return -1
	}
	return j
}

// skipString is the index just after the string starting at v[i]. It
// jumps from quote to quote: a quote ends the string unless an odd number
// of backslashes comes before it.
func skipString(v []byte, i int) int {
	for j := i + 1; j < len(v); j++ {
		k := bytes.IndexByte(v[j:], '"')
		if k < 0 {
			return -1
		}
		j += k
		slashes := 0
		for b := j - 1; b > i && v[b] == '\\'; b-- {
			slashes++
		}
		if slashes%2 == 0 {
			return j + 1
		}
	}
	return -1
}

// decodeFields decodes the named top-level fields of a stored record into
// the values of want (pointers, as for json.Unmarshal); a field missing
// from the record leaves its value as it was. It reports false when the
// record cannot be walked (see eachField) or a field does not decode.
func decodeFields(v []byte, want map[string]any) bool {
	ok := true
	walked := eachField(v, func(name, value, _ []byte) bool {
		if dst, found := want[string(name)]; found {
			ok = decodeValue(value, dst)
		}
		return ok
	})
	return walked && ok
}

// decodeValue decodes one value into dst as json.Unmarshal does; a string
// without escapes, as most notes are, is copied without it.
func decodeValue(value []byte, dst any) bool {
	switch p := dst.(type) {
	case *string:
		if s, ok := quickString(value); ok {
			*p = s
			return true
		}
	case doneReviewsOf:
		if rs, ok := doneReviews(value); ok {
			*p.dst = rs
			return true
		}
		var all []assessment.Review
		if json.Unmarshal(value, &all) != nil {
			return false
		}
		*p.dst = slices.DeleteFunc(all, func(rv assessment.Review) bool { return rv.Progress != assessment.Done })
		return true
	case *[]assessment.Warning:
		if string(value) == "[]" { // as nearly every check-in has
			*p = []assessment.Warning{}
			return true
		}
	}
	return json.Unmarshal(value, dst) == nil
}

// quickString is the JSON string value as encoding/json reads it, when
// it is one json.Marshal writes: valid UTF-8, no control character, and
// escapes that mean in Go what they mean in JSON (strconv.Unquote
// refuses "\/" and lone surrogates, which encoding/json is left to read).
func quickString(value []byte) (string, bool) {
	if len(value) < 2 || value[0] != '"' || value[len(value)-1] != '"' || !utf8.Valid(value) || hasControl(value) {
		return "", false
	}
	text := value[1 : len(value)-1]
	if bytes.IndexByte(text, '\\') < 0 {
		return string(text), bytes.IndexByte(text, '"') < 0
	}
	for i := 0; i < len(text); i++ {
		if text[i] == '"' {
			return "", false // the string ended before value did
		}
		if text[i] == '\\' {
			// Only JSON's escapes: Go reads \x, \a and octal ones too.
			if i++; i >= len(text) || !strings.ContainsRune(`"\bfnrtu`, rune(text[i])) {
				return "", false
			}
		}
	}
	s, err := strconv.Unquote(string(value))
	return s, err == nil && utf8.ValidString(s)
}

// hasControl reports a byte below space, which a JSON string must escape.
func hasControl(b []byte) bool {
	for _, c := range b {
		if c < 0x20 {
			return true
		}
	}
	return false
}

// decodeWithout is decode leaving out the named top-level fields of a
// record stored as putRecord stores one: the rest is copied into a
// smaller object and decoded as a whole record is, so what is decoded
// means what it means in a whole record. The scores, most of a record's
// numbers, are read by quickScores when they are in json.Marshal's form.
func decodeWithout(k, v []byte, skip ...string) (assessment.CheckIn, error) {
	if !bytes.HasPrefix(v, storedHead(nil, k)) {
		return decodeJSON(k, v)
	}
	kept := make([]byte, 0, len(v))
	kept = append(kept, '{')
	var scores assessment.Scores
	quick := false
	walked := eachField(v, func(name, value, field []byte) bool {
		if slices.Contains(skip, string(name)) {
			return true
		}
		if string(name) == "scores" {
			if scores, quick = quickScores(value); quick {
				return true
			}
		}
		if len(kept) > 1 {
			kept = append(kept, ',')
		}
		kept = append(kept, field...)
		return true
	})
	if !walked {
		return decodeJSON(k, v)
	}
	c, err := decodeJSON(k, append(kept, '}'))
	if err != nil {
		// Said of the record as stored, not of the part decoded.
		return decodeJSON(k, v)
	}
	if quick {
		c.Scores = scores
	}
	return c, err
}

// topFields is what json.Unmarshal gives for data, valid JSON, as a
// map[string]json.RawMessage, for the fields of a header only ("format",
// "schema"), or nil when data is not an object. It skips the values
// rather than decoding them: the check-ins of a long export are most of
// its bytes, and the header is read before anything else.
func topFields(data []byte) map[string]json.RawMessage {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil
	}
	out := map[string]json.RawMessage{}
	for i = skipSpace(data, i+1); i < len(data) && data[i] == '"'; i = skipSpace(data, i+1) {
		end := skipString(data, i)
		var name string
		if end < 0 || json.Unmarshal(data[i:end], &name) != nil {
			return nil
		}
		i = skipSpace(data, end)
		if i >= len(data) || data[i] != ':' {
			return nil
		}
		i = skipSpace(data, i+1)
		end = skipValue(data, i)
		if end < 0 {
			return nil
		}
		if name == "format" || name == "schema" {
			out[name] = json.RawMessage(bytes.TrimSpace(data[i:end]))
		}
		if i = skipSpace(data, end); i >= len(data) || data[i] != ',' {
			break
		}
	}
	return out
}

// skipSpace is the index of the first byte from i that is not JSON's
// white space.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}
