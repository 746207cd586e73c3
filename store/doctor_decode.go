package store

import (
	"bytes"
	"encoding/json"
	"strconv"

	"github.com/leadcheck/leadcheck/assessment"
)

// decodeWhole is decodeFieldwise for doctor, which reads every field of
// every record: the commitments and reviews, which encoding/json took an
// eighth of a doctor's time to read, are read by hand when they are as
// json.Marshal writes them, and the answers through ar.
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
	ok := true
	walked := eachField(v, func(name, value, _ []byte) bool {
		switch string(name) {
		case "answers":
			ok = ar.read(value, &c.Answers) || json.Unmarshal(value, &c.Answers) == nil
		case "commitments":
			ok = quickList(value, &c.Commitments, (*reader).commitment) || json.Unmarshal(value, &c.Commitments) == nil
		case "reviews":
			ok = quickList(value, &c.Reviews, (*reader).review) || json.Unmarshal(value, &c.Reviews) == nil
		default:
			ok = decodeField(&c, string(name), value, prev, nil)
		}
		return ok
	})
	return c, walked && ok
}

// quickList reads null or an array of what one reads, as json.Unmarshal
// does: null leaves no slice, [] an empty one. False leaves *out alone.
func quickList[T any](value []byte, out *[]T, one func(*reader) (T, bool)) bool {
	if string(value) == "null" {
		*out = nil
		return true
	}
	r := reader{b: value}
	if !r.lit("[") {
		return false
	}
	list := []T{}
	for !r.lit("]") {
		if len(list) > 0 && !r.lit(",") {
			return false
		}
		x, ok := one(&r)
		if !ok {
			return false
		}
		list = append(list, x)
	}
	if r.i != len(value) {
		return false
	}
	*out = list
	return true
}

// field reads a string field named name (",name" after the first), its
// opening quote included, as json.Marshal writes it.
func (r *reader) field(name string) (string, bool) {
	if !r.lit(name) || !r.lit(`:"`) {
		return "", false
	}
	s, ok := r.str()
	return string(s), ok
}

// commitment reads {"facet":…,"item":…,"practice":…,"objective":…},
// item left out when empty.
func (r *reader) commitment() (assessment.Commitment, bool) {
	var c assessment.Commitment
	var ok bool
	if !r.lit("{") {
		return c, false
	}
	if c.Facet, ok = r.field(`"facet"`); !ok {
		return c, false
	}
	if bytes.HasPrefix(r.b[r.i:], []byte(`,"item"`)) {
		if c.Item, ok = r.field(`,"item"`); !ok {
			return c, false
		}
	}
	if c.Practice, ok = r.field(`,"practice"`); !ok {
		return c, false
	}
	if c.Objective, ok = r.field(`,"objective"`); !ok {
		return c, false
	}
	return c, r.lit("}")
}

// review reads {"check_in":…,"commitment":{…},"progress":…,"note":…},
// note left out when empty.
func (r *reader) review() (assessment.Review, bool) {
	var rv assessment.Review
	var ok bool
	if !r.lit("{") {
		return rv, false
	}
	if rv.CheckIn, ok = r.field(`"check_in"`); !ok || !r.lit(`,"commitment":`) {
		return rv, false
	}
	if rv.Commitment, ok = r.commitment(); !ok {
		return rv, false
	}
	progress, ok := r.field(`,"progress"`)
	if !ok {
		return rv, false
	}
	rv.Progress = assessment.Progress(progress)
	if bytes.HasPrefix(r.b[r.i:], []byte(`,"note"`)) {
		if rv.Note, ok = r.field(`,"note"`); !ok {
			return rv, false
		}
	}
	return rv, r.lit("}")
}

// answersReader reads answers as quickAnswers does, but into a map sized
// for the answers of the record read before, with the item ids shared
// between records rather than copied for each: growing each map and
// copying each id were a tenth of what a doctor allocated.
type answersReader struct {
	ids  map[string]string
	last int
}

// maxSharedIDs bounds the ids an answersReader keeps, whatever a
// damaged file holds; a questionnaire has at most 30 items.
const maxSharedIDs = 256

func (ar *answersReader) read(value []byte, a *assessment.Answers) bool {
	if string(value) == "null" {
		*a = nil
		return true
	}
	r := reader{b: value}
	if !r.lit("{") {
		return false
	}
	m := make(assessment.Answers, ar.last)
	for first := true; !r.lit("}"); first = false {
		if !first && !r.lit(",") || !r.lit(`"`) {
			return false
		}
		id, ok := r.str()
		if !ok || !r.lit(":") {
			return false
		}
		n := numberLen(r.b[r.i:])
		if n == 0 {
			return false
		}
		x, err := strconv.Atoi(string(r.b[r.i : r.i+n]))
		if err != nil {
			return false
		}
		r.i += n
		m[ar.id(id)] = x
	}
	if r.i != len(value) {
		return false
	}
	ar.last = len(m)
	*a = m
	return true
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
