package store

import (
	"math"
	"slices"
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// appendRecord appends what Envelope.MarshalJSON writes for e, and
// reports false, leaving the rest to it, for what it does not write by
// hand: a string json.Marshal would escape, a number it would refuse.
// An import accepts a check-in's bytes as they are only when encoding
// what it read of them gives them back exactly; doing that by reflection
// was a fifth of the import's time. TestAppendRecordIsMarshal and
// FuzzAppendRecord check that the two agree.
func appendRecord(b []byte, e Envelope) ([]byte, bool) {
	ok := true
	if b, ok = appendPlain(append(b, `{"id":`...), e.ID); !ok {
		return b, false
	}
	b = strconv.AppendInt(append(b, `,"schema":`...), int64(e.Schema), 10)
	at, err := e.TakenAt.MarshalJSON()
	if err != nil {
		return b, false
	}
	b = append(append(b, `,"taken_at":`...), at...)
	q := e.Questionnaire
	if b, ok = appendPlain(append(b, `,"questionnaire":{"id":`...), q.ID); !ok {
		return b, false
	}
	b = strconv.AppendInt(append(b, `,"version":`...), int64(q.Version), 10)
	if b, ok = appendPlain(append(b, `,"hash":`...), q.Hash); !ok {
		return b, false
	}
	if b, ok = appendAnswers(append(b, `},"answers":`...), e.Answers); !ok {
		return b, false
	}
	if b, ok = appendRecordScores(append(b, `,"scores":`...), e.Scores); !ok {
		return b, false
	}
	if p := e.Profile; p == nil {
		b = append(b, `,"profile":null`...)
	} else {
		if b, ok = appendPlain(append(b, `,"profile":{"id":`...), p.ID); !ok {
			return b, false
		}
		if b, ok = appendPlain(append(b, `,"name":`...), p.Name); !ok {
			return b, false
		}
		b = append(b, '}')
	}
	b = append(b, `,"warnings":[`...)
	for i, w := range e.Warnings {
		if i > 0 {
			b = append(b, ',')
		}
		if b, ok = appendPlain(append(b, `{"code":`...), w.Code); !ok {
			return b, false
		}
		if b, ok = appendPlain(append(b, `,"message":`...), w.Message); !ok {
			return b, false
		}
		b = append(b, '}')
	}
	if b, ok = appendPlain(append(b, `],"note":`...), e.Note); !ok {
		return b, false
	}
	if e.Reflection != "" {
		if b, ok = appendPlain(append(b, `,"reflection":`...), e.Reflection); !ok {
			return b, false
		}
	}
	return appendRecordTail(b, e)
}

// appendRecordTail appends the commitments, reviews and duration of e
// and closes the record.
func appendRecordTail(b []byte, e Envelope) ([]byte, bool) {
	ok := true
	if len(e.Commitments) > 0 {
		b = append(b, `,"commitments":[`...)
		for i, c := range e.Commitments {
			if i > 0 {
				b = append(b, ',')
			}
			if b, ok = appendCommitment(b, c); !ok {
				return b, false
			}
		}
		b = append(b, ']')
	}
	if len(e.Reviews) > 0 {
		b = append(b, `,"reviews":[`...)
		for i, rv := range e.Reviews {
			if i > 0 {
				b = append(b, ',')
			}
			if b, ok = appendPlain(append(b, `{"check_in":`...), rv.CheckIn); !ok {
				return b, false
			}
			if b, ok = appendCommitment(append(b, `,"commitment":`...), rv.Commitment); !ok {
				return b, false
			}
			if b, ok = appendPlain(append(b, `,"progress":`...), string(rv.Progress)); !ok {
				return b, false
			}
			if rv.Note != "" {
				if b, ok = appendPlain(append(b, `,"note":`...), rv.Note); !ok {
					return b, false
				}
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if e.DurationSeconds != 0 {
		if b, ok = appendScore(append(b, `,"duration_seconds":`...), assessment.Scored(e.DurationSeconds)); !ok {
			return b, false
		}
	}
	return append(b, '}'), true
}

func appendCommitment(b []byte, c assessment.Commitment) ([]byte, bool) {
	ok := true
	if b, ok = appendPlain(append(b, `{"facet":`...), c.Facet); !ok {
		return b, false
	}
	if c.Item != "" {
		if b, ok = appendPlain(append(b, `,"item":`...), c.Item); !ok {
			return b, false
		}
	}
	if b, ok = appendPlain(append(b, `,"practice":`...), c.Practice); !ok {
		return b, false
	}
	if b, ok = appendPlain(append(b, `,"objective":`...), c.Objective); !ok {
		return b, false
	}
	return append(b, '}'), true
}

// appendRecordScores appends s as json.Marshal writes the scores of an
// envelope: dimensions and facets as {} when there are none, the margins
// left out then.
func appendRecordScores(b []byte, s assessment.Scores) ([]byte, bool) {
	ok := true
	if b, ok = appendScores(append(b, `{"dimensions":`...), s.Dimensions, nil); !ok {
		return b, false
	}
	if b, ok = appendScore(append(b, `,"balance":`...), s.Balance); !ok {
		return b, false
	}
	if b, ok = appendScores(append(b, `,"facets":`...), s.Facets, nil); !ok {
		return b, false
	}
	if len(s.Margins) > 0 {
		if b, ok = appendNumbers(append(b, `,"margins":`...), s.Margins); !ok {
			return b, false
		}
	}
	if len(s.FacetMargins) > 0 {
		if b, ok = appendNumbers(append(b, `,"facet_margins":`...), s.FacetMargins); !ok {
			return b, false
		}
	}
	return append(b, '}'), true
}

// appendNumbers appends m as an object, its keys in order as json.Marshal
// sorts a map's.
func appendNumbers(b []byte, m map[string]float64) ([]byte, bool) {
	var room [16]string
	keys := sortedKeys(room[:0], m)
	b = append(b, '{')
	ok := true
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		if b, ok = appendPlain(b, k); !ok {
			return b, false
		}
		if v := m[k]; math.IsNaN(v) || math.IsInf(v, 0) {
			return b, false
		}
		b, _ = appendScore(append(b, ':'), assessment.Scored(m[k]))
	}
	return append(b, '}'), true
}

// appendAnswers appends a as an object, its keys in order as json.Marshal
// sorts a map's.
func appendAnswers(b []byte, a assessment.Answers) ([]byte, bool) {
	var room [64]string
	keys := sortedKeys(room[:0], a)
	b = append(b, '{')
	ok := true
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		if b, ok = appendPlain(b, k); !ok {
			return b, false
		}
		b = strconv.AppendInt(append(b, ':'), int64(a[k]), 10)
	}
	return append(b, '}'), true
}

func sortedKeys[V any](keys []string, m map[string]V) []string {
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
