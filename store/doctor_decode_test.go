package store

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// The answers reader gives what encoding/json gives, or leaves the value
// to it, with one reader over many records as doctor uses it.
func TestAnswersReaderReadsWhatJSONReads(t *testing.T) {
	var ar answersReader
	for _, in := range []string{
		`null`, `{}`, `{"t1":3}`, `{"t1":3,"t2":-1,"t3":0}`, `{"t1":3,"t1":4}`, `{"t1":3,"t2":5}`,
		`{"t1":01}`, `{"t1":3.0}`, `{"t1":1e2}`, `{"t1":-0}`, `{"t\u0031":3}`, `{"t1":3,}`, `{"t1":3} `,
		`{"t1":99999999999999999999}`, `{"t1":"3"}`, "{\"\xff\":3}",
	} {
		var want assessment.Answers
		wantErr := json.Unmarshal([]byte(in), &want)
		var got assessment.Answers
		if !ar.read([]byte(in), &got) {
			if again, _ := json.Marshal(want); wantErr == nil && string(again) == in {
				t.Errorf("%s: as json.Marshal writes it, but not read by hand", in)
			}
			continue
		}
		if wantErr != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("%s: by hand %v, encoding/json %v (%v)", in, got, want, wantErr)
		}
	}
}

// A record read whole for doctor, as putRecord writes it, is what
// encoding/json reads.
func TestDecodeWholeReadsWhatJSONReads(t *testing.T) {
	c := assessment.CheckIn{
		ID:          "19710131-071135-1",
		TakenAt:     date(1, 9, 0, 0),
		Answers:     assessment.Answers{"t1": 3},
		Commitments: []assessment.Commitment{{Facet: "trust", Item: "trust-2", Practice: "say <no>", Objective: "o"}, {Facet: "growth"}},
		Reviews: []assessment.Review{{CheckIn: "19710101-071135-1", Progress: assessment.Done, Note: "n",
			Commitment: assessment.Commitment{Facet: "growth", Practice: "p", Objective: "o"}}},
	}
	k, ok := parseID(c.ID)
	if !ok {
		t.Fatal("bad id")
	}
	v, err := json.Marshal(EnvelopeOf(c))
	if err != nil {
		t.Fatal(err)
	}
	want, err := decodeWithout(k, v)
	if err != nil {
		t.Fatal(err)
	}
	var head []byte
	var prev assessment.QuestionnaireRef
	got, err := decodeWhole(k, v, &head, &prev, &answersReader{})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("read whole: %#v, %v\nencoding/json: %#v", got, err, want)
	}
	if _, ok := wholeFieldsOf(k, v, head, assessment.QuestionnaireRef{}, &answersReader{}); !ok {
		t.Error("a record as putRecord writes it was not read field by field")
	}
}

// quickNumber reads a number as encoding/json reads it, or leaves it to
// encoding/json.
func TestQuickNumberReadsWhatJSONReads(t *testing.T) {
	for _, in := range []string{
		`0`, `-0`, `312.25`, `1e2`, `-1.5E-3`, `1e400`, `01`, `1.`, `.5`, `+1`, `null`, `"1"`, ` 1`, `1 `, ``, `-`, `4.9e-324`,
	} {
		var want float64
		wantErr := json.Unmarshal([]byte(in), &want)
		var got float64
		if !quickNumber([]byte(in), &got) {
			if wantErr == nil && in != "null" && in != " 1" && in != "1 " {
				t.Errorf("%q: encoding/json reads %v, but not read by hand", in, want)
			}
			continue
		}
		if wantErr != nil || math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%q: by hand %v, encoding/json %v (%v)", in, got, want, wantErr)
		}
	}
}
