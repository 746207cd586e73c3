package assessment

import (
	"strings"
	"testing"
	"time"
)

func TestParseAnswers(t *testing.T) {
	q := mini(t)
	sheet, err := ParseAnswers("a.yaml", []byte("answers:\n  trust-1: 4\n  goals-2: 1\nnote: |\n  Busy month.\nreflection: Kept the weekly review.\ntaken_at: 2026-10-01T08:30:00+02:00\n"), q)
	if err != nil {
		t.Fatal(err)
	}
	if sheet.Answers["trust-1"] != 4 || sheet.Answers["goals-2"] != 1 || len(sheet.Answers) != 2 {
		t.Errorf("answers = %v", sheet.Answers)
	}
	if sheet.Note != "Busy month.\n" || sheet.Reflection != "Kept the weekly review." {
		t.Errorf("note = %q", sheet.Note)
	}
	if want := time.Date(2026, 10, 1, 6, 30, 0, 0, time.UTC); !sheet.TakenAt.Equal(want) {
		t.Errorf("taken_at = %v, want %v", sheet.TakenAt, want)
	}
	json, err := ParseAnswers("a.json", []byte(`{"answers": {"pace-1": 5}, "note": "x"}`), q)
	if err != nil || json.Answers["pace-1"] != 5 || json.Note != "x" {
		t.Errorf("json sheet = %+v, %v", json, err)
	}
}

func TestParseAnswersErrors(t *testing.T) {
	q := mini(t)
	scale := "answer a whole number from 1 (Strongly disagree) to 5 (Strongly agree)"
	tests := []struct{ name, in, want string }{
		{"unknown item", "answers:\n  trust-9: 4\n",
			"a.yaml:2:3: answers.trust-9: no statement with this id in questionnaire mini (version 2); `leadcheck questions show` lists them"},
		{"not an integer", "answers:\n  trust-1: 4.5\n",
			`a.yaml:2:12: answers.trust-1: "4.5" is not a whole number; ` + scale},
		{"text", "answers:\n  trust-1: agree\n",
			`a.yaml:2:12: answers.trust-1: "agree" is not a whole number; ` + scale},
		{"off the scale", "answers:\n  trust-1: 6\n",
			"a.yaml:2:12: answers.trust-1: 6 is off the scale; " + scale},
		{"quoted number", "answers:\n  trust-1: \"4\"\n",
			`a.yaml:2:12: answers.trust-1: "4" is not a whole number; ` + scale},
		{"missing answers", "note: hi\n",
			"a.yaml:1:1: answers: is missing; give a mapping of statement id to answer, e.g. trust-1: 4"},
		{"unknown key", "answers: {}\nmood: good\n",
			`a.yaml:2:1: unknown key "mood"; an answers file has answers, note, reflection, review and taken_at`},
		{"bad date", "answers: {}\ntaken_at: yesterday\n",
			`a.yaml:2:11: taken_at "yesterday" is not an RFC 3339 time such as 2026-11-29T09:00:00Z`},
		{"not a mapping", "[1, 2]\n", "a.yaml:1:1: the file must be a mapping with an answers: key"},
		{"indented with a tab", "answers:\n\ttrust-1: 4\n",
			"a.yaml:2:1: a tab character here; YAML indents with spaces only, so replace the tab with spaces"},
		{"empty", "", "a.yaml: the file is empty; it needs an answers: mapping of statement id to answer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseAnswers("a.yaml", []byte(tt.in), q)
			if err == nil {
				t.Fatalf("no error, want %s", tt.want)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("error:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}
