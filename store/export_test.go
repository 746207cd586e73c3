package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// saveLoop stores three check-ins that carry the whole practice loop:
// a reflection, commitments, and a review of them in the next one.
func saveLoop(t *testing.T, s *Store) []string {
	t.Helper()
	cet := time.FixedZone("", 3600)
	first := newTestRecord(time.Date(2026, 10, 1, 9, 0, 0, 0, cet), "first")
	first.Reflection = "Two one-to-ones slipped.\nThe team | noticed."
	first.DurationSeconds = 312.5
	if err := s.Save(&first, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	c := assessment.Commitment{Facet: "trust", Item: "t2", Practice: "Hold the conversation this week.", Objective: "By the next check-in I will talk to Sam."}
	if err := s.SetCommitments(first.ID, []assessment.Commitment{c}); err != nil {
		t.Fatal(err)
	}
	second := newTestRecord(time.Date(2026, 10, 29, 9, 0, 0, 0, time.UTC), "")
	second.Reviews = []assessment.Review{{CheckIn: first.ID, Commitment: c, Progress: assessment.SomeProgress, Note: "Talked once."}}
	if err := s.Save(&second, testQuestionnaire()); err != nil {
		t.Fatal(err)
	}
	third := save(t, s, date(26, 9, 0, 0), "third")
	return []string{first.ID, second.ID, third}
}

func exportBytes(t *testing.T, s *Store) []byte {
	t.Helper()
	f, err := s.Export("v1.2.3")
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExportImportRoundTrip(t *testing.T) {
	src := openTemp(t)
	ids := saveLoop(t, src)
	out := exportBytes(t, src)

	f, err := DecodeExport("export.json", out)
	if err != nil {
		t.Fatalf("DecodeExport: %v", err)
	}
	if len(f.CheckIns) != 3 || len(f.Questionnaires) != 1 || f.Questionnaires[0].Hash != "sha256:abc" || len(f.Missing) != 0 {
		t.Fatalf("decoded %d check-ins, questionnaires %+v", len(f.CheckIns), f.Questionnaires)
	}
	dst := openTemp(t)
	added, skipped, err := dst.Import(f.CheckIns, f.Questionnaires)
	if err != nil || added != 3 || skipped != 0 {
		t.Fatalf("Import = %d, %d, %v; want 3 added", added, skipped, err)
	}
	if again := exportBytes(t, dst); !bytes.Equal(again, out) {
		t.Errorf("export after import differs:\n%s\nwant\n%s", again, out)
	}
	r, err := dst.Get(ids[1])
	if err != nil || len(r.Reviews) != 1 || r.Reviews[0].Progress != assessment.SomeProgress {
		t.Errorf("imported %s = %+v, %v", ids[1], r, err)
	}
	if q, ok, err := dst.Questionnaire("sha256:abc"); err != nil || !ok || q.Items[1].ID != "t2" {
		t.Errorf("snapshot after import: %+v %v %v", q, ok, err)
	}
}

func TestExportHeader(t *testing.T) {
	s := openTemp(t)
	var head map[string]json.RawMessage
	if err := json.Unmarshal(exportBytes(t, s), &head); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"format": `"leadcheck-export"`, "leadcheck_version": `"v1.2.3"`, "schema": strconv.Itoa(SchemaVersion),
		"questionnaires": "[]", "checkins": "[]"}
	for k, v := range want {
		if string(head[k]) != v {
			t.Errorf("%s = %s, want %s", k, head[k], v)
		}
	}
	if len(head) != len(want) {
		t.Errorf("header has %d keys, want %d: %v", len(head), len(want), head)
	}
}

func TestExportNotesMissingSnapshot(t *testing.T) {
	s := openTemp(t)
	r := newTestRecord(date(1, 9, 0, 0), "")
	// No questionnaire, as a check-in saved before snapshots were kept.
	if err := s.Save(&r, nil); err != nil {
		t.Fatal(err)
	}
	f, err := s.Export("v1")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Questionnaires) != 0 || len(f.Missing) != 1 || f.Missing[0].Hash != "sha256:abc" {
		t.Errorf("questionnaires %v, missing %v", f.Questionnaires, f.Missing)
	}
}

// exportText is a small valid export, one check-in per line after the
// header, for the decoding tests to break in one place.
func exportText(t *testing.T, edit func(string) string) []byte {
	t.Helper()
	s := openTemp(t)
	saveLoop(t, s)
	return []byte(edit(string(exportBytes(t, s))))
}

func TestDecodeExportRejects(t *testing.T) {
	schema := fmt.Sprintf(`"schema": %d,`, SchemaVersion)
	newer := fmt.Sprintf(`"schema": %d,`, SchemaVersion+1)
	tests := []struct {
		name, old, new, want string
	}{
		{"syntax", schema, strings.TrimSuffix(schema, ","), "export.json:5:3: not valid JSON: invalid character '\"' after object key:value pair"},
		{"not an export", `"leadcheck-export"`, `"something-else"`, `export.json is not a leadcheck export (it has no "format": "leadcheck-export")`},
		{"newer", schema, newer, fmt.Sprintf("export.json was written by a newer leadcheck (schema %d); upgrade leadcheck", SchemaVersion+1)},
		{"answer not a number", `"t1": 4`, `"t1": "four"`,
			`checkins[0] (id 20261001-080000-1): answers.t1: should be a whole number, not "four"`},
		{"score not a number", `"trust": 75`, `"trust": "high"`,
			`checkins[0] (id 20261001-080000-1): scores.facets.trust: should be a number or null, not "high"`},
		{"unknown key", `"note": "first"`, `"note": "first", "mood": "fine"`,
			`checkins[0] (id 20261001-080000-1): mood: unknown key; check the spelling`},
		{"time", `"taken_at": "2026-10-29T09:00:00Z"`, `"taken_at": "29 Oct 2026"`,
			`checkins[1] (id 20261029-090000-2): taken_at: "29 Oct 2026" is not an RFC 3339 time`},
		{"time off the id", `"taken_at": "2026-10-29T09:00:00Z"`, `"taken_at": "2026-10-29T09:00:01Z"`,
			`checkins[1] (id 20261029-090000-2): taken_at: 2026-10-29T09:00:01Z does not match the id, which says 2026-10-29T09:00:00Z`},
		{"bad id", `"id": "20261029-090000-2"`, `"id": "yesterday"`, `checkins[1] (id yesterday): id: "yesterday" is not a check-in id`},
		{"progress", `"some-progress"`, `"halfway"`,
			`checkins[1] (id 20261029-090000-2): reviews[0].progress: "halfway" should be not-started, some-progress or done`},
		{"record schema", schema + "\n      \"taken_at\": \"2026-11-26", newer + "\n      \"taken_at\": \"2026-11-26",
			fmt.Sprintf("checkins[2] (id 20261126-090000-3): schema: written by a newer leadcheck (schema %d); upgrade leadcheck", SchemaVersion+1)},
		{"missing balance", `"balance": 25,`, ``, `checkins[0] (id 20261001-080000-1): scores.balance: is missing`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := exportText(t, func(s string) string {
				if !strings.Contains(s, tt.old) {
					t.Fatalf("the export has no %q:\n%s", tt.old, s)
				}
				return strings.Replace(s, tt.old, tt.new, 1)
			})
			_, err := DecodeExport("export.json", data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("DecodeExport = %v\nwant an error containing %q", err, tt.want)
			}
		})
	}
}

func TestDecodeExportPointsAtTheValue(t *testing.T) {
	data := exportText(t, func(s string) string { return strings.Replace(s, `"t1": 4`, `"t1": 4.5`, 1) })
	_, err := DecodeExport("export.json", data)
	var ve *assessment.ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 1 {
		t.Fatalf("err = %v", err)
	}
	line := strings.Split(string(data), "\n")[ve.Problems[0].Line-1]
	if got := line[ve.Problems[0].Column-1:]; !strings.HasPrefix(got, "4.5") {
		t.Errorf("%d:%d points at %q, want the 4.5", ve.Problems[0].Line, ve.Problems[0].Column, got)
	}
}

func TestCheckAnswers(t *testing.T) {
	data := exportText(t, func(s string) string {
		s = strings.Replace(s, `"t1": 4`, `"t9": 4`, 1)
		return strings.Replace(s, `"m1": 5`, `"m1": 7`, 1)
	})
	f, err := DecodeExport("export.json", data)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.CheckAnswers(func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error) { return nil, nil }, time.Time{})
	for _, want := range []string{
		"checkins[0] (id 20261001-080000-1): answers.m1: 7 is off the scale of questionnaire test v3 (1 to 5)",
		"checkins[0] (id 20261001-080000-1): answers.t9: no statement with this id in questionnaire test v3",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckAnswers = %v\nwant %q", err, want)
		}
	}

	// Without the snapshot in the file, the lookup decides.
	f.Questionnaires = nil
	unknown, err := f.CheckAnswers(func(assessment.QuestionnaireRef) (*assessment.Questionnaire, error) { return nil, nil }, time.Time{})
	if err != nil || len(unknown) != 1 || unknown[0].Hash != "sha256:abc" {
		t.Errorf("unknown questionnaire: %v, %v", unknown, err)
	}
}

func TestDecodeExportNeedsTheLists(t *testing.T) {
	_, err := DecodeExport("export.json", []byte(`{"format": "leadcheck-export", "schema": 1}`))
	for _, want := range []string{"export.json: questionnaires: is missing", "export.json: checkins: is missing"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("DecodeExport = %v, want %q", err, want)
		}
	}
}

// A database named as an export (a backup, say) is called what it is,
// with the command that takes it, not a JSON syntax error at 1:1.
func TestDecodeExportOfADatabase(t *testing.T) {
	s := openTemp(t)
	saveLoop(t, s)
	data := readFile(t, s.Path())
	_, err := DecodeExport("history.db", data)
	if want := "history.db is not an export but a database (a backup, say)"; err == nil || err.Error() != want {
		t.Fatalf("DecodeExport = %v\nwant %s", err, want)
	}
	if remedyOf(err) != RestoreBackup {
		t.Errorf("remedy = %d, want RestoreBackup", remedyOf(err))
	}
}
