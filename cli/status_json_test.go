package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/store"
)

// compact squeezes indented JSON to one line for exact comparison.
func compact(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, s)
	}
	b, _ := json.Marshal(v)
	return string(b)
}

// TestStatusJSON: due, cadence and doctor print their answer as JSON with
// the exit status they have without --json. The test clock is Sun 29 Nov
// 2026; the last check-in is of Mon 16 Nov, 09:05.
func TestStatusJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	const fourWeeks = `"cadence":{"chosen":false,"days":28,"short":"4w","words":"every 4 weeks"}`
	const oneWeek = `"cadence":{"chosen":true,"days":7,"short":"1w","words":"every week"}`
	steps := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"due, first", []string{"due", "--json"}, 0,
			`{"cadence":{"chosen":false,"days":28,"short":"4w","words":"every 4 weeks"},"due":true,"due_on":null,"last":null,"last_taken_at":null}`},
		{"cadence, default", []string{"cadence", "--json"}, 0, `{"chosen":false,"days":28,"short":"4w","words":"every 4 weeks"}`},
		{"take", []string{"take", "--answers", "../examples/year/2026-11-16.yaml"}, 0, ""},
		{"due, not yet", []string{"due", "--json"}, 1,
			`{` + fourWeeks + `,"days_left":15,"due":false,"due_on":"2026-12-14","last":"20261116-090500-1","last_taken_at":"2026-11-16T09:05:00Z"}`},
		{"cadence, set", []string{"cadence", "1w", "--json"}, 0, `{"chosen":true,"days":7,"short":"1w","words":"every week"}`},
		{"cadence, chosen", []string{"cadence", "--json"}, 0, `{"chosen":true,"days":7,"short":"1w","words":"every week"}`},
		{"due, overdue", []string{"due", "--json"}, 0,
			`{` + oneWeek + `,"days_overdue":6,"due":true,"due_on":"2026-11-23","last":"20261116-090500-1","last_taken_at":"2026-11-16T09:05:00Z"}`},
		{"doctor", []string{"doctor", "--json"}, 0,
			`{"check_ins":1,"checks":[{"name":"consistency of every page","passed":true},{"name":"every check-in readable","passed":true},` +
				`{"name":"no problems found","passed":true}],"feedback_rounds":0,"healthy":true,"notes":[],"path":"` + db +
				`","problems":[],"questionnaires":1,"responses":0,"schema":3}`},
	}
	for _, st := range steps {
		r := leadcheck(t, db, "", st.args...)
		if r.code != st.code || r.stderr != "" {
			t.Fatalf("%s: exit %d (want %d), stderr %q", st.name, r.code, st.code, r.stderr)
		}
		if st.want != "" {
			if got := compact(t, r.stdout); got != st.want {
				t.Errorf("%s:\n got %s\nwant %s", st.name, got, st.want)
			}
		}
	}
	if r := leadcheck(t, db, "", "due", "--json", "--quiet"); r.code != 2 || !strings.Contains(r.stderr, "--quiet and --json do not go together") {
		t.Errorf("due --json --quiet: %d %q", r.code, r.stderr)
	}
}

func TestDoctorJSONProblems(t *testing.T) {
	rep := store.Report{Path: "h.db", Schema: 3, CheckIns: 2, Readable: true, Problems: []string{"a summary does not match its check-in"}}
	b, _ := json.Marshal(doctorJSON(rep))
	want := `{"path":"h.db","healthy":false,"schema":3,"check_ins":2,"questionnaires":0,"feedback_rounds":0,"responses":0,` +
		`"checks":[{"name":"consistency of every page","passed":false},{"name":"every check-in readable","passed":true},` +
		`{"name":"no problems found","passed":false}],"problems":["a summary does not match its check-in"],"notes":[]}`
	if string(b) != want {
		t.Errorf("\n got %s\nwant %s", b, want)
	}
}
