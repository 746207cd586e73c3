package store

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// The hand readers of commitments and reviews must give what encoding/json
// gives, or leave the value to it.
func TestQuickListsReadWhatJSONReads(t *testing.T) {
	commitments := []string{
		`null`, `[]`,
		`[{"facet":"trust","practice":"p","objective":"o"}]`,
		`[{"facet":"trust","item":"trust-2","practice":"p","objective":"o"},{"facet":"growth","practice":"","objective":""}]`,
		`[{"facet":"tr\u0026ust","practice":"p","objective":"o"}]`,
		`[{"objective":"o","facet":"trust","practice":"p"}]`,
		`[{"FACET":"trust","practice":"p","objective":"o"}]`,
		`[{"facet":"trust","practice":"p","objective":"o","extra":1}]`,
		`[{"facet":"trust","practice":"p","objective":"o"} ]`,
		`[{"facet":"trust","practice":"p","objective":"o"},]`,
		`[{"facet":1,"practice":"p","objective":"o"}]`,
		"[{\"facet\":\"\xff\",\"practice\":\"p\",\"objective\":\"o\"}]",
	}
	for _, in := range commitments {
		checkQuick(t, in, (*reader).commitment)
	}
	reviews := []string{
		`null`, `[]`,
		`[{"check_in":"19710131-071135-1","commitment":{"facet":"trust","practice":"p","objective":"o"},"progress":"done"}]`,
		`[{"check_in":"c","commitment":{"facet":"f","item":"i","practice":"p","objective":"o"},"progress":"some-progress","note":"n"}]`,
		`[{"check_in":"c","commitment":null,"progress":"done"}]`,
		`[{"check_in":"c","commitment":{"facet":"f","practice":"p","objective":"o"},"progress":"done","note":"a\nb"}]`,
		`[{"check_in":"c","progress":"done"}]`,
	}
	for _, in := range reviews {
		checkQuick(t, in, (*reader).review)
	}
}

func checkQuick[T any](t *testing.T, in string, one func(*reader) (T, bool)) {
	t.Helper()
	var want []T
	wantErr := json.Unmarshal([]byte(in), &want)
	var got []T
	if !quickList([]byte(in), &got, one) {
		// Left to encoding/json, which must not be what it writes
		// without escapes.
		again, _ := json.Marshal(want)
		if wantErr == nil && string(again) == in && !strings.Contains(in, `\`) {
			t.Errorf("%s: as json.Marshal writes it, but not read by hand", in)
		}
		return
	}
	if wantErr != nil {
		t.Errorf("%s: read by hand, but encoding/json says %v", in, wantErr)
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s: by hand %#v, encoding/json %#v", in, got, want)
	}
}

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
