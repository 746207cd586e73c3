package store

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
)

// appendSummary appends st as json.Marshal writes it, and reports false,
// leaving the rest to json.Marshal, for what it does not write by hand: a
// string json.Marshal would escape, a number it would refuse. Encoding
// each summary by reflection, its facet scores sorted through a map, was
// a tenth of an import's time; TestAppendSummaryIsMarshal and
// FuzzAppendSummary check that the two agree.
func appendSummary(b []byte, st storedSummary) ([]byte, bool) {
	return appendSummaryWith(b, st, nil)
}

// appendSummaryWith is appendSummary writing each score's number as
// texts keeps it.
func appendSummaryWith(b []byte, st storedSummary, texts scoreTexts) ([]byte, bool) {
	at, err := st.TakenAt.MarshalJSON()
	if err != nil {
		return b, false
	}
	b = append(append(b, `{"taken_at":`...), at...)
	b = append(b, `,"dimensions":`...)
	ok := true
	if st.Dimensions == nil {
		b = append(b, "null"...)
	} else if b, ok = appendScores(b, st.Dimensions, texts); !ok {
		return b, false
	}
	if b, ok = texts.appendScore(append(b, `,"balance":`...), st.Balance); !ok {
		return b, false
	}
	if p := st.Profile; p != nil {
		b = append(b, `,"profile":{"id":`...)
		if b, ok = appendPlain(b, p.ID); !ok {
			return b, false
		}
		if b, ok = appendPlain(append(b, `,"name":`...), p.Name); !ok {
			return b, false
		}
		b = append(b, '}')
	}
	b = appendTrue(b, `,"has_note":true`, st.HasNote)
	b = appendTrue(b, `,"met_commitment":true`, st.MetCommitment)
	b = appendTrue(b, `,"flagged":true`, st.Flagged)
	if q := st.Questionnaire; q != nil {
		if b, ok = appendPlain(append(b, `,"questionnaire":{"id":`...), q.ID); !ok {
			return b, false
		}
		b = strconv.AppendInt(append(b, `,"version":`...), int64(q.Version), 10)
		if b, ok = appendPlain(append(b, `,"hash":`...), q.Hash); !ok {
			return b, false
		}
		b = append(b, '}')
	}
	if len(st.Facets) > 0 {
		if b, ok = appendScores(append(b, `,"facets":`...), st.Facets, texts); !ok {
			return b, false
		}
	}
	if len(st.Warnings) > 0 {
		b = append(b, `,"warnings":[`...)
		for i, code := range st.Warnings {
			if i > 0 {
				b = append(b, ',')
			}
			if b, ok = appendPlain(b, code); !ok {
				return b, false
			}
		}
		b = append(b, ']')
	}
	b = appendTrue(b, `,"note_written":true`, st.NoteWritten)
	return append(b, '}'), true
}

func appendTrue(b []byte, field string, set bool) []byte {
	if set {
		return append(b, field...)
	}
	return b
}

// appendScores appends m as an object, its keys in order as json.Marshal
// sorts a map's.
func appendScores(b []byte, m map[string]assessment.Score, texts scoreTexts) ([]byte, bool) {
	var room [16]string
	keys := room[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	ok := true
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		if b, ok = appendPlain(b, k); !ok {
			return b, false
		}
		if b, ok = texts.appendScore(append(b, ':'), m[k]); !ok {
			return b, false
		}
	}
	return append(b, '}'), true
}

// appendScore appends s as Score.MarshalJSON writes it (see
// Score.AppendJSON).
func appendScore(b []byte, s assessment.Score) ([]byte, bool) { return s.AppendJSON(b) }

// appendPlain appends s quoted when json.Marshal would write it with no
// escape: valid UTF-8 without control characters, quotes, backslashes,
// the HTML characters <, > and &, or U+2028 and U+2029.
func appendPlain(b []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
				return b, false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			return b, false
		}
		i += size
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"'), true
}
