package store

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// What quickRecord reads of a record, and storedForm takes because it
// encodes back to the record's bytes, is what encoding/json reads of it.
func checkQuickRecord(t *testing.T, v []byte) {
	t.Helper()
	id, ok := leadingID(v)
	if !ok {
		return
	}
	k, ok := parseID(id)
	if !ok {
		return
	}
	head := storedHead(nil, k)
	if len(v) < len(head) || string(v[:len(head)]) != string(head) {
		return
	}
	got, ok := quickRecord(v, id, len(head))
	if !ok {
		return
	}
	if _, ok := encodesTo(got, v); !ok {
		return
	}
	var e Envelope
	if err := json.Unmarshal(v, &e); err != nil {
		t.Fatalf("quickRecord took %s, which encoding/json refuses: %v", v, err)
	}
	want := e.Unwrap()
	if !got.TakenAt.Equal(want.TakenAt) || got.TakenAt.Format(time.RFC3339Nano) != want.TakenAt.Format(time.RFC3339Nano) {
		t.Errorf("quickRecord read the time %v, encoding/json %v", got.TakenAt, want.TakenAt)
	}
	got.TakenAt, want.TakenAt = time.Time{}, time.Time{}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quickRecord read\n%+v\nencoding/json\n%+v", got, want)
	}
}

func TestQuickRecordIsUnmarshal(t *testing.T) {
	for _, c := range appendRecordCases() {
		if parsed, ok := parseID(c.ID); !ok || formatID(parsed) != c.ID {
			c.ID = "20260102-031500-7"
		}
		v, err := EnvelopeOf(c).MarshalJSON()
		if err != nil {
			continue
		}
		checkQuickRecord(t, v)
	}
	// The record of the tests, read by hand.
	c := newTestRecord(date(1, 9, 0, 0), "a note")
	c.ID = "20261101-090000-1"
	v, _ := EnvelopeOf(c).MarshalJSON()
	if _, ok := quickRecord(v, c.ID, len(storedHead(nil, mustKey(t, c.ID)))); !ok {
		t.Errorf("quickRecord did not read %s", v)
	}
}

func mustKey(t *testing.T, id string) []byte {
	t.Helper()
	k, ok := parseID(id)
	if !ok {
		t.Fatalf("bad id %q", id)
	}
	return k
}

func FuzzQuickRecord(f *testing.F) {
	c := newTestRecord(date(1, 9, 0, 0), "a note")
	c.ID = "20261101-090000-1"
	c.Commitments = []assessment.Commitment{{Facet: "trust", Practice: "p", Objective: "o"}}
	c.Reviews = []assessment.Review{{CheckIn: "x", Progress: assessment.Done, Note: "n"}}
	c.DurationSeconds = 12.5
	v, _ := EnvelopeOf(c).MarshalJSON()
	f.Add(v)
	f.Fuzz(func(t *testing.T, v []byte) {
		checkQuickRecord(t, v)
	})
}
