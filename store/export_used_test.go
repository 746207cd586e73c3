package store

import (
	"bytes"
	"testing"
)

// questionnaireField finds, right after the head, the value that walking
// the fields finds, and walks them when the record goes otherwise.
func TestQuestionnaireFieldIsTheWalkedOne(t *testing.T) {
	k, _ := parseID("20261101-090000-1")
	head := string(storedHead(nil, k))
	q := `{"id":"q","version":1,"hash":"h"}`
	for _, rest := range []string{
		`"taken_at":"2026-11-01T09:00:00Z","questionnaire":` + q + `,"note":"x"}`,
		`"taken_at":"2026-11-01T09:00:00Z","questionnaire":` + q + `}`,
		`"taken_at":"2026-11-01T09:00:00Z","note":"x","questionnaire":` + q + `}`,
		`"questionnaire":` + q + `,"taken_at":"2026-11-01T09:00:00Z"}`,
		`"taken_at":"a\"b","questionnaire":{"id":"other"},"questionnaire":` + q + `}`,
		`"taken_at":"2026\\","questionnaire":` + q + `}`,
		`"taken_at":"2026-11-01T09:00:00Z","questionnaire":null}`,
		`"taken_at":"2026-11-01T09:00:00Z","questionnaire":{"id":"q"`,
		`"taken_at":"2026-11-01T09:00:00Z"}`,
		`"taken_at":"2026-11-01T09:00:00Z`,
		`}`,
		``,
	} {
		v := []byte(head + rest)
		var want []byte
		eachField(v, func(name, value, _ []byte) bool {
			if string(name) != "questionnaire" {
				return true
			}
			want = value
			return false
		})
		if got := questionnaireField(v, len(head)); !bytes.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("%s: got %q, the walk finds %q", rest, got, want)
		}
	}
}
