package store

import (
	"encoding/json"
	"maps"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestNewRecord(t *testing.T) {
	a, res := testResult()
	at := date(29, 9, 0, 0)
	q := testQuestionnaire()
	r := NewRecord(q, a, res, at, "first")

	want := Record{
		Schema:        SchemaVersion,
		TakenAt:       at,
		Questionnaire: QuestionnaireRef{ID: "test", Version: 3, Hash: "sha256:abc"},
		Answers:       a,
		Scores:        Scores{Dimensions: res.Dimensions, Balance: res.Balance, Facets: res.Facets},
		Profile:       &ProfileRef{ID: "driver", Name: "Driver"},
		Warnings:      res.Warnings,
		Note:          "first",
		questionnaire: q,
	}
	if !reflect.DeepEqual(r, want) {
		t.Fatalf("NewRecord =\n%+v\nwant\n%+v", r, want)
	}

	// The record must not change when the caller reuses its maps.
	a["t1"] = 1
	res.Dimensions["results"] = assessment.Score{}
	res.Warnings[0].Code = "changed"
	if r.Answers["t1"] != 4 || !r.Scores.Dimensions["results"].Valid || r.Warnings[0].Code != assessment.WarnTooFast {
		t.Errorf("NewRecord shares memory with its arguments: %+v", r)
	}
}

func TestNewRecordWithoutProfile(t *testing.T) {
	r := NewRecord(testQuestionnaire(), nil, assessment.Result{}, date(29, 9, 0, 0), "")
	if r.Profile != nil {
		t.Errorf("Profile = %+v, want nil", r.Profile)
	}
}

func TestRecordJSONShape(t *testing.T) {
	r := NewRecord(testQuestionnaire(), assessment.Answers{"t1": 4}, assessment.Result{
		Dimensions: map[string]assessment.Score{"relationships": {}, "results": assessment.Scored(62.5)},
		Balance:    assessment.Score{},
	}, time.Date(2026, 11, 29, 10, 0, 0, 0, time.FixedZone("CET", 3600)), "a note")
	r.ID = "20261129-090000-1"

	b, err := json.Marshal(r)
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
		}},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.name, c.got, c.want)
		}
	}
}

func TestRecordJSONOptionalFields(t *testing.T) {
	r := newTestRecord(date(29, 9, 0, 0), "")
	r.DurationSeconds = 312.5
	b, err := json.Marshal(&r) // through a pointer too, as encoders of []*Record do
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

func TestRecordJSONRoundTrip(t *testing.T) {
	r := newTestRecord(time.Date(2026, 11, 29, 10, 0, 0, 0, time.FixedZone("", 3600)), "round trip")
	r.Scores.Dimensions["results"] = assessment.Score{}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Record
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.TakenAt.Equal(r.TakenAt) {
		t.Errorf("TakenAt = %s, want %s", back.TakenAt, r.TakenAt)
	}
	back.TakenAt = r.TakenAt
	r.questionnaire = nil // kept by Save in its own bucket, not in the record
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip =\n%+v\nwant\n%+v", back, r)
	}
}
