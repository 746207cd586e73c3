package cli

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Every command that prints a check-in as JSON prints the same shape: the
// id, then the schema it is stored in, then the check-in.
func TestCheckInJSONShape(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, sheet(4, ""), "take", "--answers", "-", "--json"); r.code != 0 {
		t.Fatalf("take: exit %d, %s", r.code, r.stderr)
	}
	tests := []struct {
		name string
		args []string
		in   string
	}{
		{"take --json", []string{"take", "--answers", "-", "--json"}, sheet(3, "")},
		{"show --json", []string{"show", "--json"}, ""},
		{"history --json", []string{"history", "--json"}, ""},
	}
	want := []string{"id", "schema", "taken_at", "questionnaire", "answers", "scores", "profile", "warnings", "note"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := leadcheck(t, db, tt.in, tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d, %s", r.code, r.stderr)
			}
			out := strings.TrimSpace(r.stdout)
			if strings.HasPrefix(out, "[") {
				var all []json.RawMessage
				if err := json.Unmarshal([]byte(out), &all); err != nil || len(all) == 0 {
					t.Fatalf("not a list of check-ins: %v\n%s", err, out)
				}
				out = string(all[len(all)-1])
			}
			if keys := topKeys(t, out); !slices.Equal(keys, want) {
				t.Errorf("keys %v, want %v", keys, want)
			}
			var head struct{ Schema int }
			if err := json.Unmarshal([]byte(out), &head); err != nil || head.Schema != 3 {
				t.Errorf("schema = %d, %v; want 3", head.Schema, err)
			}
		})
	}
}

// topKeys are the keys of a JSON object, in the order written.
func topKeys(t *testing.T, doc string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(doc))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}
