package store

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// A record json.Marshal writes has every key a record needs, however
// empty it is: canonicalRecord's records skip the check for them.
func TestCanonicalRecordHasTheRequiredKeys(t *testing.T) {
	for _, e := range []Envelope{{}, EnvelopeOf(newTestRecord(date(1, 9, 0, 0), "a note"))} {
		out, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		places, ps := checkShape(out, recordType)
		if len(ps) > 0 {
			t.Errorf("the shape of %s: %v", out, ps)
		}
		for _, key := range requiredKeys {
			if _, ok := places[key]; !ok {
				t.Errorf("json.Marshal leaves out %s: %s", key, out)
			}
		}
	}
}

// Only a record exactly as leadcheck writes it (spaces aside) skips the
// walk of its shape.
func TestCanonicalRecord(t *testing.T) {
	rec := EnvelopeOf(newTestRecord(time.Date(2026, 11, 1, 9, 0, 0, 0, time.UTC), "<b>note</b> & more"))
	rec.ID = "20261101-090000-1"
	out, err := json.Marshal(rec)
	if err != nil {
		t.Fatal(err)
	}
	var indented bytes.Buffer
	if err := json.Indent(&indented, out, "    ", "  "); err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, tc := range []struct {
		name, raw string
		want      bool
	}{
		{"as marshalled", text, true},
		{"indented", indented.String(), true},
		{"a key in capitals", strings.Replace(text, `"taken_at"`, `"TAKEN_AT"`, 1), false},
		{"an unknown key", strings.Replace(text, `{"id"`, `{"extra":1,"id"`, 1), false},
		{"a repeated key", strings.Replace(text, `{"id":"20261101-090000-1"`, `{"id":"x","id":"20261101-090000-1"`, 1), false},
		{"a number written otherwise", strings.Replace(text, `"version":3`, `"version":3.0`, 1), false},
		{"an escape written otherwise", strings.Replace(text, `\u003cb\u003e`, `<b>`, 1), false},
		{"not JSON of a record", `[1]`, false},
	} {
		var r Envelope
		_, got := canonicalRecord([]byte(tc.raw), &r)
		if got != tc.want {
			t.Errorf("%s: canonicalRecord = %v, want %v", tc.name, got, tc.want)
		}
		if !got && r.ID != "" {
			t.Errorf("%s: r kept id %q; want it left empty", tc.name, r.ID)
		}
	}
}

// topFields reads the header as json.Unmarshal into a map of raw values
// would, without decoding the rest.
func TestTopFields(t *testing.T) {
	for _, in := range []string{
		`{"format":"leadcheck-export","schema":3,"checkins":[{"note":"} ] \" ,"}]}`,
		" {\n  \"checkins\": [ {} ],\n  \"format\" : \"x\" ,\n  \"schema\" : 3 \n}\n",
		`{"schema":1,"schema":2,"form\u0061t":"y"}`,
		`{}`, `[1]`, `"format"`, `3`,
	} {
		var want map[string]json.RawMessage
		if json.Unmarshal([]byte(in), &want) != nil {
			want = nil
		}
		for k := range want {
			if k != "format" && k != "schema" {
				delete(want, k)
			}
		}
		got := topFields([]byte(in))
		if (got == nil) != (want == nil) || len(got) != len(want) {
			t.Errorf("topFields(%q) = %q, want %q", in, got, want)
			continue
		}
		for k, v := range want {
			if !bytes.Equal(bytes.TrimSpace(got[k]), bytes.TrimSpace(v)) {
				t.Errorf("topFields(%q)[%s] = %s, want %s", in, k, got[k], v)
			}
		}
	}
}

func TestSameButSpaces(t *testing.T) {
	for _, tc := range []struct {
		compact, spaced string
		want            bool
	}{
		{`{"a":"x y"}`, "{ \"a\" :\n \"x y\" }", true},
		{`{"a":"x y"}`, `{"a":"xy"}`, false},
		{`{"a":"q\" b"}`, `{"a": "q\" b"}`, true},
		{`{"a":"q\" b"}`, `{"a": "q\"  b"}`, false},
		{`{"a":"\\"}`, `{ "a" : "\\" }`, true},
		{`[1,2]`, `[1, 2, 3]`, false},
		{`[1,2]`, `[1,`, false},
	} {
		if got := sameButSpaces([]byte(tc.compact), []byte(tc.spaced)); got != tc.want {
			t.Errorf("sameButSpaces(%s, %q) = %v, want %v", tc.compact, tc.spaced, got, tc.want)
		}
	}
}
