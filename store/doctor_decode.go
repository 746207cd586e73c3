package store

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// decodeWhole is decodeFieldwise for doctor, which reads every field of
// every record: the commitments and reviews, which encoding/json took an
// eighth of a doctor's time to read, are read by hand (quickCommitments,
// quickReviews), and the answers through ar.
func decodeWhole(k, v []byte, head *[]byte, prev *assessment.QuestionnaireRef, ar *answersReader) (assessment.CheckIn, error) {
	*head = storedHead((*head)[:0], k)
	c, ok := wholeFieldsOf(k, v, *head, *prev, ar)
	if !ok {
		var err error
		if c, err = decodeWithout(k, v); err != nil {
			return c, err
		}
	}
	*prev = c.Questionnaire
	return c, nil
}

// wholeFieldsOf is fieldsOf leaving nothing out.
func wholeFieldsOf(k, v, head []byte, prev assessment.QuestionnaireRef, ar *answersReader) (assessment.CheckIn, bool) {
	c := assessment.CheckIn{ID: formatID(k)}
	if !bytes.HasPrefix(v, head) {
		return c, false
	}
	walked := wholeFields(v, func(name, v []byte, i int) int {
		switch string(name) {
		case "answers":
			if end, ok := ar.answersAt(v, i, &c.Answers); ok {
				return end
			}
		case "scores":
			if end, ok := ar.scoresAt(v, i, &c.Scores); ok {
				return end
			}
		}
		end := skipValue(v, i)
		if end < 0 || !decodeWholeField(&c, string(name), v[i:end], prev, ar) {
			return -1
		}
		return end
	})
	return c, walked
}

// decodeWholeField decodes one field of a record into c, as decodeField
// does, with what decodeField leaves to encoding/json read by hand.
func decodeWholeField(c *assessment.CheckIn, name string, value []byte, prev assessment.QuestionnaireRef, ar *answersReader) bool {
	switch name {
	case "answers":
		return ar.read(value, &c.Answers) || json.Unmarshal(value, &c.Answers) == nil
	case "scores":
		return ar.scores(value, &c.Scores) || decodeScores(value, &c.Scores, nil)
	case "commitments":
		return quickCommitments(value, &c.Commitments) || json.Unmarshal(value, &c.Commitments) == nil
	case "duration_seconds":
		return quickNumber(value, &c.DurationSeconds) || json.Unmarshal(value, &c.DurationSeconds) == nil
	case "reviews":
		return quickReviews(value, &c.Reviews) || json.Unmarshal(value, &c.Reviews) == nil
	}
	return decodeField(c, name, value, prev, nil)
}

// quickNumber reads a value that is a JSON number and nothing else, as
// encoding/json reads one into a float64, which took a doctor longer
// than its number; false leaves anything else to encoding/json.
func quickNumber(value []byte, x *float64) bool {
	if n := numberLen(value); n == 0 || n != len(value) {
		return false
	}
	v, err := strconv.ParseFloat(string(value), 64)
	if err != nil {
		return false
	}
	*x = v
	return true
}

// answersReader reads answers as quickAnswers does, and scores as
// quickScores does, into the maps of the record read before, cleared,
// with the ids shared between records and each number's text parsed
// once: making, growing and filling new maps and copying each id for
// every record were most of what a doctor allocated. Nothing of a record
// outlives its check, so its maps are free again for the next.
type answersReader struct {
	ids     map[string]string
	answers assessment.Answers
	known   knownText // the numbers, from scores of a few hundred values
	dims    map[string]assessment.Score
	facets  map[string]assessment.Score
	margins [2]map[string]float64
	// marginsText is the text margins[i] was read from, nil when it is
	// not what margins[i] holds; marginsRoom keeps its bytes for reuse.
	marginsText, marginsRoom [2][]byte
}

// maxSharedIDs bounds the ids an answersReader keeps, whatever a
// damaged file holds; a questionnaire has at most 30 items.
const maxSharedIDs = 256

func (ar *answersReader) read(value []byte, a *assessment.Answers) bool {
	if string(value) == "null" {
		*a = nil
		return true
	}
	end, ok := ar.answersAt(value, 0, a)
	return ok && end == len(value)
}

// answersAt reads the object of answers at v[i:] into *a and returns
// where it ends, or false, leaving *a as it was.
func (ar *answersReader) answersAt(v []byte, i int, a *assessment.Answers) (int, bool) {
	r := reader{b: v, i: i}
	if !r.lit("{") {
		return 0, false
	}
	m := ar.answers
	switch {
	case *a != nil: // a second "answers" in the record replaces the first, in a map of its own
		m = make(assessment.Answers, len(*a))
	case m == nil:
		m = assessment.Answers{}
		ar.answers = m
	default:
		clear(m)
	}
	for first := true; !r.lit("}"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return 0, false
		}
		id, ok := ar.idAt(&r)
		if !ok || !r.lit(":") {
			return 0, false
		}
		n := numberLen(r.b[r.i:])
		if n == 0 {
			return 0, false
		}
		x, err := strconv.Atoi(string(r.b[r.i : r.i+n]))
		if err != nil {
			return 0, false
		}
		r.i += n
		m[id] = x
	}
	*a = m
	return r.i, true
}

// idAt reads a string as r.str does, at r, and gives it as id does. An
// id met before is known to need no escape and to be UTF-8, so it is not
// gone through again to see.
func (ar *answersReader) idAt(r *reader) (string, bool) {
	if n := bytes.IndexByte(r.b[r.i:], '"'); n >= 0 {
		if s, ok := ar.ids[string(r.b[r.i:r.i+n])]; ok {
			r.i += n + 1
			return s, true
		}
	}
	b, ok := r.str()
	if !ok {
		return "", false
	}
	return ar.id(b), true
}

// id is the item id in b, shared with the records read before.
func (ar *answersReader) id(b []byte) string {
	if s, ok := ar.ids[string(b)]; ok {
		return s
	}
	s := string(b)
	if ar.ids == nil {
		ar.ids = map[string]string{}
	}
	if len(ar.ids) < maxSharedIDs {
		ar.ids[s] = s
	}
	return s
}
