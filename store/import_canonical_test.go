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
		got := canonicalRecord([]byte(tc.raw), &r)
		if got != tc.want {
			t.Errorf("%s: canonicalRecord = %v, want %v", tc.name, got, tc.want)
		}
		if !got && r.ID != "" {
			t.Errorf("%s: r kept id %q; want it left empty", tc.name, r.ID)
		}
	}
}
