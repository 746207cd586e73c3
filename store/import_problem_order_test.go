package store

import (
	"errors"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// An import's problems are listed as they come in the file, not in the
// order the checks find them: here the schema, written before the id.
func TestImportProblemsInFileOrder(t *testing.T) {
	src := openTemp(t)
	saveLoop(t, src)
	text := strings.Replace(string(exportBytes(t, src)),
		`"id": "20261029-090000-2",`+"\n      "+`"schema": 3,`,
		`"duration_seconds": -1,`+"\n      "+`"schema": 99,`+"\n      "+`"id": "bad",`, 1)
	_, _, err := DecodeImport("export.json", []byte(text), settleNone)
	var ve *assessment.ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("DecodeImport = %v, want a validation error", err)
	}
	var got []string
	line := 0
	for _, p := range ve.Problems {
		got = append(got, strings.SplitN(strings.TrimPrefix(p.Message, "checkins[1] (id bad): "), ":", 2)[0])
		if p.Line < line {
			t.Errorf("line %d after line %d", p.Line, line)
		}
		line = p.Line
	}
	if want := []string{"duration_seconds", "schema", "id"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("problems in the order %q, want %q:\n%v", got, want, err)
	}
}
