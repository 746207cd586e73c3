package store

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestEnvelopeJSONShape: the envelope is the check-in's JSON with the
// schema after the id, the shape every export and database holds.
func TestEnvelopeJSONShape(t *testing.T) {
	r := assessment.NewCheckIn(testQuestionnaire(), assessment.Answers{"t1": 4}, assessment.Result{
		Dimensions: map[string]assessment.Score{"relationships": {}, "results": assessment.Scored(62.5)},
		Balance:    assessment.Score{},
	}, time.Date(2026, 11, 29, 10, 0, 0, 0, time.FixedZone("CET", 3600)), "a note")
	r.ID = "20261129-090000-1"

	b, err := json.Marshal(EnvelopeOf(r))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}

	wantKeys := []string{"answers", "id", "note", "profile", "questionnaire", "schema", "scores", "taken_at", "warnings"}
	if keys := slices.Sorted(maps.Keys(got)); !slices.Equal(keys, wantKeys) {
		t.Errorf("record keys = %v, want %v (duration_seconds is omitted when unknown)", keys, wantKeys)
	}
	checks := []struct {
		name string
		got  any
		want any
	}{
		{"id", got["id"], "20261129-090000-1"},
		{"schema", got["schema"], float64(SchemaVersion)},
		{"taken_at keeps its offset", got["taken_at"], "2026-11-29T10:00:00+01:00"},
		{"questionnaire", got["questionnaire"], map[string]any{"id": "test", "version": float64(3), "hash": "sha256:abc"}},
		{"answers", got["answers"], map[string]any{"t1": float64(4)}},
		{"profile is null", got["profile"], nil},
		{"warnings is an empty array", got["warnings"], []any{}},
		{"note", got["note"], "a note"},
		{"scores", got["scores"], map[string]any{
			"dimensions": map[string]any{"relationships": nil, "results": 62.5},
			"balance":    nil,
			"facets":     map[string]any{},
			// SD 15, r 0.8 on both sides of the test questionnaire: 13.148
			// per score, 18.594 for the balance; each facet is its
			// dimension's only one, so it has the dimension's margin.
			"margins":       map[string]any{"relationships": 13.148079707698761, "results": 13.148079707698761, "balance": 18.594192641790066},
			"facet_margins": map[string]any{"trust": 13.148079707698761, "momentum": 13.148079707698761},
		}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.name, c.got, c.want)
		}
	}
}

func TestEnvelopeJSONOptionalFields(t *testing.T) {
	r := newTestRecord(date(29, 9, 0, 0), "")
	r.DurationSeconds = 312.5
	e := EnvelopeOf(r)
	b, err := json.Marshal(&e) // through a pointer too, as encoders of []*Envelope do
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got["duration_seconds"] != 312.5 {
		t.Errorf("duration_seconds = %#v, want 312.5", got["duration_seconds"])
	}
	if want := map[string]any{"id": "driver", "name": "Driver"}; !reflect.DeepEqual(got["profile"], want) {
		t.Errorf("profile = %#v, want %#v", got["profile"], want)
	}
	wantWarnings := []any{map[string]any{"code": "too-fast", "message": tooFastText}}
	if !reflect.DeepEqual(got["warnings"], wantWarnings) {
		t.Errorf("warnings = %#v, want %#v", got["warnings"], wantWarnings)
	}
}

func TestEnvelopeJSONRoundTrip(t *testing.T) {
	r := newTestRecord(time.Date(2026, 11, 29, 10, 0, 0, 0, time.FixedZone("", 3600)), "round trip")
	r.ID = "20261129-090000-1"
	r.Scores.Dimensions["results"] = assessment.Score{}
	b, err := json.Marshal(EnvelopeOf(r))
	if err != nil {
		t.Fatal(err)
	}
	var e Envelope
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatal(err)
	}
	if e.Schema != SchemaVersion {
		t.Errorf("Schema = %d, want %d", e.Schema, SchemaVersion)
	}
	back := e.Unwrap()
	if !back.TakenAt.Equal(r.TakenAt) {
		t.Errorf("TakenAt = %s, want %s", back.TakenAt, r.TakenAt)
	}
	back.TakenAt = r.TakenAt
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip =\n%+v\nwant\n%+v", back, r)
	}
}

// TestEnvelopeJSONOrder: the id and the schema come first, byte for
// byte as putRecord has always written them, which EachJSON relies on.
func TestEnvelopeJSONOrder(t *testing.T) {
	r := newTestRecord(date(29, 9, 0, 0), "")
	r.ID = "20261129-090000-1"
	b, err := json.Marshal(EnvelopeOf(r))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"id":"20261129-090000-1","schema":3,"taken_at":"2026-11-29T09:00:00Z","questionnaire":{"id":"test","version":3,"hash":"sha256:abc"},"answers":`
	if !strings.HasPrefix(string(b), want) {
		t.Errorf("envelope JSON starts\n%.160s\nwant\n%s", b, want)
	}
}
