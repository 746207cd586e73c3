package store

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// wholeFieldsByEachField is wholeFieldsOf as it read before wholeFields:
// every value skipped over first, then read.
func wholeFieldsByEachField(k, v, head []byte, prev assessment.QuestionnaireRef, ar *answersReader) (assessment.CheckIn, bool) {
	c := assessment.CheckIn{ID: formatID(k)}
	if !bytes.HasPrefix(v, head) {
		return c, false
	}
	ok := true
	walked := eachField(v, func(name, value, _ []byte) bool {
		ok = decodeWholeField(&c, string(name), value, prev, ar)
		return ok
	})
	return c, walked && ok
}

func FuzzWholeFields(f *testing.F) {
	r := newTestRecord(date(1, 9, 0, 0), "a note")
	r.Commitments = []assessment.Commitment{{Facet: "trust", Item: "t2", Practice: "p", Objective: "o"}}
	r.DurationSeconds = 312.5
	good, err := json.Marshal(EnvelopeOf(r))
	if err != nil {
		f.Fatal(err)
	}
	text := string(good)
	f.Add(good)
	for _, edit := range [][2]string{
		{`"answers":{`, `"answers":null,"x":{`},
		{`"answers":{`, `"answers":null"note":"x","y":{`},
		{`"answers":{"m1":5`, `"answers":{"m1":5}"note":"x","z":{"m1":5`},
		{`"scores":{`, `"scores":null,"s":{`},
		{`"answers":{`, `"answers":{},"answers":{`},
		{`"scores":{"dimensions"`, `"scores":{"dimensions":{}},"scores":{"dimensions"`},
		{`"balance":25`, `"balance":2.5e1`},
		{`"t1":4`, `"t1":4.0`},
		{`"duration_seconds":312.5`, `"duration_seconds":3125e-1`},
		{`}`, ` }`},
	} {
		if !strings.Contains(text, edit[0]) {
			f.Fatalf("the seed has no %s", edit[0])
		}
		f.Add([]byte(strings.Replace(text, edit[0], edit[1], 1)))
	}
	k, _ := parseID(r.ID)
	head := storedHead(nil, k)
	var arNew, arOld answersReader // one each for every input, as doctor keeps them
	f.Fuzz(func(t *testing.T, v []byte) {
		got, ok := wholeFieldsOf(k, v, head, assessment.QuestionnaireRef{}, &arNew)
		want, wantOK := wholeFieldsByEachField(k, v, head, assessment.QuestionnaireRef{}, &arOld)
		if ok != wantOK || ok && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s:\nread where they stand %+v, %v\nskipped first        %+v, %v", v, got, ok, want, wantOK)
		}
	})
}
