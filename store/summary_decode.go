package store

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
)

// parseSummary reads a summary in exactly the form putSummary writes.
// encoding/json took about 5µs a summary on a two-core machine, 50 ms for
// ten thousand, too slow for a screen that lists them; this takes under
// 1µs (see BenchmarkSummaries). Anything else (a string with an escape in
// it, fields in another order, a summary from a later leadcheck) goes to
// encoding/json, which remains the definition of the format;
// FuzzQuickSummary checks that the two agree.
func parseSummary(v []byte) (assessment.Summary, error) {
	return parseSummaryAfter(v, assessment.QuestionnaireRef{}, true)
}

// parseSummaryAfter is parseSummary for a summary read after one taken
// with prev: the same questionnaire shares prev's strings rather than
// copying them again, as nearly every check-in in a list shares one. The
// facet scores are read only when facets is set: a list that shows none
// would make ten thousand maps for nothing.
func parseSummaryAfter(v []byte, prev assessment.QuestionnaireRef, facets bool) (assessment.Summary, error) {
	if s, ok := quickSummaryInto(v, prev, nil, facets); ok {
		return s, nil
	}
	var s storedSummary
	if err := json.Unmarshal(v, &s); err != nil {
		return assessment.Summary{}, err
	}
	sum := s.summary()
	if !facets {
		sum.Facets = nil
	}
	return sum, nil
}

func quickSummary(v []byte) (s assessment.Summary, ok bool) {
	return quickSummaryInto(v, assessment.QuestionnaireRef{}, nil, true)
}

// quickSummaryInto reads a summary as parseSummaryAfter does, with the
// scores, the warnings' codes and a profile the same as the one before
// taken from u when it is given (see summaryReuse), else made anew.
func quickSummaryInto(v []byte, prev assessment.QuestionnaireRef, u *summaryReuse, facets bool) (s assessment.Summary, ok bool) {
	r := reader{b: v, prev: prev}
	if u != nil {
		r.known = &u.known
	}
	if !r.lit(`{"taken_at":"`) {
		return s, false
	}
	at, ok := r.str()
	if !ok || s.TakenAt.UnmarshalText(at) != nil || !r.lit(`,"dimensions":`) {
		return s, false
	}
	if !r.lit("null") {
		if s.Dimensions, ok = r.scoresInto(u.scores()); !ok {
			return s, false
		}
	}
	if !r.lit(`,"balance":`) {
		return s, false
	}
	if s.Balance, ok = r.score(); !ok {
		return s, false
	}
	if r.lit(`,"profile":{"id":"`) {
		id, ok := r.str()
		if !ok || !r.lit(`,"name":"`) {
			return s, false
		}
		name, ok := r.str()
		if !ok || !r.lit("}") {
			return s, false
		}
		s.Profile = u.profileOf(id, name)
	}
	s.HasNote = r.lit(`,"has_note":true`)
	s.MetCommitment = r.lit(`,"met_commitment":true`)
	s.Flagged = r.lit(`,"flagged":true`)
	if r.lit(`,"questionnaire":{"id":"`) {
		if s.Questionnaire, ok = r.questionnaireAfter(u); !ok {
			return s, false
		}
	} else if u != nil {
		u.qRaw = u.qRaw[:0]
	}
	// No closure here (see mapOrSkip): one would move s to the heap.
	if r.lit(`,"facets":`) {
		if facets {
			if s.Facets, ok = r.scoresInto(u.facetScores()); !ok {
				return s, false
			}
		} else if r.i = skipFlat(r.b, r.i); r.i < 0 {
			return s, false
		}
	}
	if r.lit(`,"warnings":[`) {
		if s.WarningCodes, ok = r.codes(u.codeList()); !ok {
			return s, false
		}
	}
	s.NoteWritten = r.lit(`,"note_written":true`)
	return s, r.lit("}") && r.i == len(r.b)
}

// scoresInto reads an object of scores into m, which it returns.
func (r *reader) scoresInto(m map[string]assessment.Score) (map[string]assessment.Score, bool) {
	if !r.lit("{") {
		return nil, false
	}
	for first := true; !r.lit("}"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return nil, false
		}
		id, ok := r.str()
		if !ok || !r.lit(":") {
			return nil, false
		}
		sc, ok := r.score()
		if !ok {
			return nil, false
		}
		if r.known != nil {
			m[r.known.name(id)] = sc
		} else {
			m[string(id)] = sc
		}
	}
	return m, true
}

// codes reads the rest of a non-empty array of strings whose opening
// bracket is consumed, appending them to list.
func (r *reader) codes(list []string) ([]string, bool) {
	for first := true; first || !r.lit("]"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return nil, false
		}
		code, ok := r.str()
		if !ok {
			return nil, false
		}
		list = append(list, codeText(code))
	}
	return list, true
}

// questionnaireAfter is questionnaire, for a walk that reuses u: when
// the reference is stored as the same bytes as the one before, it is the
// one before (u.prev), and nothing is read; nearly every summary in a
// list is of one questionnaire.
func (r *reader) questionnaireAfter(u *summaryReuse) (assessment.QuestionnaireRef, bool) {
	if u == nil {
		return r.questionnaire()
	}
	start := r.i
	if len(u.qRaw) > 0 && bytes.HasPrefix(r.b[start:], u.qRaw) {
		r.i += len(u.qRaw)
		return u.prev, true
	}
	q, ok := r.questionnaire()
	if ok {
		u.qRaw = append(u.qRaw[:0], r.b[start:r.i]...)
	} else {
		u.qRaw = u.qRaw[:0]
	}
	return q, ok
}

// questionnaire reads the rest of a questionnaire reference whose id's
// opening quote is consumed.
func (r *reader) questionnaire() (assessment.QuestionnaireRef, bool) {
	var q assessment.QuestionnaireRef
	id, ok := r.str()
	if !ok || !r.lit(`,"version":`) {
		return q, false
	}
	n := numberLen(r.b[r.i:])
	v, err := strconv.Atoi(string(r.b[r.i : r.i+n]))
	if n == 0 || err != nil {
		return q, false
	}
	r.i += n
	if !r.lit(`,"hash":"`) {
		return q, false
	}
	hash, ok := r.str()
	if !ok || !r.lit("}") {
		return q, false
	}
	if string(id) == r.prev.ID && v == r.prev.Version && string(hash) == r.prev.Hash {
		return r.prev, true
	}
	return assessment.QuestionnaireRef{ID: string(id), Version: v, Hash: string(hash)}, true
}

// reader walks a JSON text we wrote ourselves.
type reader struct {
	b []byte
	i int
	// prev is the questionnaire of the summary read before.
	prev assessment.QuestionnaireRef
	// known, when set, keeps the names and numbers read so far.
	known *knownText
}

// lit consumes x if the text continues with it.
func (r *reader) lit(x string) bool {
	if !bytes.HasPrefix(r.b[r.i:], []byte(x)) {
		return false
	}
	r.i += len(x)
	return true
}

// str reads the rest of a string whose opening quote is consumed. An
// escape, a control character or invalid UTF-8 is left to encoding/json.
func (r *reader) str() ([]byte, bool) {
	n := bytes.IndexByte(r.b[r.i:], '"')
	if n < 0 {
		return nil, false
	}
	s := r.b[r.i : r.i+n]
	for _, c := range s {
		if c < 0x20 || c == '\\' {
			return nil, false
		}
	}
	if !utf8.Valid(s) {
		return nil, false
	}
	r.i += n + 1
	return s, true
}

// score reads a number or null.
func (r *reader) score() (assessment.Score, bool) {
	if r.lit("null") {
		return assessment.Score{}, true
	}
	n := numberLen(r.b[r.i:])
	if n == 0 {
		return assessment.Score{}, false
	}
	var v float64
	if r.known != nil {
		var ok bool
		if v, ok = r.known.number(r.b[r.i : r.i+n]); !ok {
			return assessment.Score{}, false
		}
	} else {
		var err error
		if v, err = strconv.ParseFloat(string(r.b[r.i:r.i+n]), 64); err != nil {
			return assessment.Score{}, false
		}
	}
	r.i += n
	return assessment.Scored(v), true
}

// numberLen is the length of the JSON number b starts with, or 0:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func numberLen(b []byte) int {
	i := 0
	digits := func() int {
		j := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i - j
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case digits() == 0:
		return 0
	}
	if i < len(b) && b[i] == '.' {
		i++
		if digits() == 0 {
			return 0
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if digits() == 0 {
			return 0
		}
	}
	return i
}
