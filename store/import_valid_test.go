package store

import (
	"encoding/json"
	"strings"
	"testing"
)

// validJSON answers as json.Valid does.
func TestValidJSONIsValid(t *testing.T) {
	cases := []string{
		``, ` `, `0`, `-0`, `01`, `1.`, `1.5`, `-`, `1e5`, `1E+5`, `1e`, `.5`, `+1`, `1 2`,
		`"a"`, `"a`, `"\"\\\/\b\f\n\r\t"`, `"\u00e9"`, `"\u00g9"`, `"\x"`, "\"tab\there\"", `"é"`, "\"\xff\"",
		`true`, `tru`, `false`, `null`, `nul`, `nullx`, ` [ ] `, `[1,]`, `[,1]`, `[1 2]`, `[[[]]]`, `[`, `]`,
		`{}`, `{"a":1}`, `{"a" : [1, {"b":null}] }`, `{"a":1,}`, `{"a"}`, `{"a":}`, `{1:2}`, `{"a":1 "b":2}`, `{"a":1}}`,
		"[\n\t1,\r\n2\n]", `{"a":[true,false,null,"x",-1.5e-3]}`,
	}
	for _, depth := range []int{maxJSONDepth - 1, maxJSONDepth, maxJSONDepth + 1} {
		cases = append(cases, strings.Repeat("[", depth)+strings.Repeat("]", depth),
			strings.Repeat(`{"a":`, depth)+"1"+strings.Repeat("}", depth))
	}
	for _, c := range cases {
		if got, want := validJSON([]byte(c)), json.Valid([]byte(c)); got != want {
			t.Errorf("validJSON(%.40q) = %v, json.Valid %v", c, got, want)
		}
	}
}

func FuzzValidJSON(f *testing.F) {
	for _, s := range []string{`{"a":[1,2,{"b":"c\u00e9"}],"d":-1.5e3,"e":null}`, `[true,false]`, `"\\"`, ` 0 `} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, want := validJSON(data), json.Valid(data); got != want {
			t.Errorf("validJSON(%q) = %v, json.Valid %v", data, got, want)
		}
	})
}

// containerEnd finds the end of an object or array where skipValue does.
func FuzzContainerEnd(f *testing.F) {
	for _, s := range []string{`{"a":[1,{"b":"}"}],"c":"\"]"}`, `[[],{}]`, `{"a":"\\"}`, `[`, `{"a":1}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, v []byte) {
		if len(v) == 0 || v[0] != '{' && v[0] != '[' {
			return
		}
		if got, want := containerEnd(v, 0), skipValue(v, 0); got != want {
			t.Errorf("containerEnd(%q) = %d, skipValue %d", v, got, want)
		}
	})
}
