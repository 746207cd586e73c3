package assessment

import (
	"os"
	"strings"
	"testing"
)

// miniWith is testdata/mini.yaml with one piece of text replaced.
func miniWith(t *testing.T, old, new string) string {
	t.Helper()
	data, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	out := strings.Replace(string(data), old, new, 1)
	if out == string(data) {
		t.Fatalf("%q is not in mini.yaml", old)
	}
	return out
}

// miniNA is mini with a "did not come up" answer on its scale.
func miniNA(t *testing.T) *Questionnaire {
	t.Helper()
	q, err := Parse("mini.yaml", []byte(miniWith(t, "  labels:", "  not_applicable: Did not come up\n  labels:")))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestSchemaFields(t *testing.T) {
	const ref = "reference: {sd: 10, reliability: 0.9}"
	tests := []struct {
		name, old, new, want string // want "" = accepted
	}{
		{"source assumed", ref, "reference: {sd: 10, reliability: 0.9, source: assumed}", ""},
		{"source calibrated", ref, "reference: {sd: 10, reliability: 0.9, source: 'calibrated on 42 people, 2026-11-30'}", ""},
		{"source in capitals", ref, "reference: {sd: 10, reliability: 0.9, source: Assumed}",
			`mini.yaml:12:51: dimension "relationships": write the reference source as "assumed", in lowercase, or describe the calibration sample`},
		{"source blank", ref, "reference: {sd: 10, reliability: 0.9, source: '  '}",
			`mini.yaml:12:51: dimension "relationships": reference source is blank; write "assumed" or describe the calibration sample`},
		{"source on two lines", ref, "reference: {sd: 10, reliability: 0.9, source: \"a\\nb\"}",
			`mini.yaml:12:51: dimension "relationships": reference source must be one line of plain text`},
		{"source too long", ref, "reference: {sd: 10, reliability: 0.9, source: " + strings.Repeat("x", 121) + "}",
			`mini.yaml:12:51: dimension "relationships": reference source is 121 characters; keep it to 120`},
		{"calibrated without values", ref, "reference: {source: calibrated on 42 people}",
			`mini.yaml:12:16: dimension "relationships": the reference says it was calibrated on 42 people, so give the sd and reliability measured there`},
		{"not applicable", "  labels:", "  not_applicable: Did not come up\n  labels:", ""},
		{"not applicable blank", "  labels:", "  not_applicable: ' '\n  labels:",
			`mini.yaml:8:19: scale not_applicable is blank; give the label of the answer that is not scored`},
		{"window placeholder", "text: I listened.", "text: 'In {window}, I listened.'", ""},
		{"window in observer text", "text: I listened.", "text: I listened., observer_text: 'In {window}, my manager listened.'", ""},
		{"misspelt placeholder", "text: I listened.", "text: 'In {windw}, I listened.'",
			`mini.yaml:21:39: item "trust-1": unknown placeholder {windw} in text; the only placeholder is {window}`},
		{"unknown placeholder in observer text", "text: I listened.", "text: I listened., observer_text: 'For {team}, my manager listened.'",
			`mini.yaml:21:67: item "trust-1": unknown placeholder {team} in observer_text; the only placeholder is {window}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("mini.yaml", []byte(miniWith(t, tt.old, tt.new)))
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("refused: %v", err)
			case tt.want == "":
			case err == nil:
				t.Fatalf("accepted, want %s", tt.want)
			case !strings.HasPrefix(err.Error(), tt.want):
				t.Errorf("error:\n%s\nwant:\n%s", err, tt.want)
			}
		})
	}
}

func TestSchemaKeepsHashAndSource(t *testing.T) {
	// The new keys are left out of the hash when absent, so check-ins of
	// existing questionnaires still find theirs; a "did not come up"
	// answer changes what can be answered, so it changes the hash.
	plain, na := mini(t), miniNA(t)
	// The hash mini had before these keys existed.
	if plain.Hash != "b001a6e78a452dd8" {
		t.Errorf("mini's hash is %s, want b001a6e78a452dd8 as before", plain.Hash)
	}
	if plain.Hash == na.Hash {
		t.Errorf("not_applicable left the hash at %s", plain.Hash)
	}
	withSource, err := Parse("mini.yaml", []byte(miniWith(t, "reliability: 0.9}", "reliability: 0.9, source: assumed}")))
	if err != nil {
		t.Fatal(err)
	}
	if withSource.Hash != plain.Hash {
		t.Errorf("a reference source changed the hash: %s vs %s", withSource.Hash, plain.Hash)
	}
	if !plain.Dimensions[0].Reference.Assumed() || plain.Dimensions[0].Reference.Source != "" {
		t.Errorf("a missing source should read as assumed and stay empty: %+v", plain.Dimensions[0].Reference)
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		days int
		want string
	}{
		{7, "the last week"},
		{14, "the last two weeks"},
		{21, "the last three weeks"},
		{28, "the last four weeks"},
		{10, "the last 10 days"},
		{8, "the last eight days"},
		{30, "the last month"},
		{31, "the last month"},
		{45, "the last 45 days"},
		{61, "the last two months"},
		{91, "the last 13 weeks"},
		{92, "the last three months"},
		{70, "the last 10 weeks"},
		{365, "the last year"},
		{364, "the last 52 weeks"},
	}
	for _, tt := range tests {
		if got := (Cadence{Days: tt.days}).Window(); got != tt.want {
			t.Errorf("%d days: %q, want %q", tt.days, got, tt.want)
		}
	}
}

func TestFillWindow(t *testing.T) {
	three := Cadence{Days: 21}
	tests := []struct{ in, want string }{
		{"In {window}, I set a goal.", "In the last three weeks, I set a goal."},
		{"{window} went by without a review.", "The last three weeks went by without a review."},
		{"I set a goal.", "I set a goal."},
		{"In {window} and {window}.", "In the last three weeks and the last three weeks."},
	}
	for _, tt := range tests {
		if got := FillWindow(tt.in, three); got != tt.want {
			t.Errorf("FillWindow(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
