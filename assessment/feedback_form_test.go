package assessment

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// TestFormGolden pins the three renderings of one form: mini with "did
// not come up", a minimum of 4, three roles, the manager shown apart and
// a closing date. Run with -update to rewrite them, and read the diff.
func TestFormGolden(t *testing.T) {
	q := miniNA(t)
	r := testRound(t, q, "r1", RoundOptions{Min: 4, Roles: []Role{RoleDirectReport, RolePeer, RoleManager},
		ManagerSeparate: true, ClosesOn: day(2026, 12, 14)})
	for _, f := range []FormFormat{FormYAML, FormMarkdown, FormText} {
		t.Run(string(f), func(t *testing.T) {
			got, err := WriteForm(r, q, f)
			if err != nil {
				t.Fatal(err)
			}
			checkWant(t, "testdata/feedback/form-mini."+string(f), strings.TrimSuffix(string(got), "\n"))
		})
	}
}

// TestBlankFormReadsBackEmpty: the form as written is a response with
// nothing filled in, for the built-in questionnaire and for mini.
func TestBlankFormReadsBackEmpty(t *testing.T) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	builtIn, err := Parse("questions.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []*Questionnaire{builtIn, mini(t), miniNA(t)} {
		t.Run(q.ID+q.Scale.NotApplicable, func(t *testing.T) {
			r := testRound(t, q, "20261130-090000-1", RoundOptions{Roles: threeRoles})
			form, err := WriteForm(r, q, FormYAML)
			if err != nil {
				t.Fatal(err)
			}
			got, err := ParseForm("form.yaml", form, q)
			if err != nil {
				t.Fatal(err)
			}
			want := Response{Round: r.ID, Questionnaire: RefOf(q), Answers: Answers{}}
			if !sameResponse(got.Response, want) || !got.Response.Empty() || !slices.Equal(got.Roles, threeRoles) {
				t.Errorf("read back %+v, want %+v with roles %v", got, want, threeRoles)
			}
			keys := answerKeys(t, form)
			ids := make([]string, len(q.Items))
			for i, it := range q.Items {
				ids[i] = it.ID
			}
			if !slices.Equal(keys, ids) {
				t.Errorf("answers keys %v, want every statement in order %v", keys, ids)
			}
		})
	}
}

func sameResponse(a, b Response) bool {
	return a.Round == b.Round && a.Questionnaire == b.Questionnaire && a.Role == b.Role &&
		a.Comment == b.Comment && len(a.Answers) == len(b.Answers) && a.Hash() == b.Hash()
}

// answerKeys lists the keys under answers: as YAML reads them.
func answerKeys(t *testing.T, form []byte) []string {
	t.Helper()
	file, err := parser.ParseBytes(form, 0)
	if err != nil {
		t.Fatal(err)
	}
	var top, keys []string
	for _, kv := range file.Docs[0].Body.(*ast.MappingNode).Values {
		top = append(top, scalarText(kv.Key))
		if m, ok := kv.Value.(*ast.MappingNode); ok && scalarText(kv.Key) == "answers" {
			for _, e := range m.Values {
				keys = append(keys, scalarText(e.Key))
			}
		}
	}
	if !slices.Equal(top, responseKeys) {
		t.Errorf("top-level keys %v, want %v", top, responseKeys)
	}
	return keys
}

// TestFormHostileText: whatever a statement, a label or an id holds, the
// form stays a form: the text stays inside its comment, the keys read
// back as the ids, and the words come back in order.
func TestFormHostileText(t *testing.T) {
	texts := []string{
		"two\nlines: with a colon",
		"carriage\rreturn: x",
		"windows\r\nline: x",
		"next line\u0085x: 1",
		"line separator\u2028y: 2 and paragraph\u2029z: 3",
		"--- a document marker",
		"- a list item",
		"#hash, 'single' \"double\" `back` {brace [bracket] &anchor *alias !tag |pipe >fold %percent @at",
		"tab\tand trailing spaces   ",
		"escape \x1b[31mred\x1b[0m and bell \a and nul \x00",
		"{window}, my manager asked",
		"a very long statement " + strings.Repeat("word ", 60),
	}
	yaml := "id: hostile\nversion: 1\nscale: {min: 1, max: 5, labels: [\"a: b\", \"# c\", \"d\\ne: f\", \"'g'\", \"h\"], not_applicable: \"n\\na: 1\"}\n" +
		"dimensions: [{id: relationships, name: R}, {id: results, name: O}]\n" +
		"facets: [{id: f1, dimension: relationships, name: F1}, {id: f2, dimension: results, name: F2}]\nitems:\n"
	ids := []string{"yes", "null", "123", "0x1f", "1e3", "true", "no", "on", "y", "n", "nan", "inf"}
	for i, text := range texts {
		facet := []string{"f1", "f2"}[i%2]
		yaml += "  - {id: " + yamlQuoted(ids[i]) + ", facet: " + facet + ", text: plain, observer_text: " + yamlQuoted(text) + "}\n"
	}
	q, err := Parse("hostile.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	r := testRound(t, q, "r1", RoundOptions{})
	form, err := WriteForm(r, q, FormYAML)
	if err != nil {
		t.Fatal(err)
	}
	if keys := answerKeys(t, form); !slices.Equal(keys, ids) {
		t.Errorf("answers keys %v, want %v", keys, ids)
	}
	if _, err := ParseForm("form.yaml", form, q); err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		want := strings.Join(strings.Fields(lineBreaks.Replace(FillWindow(text, r.Window())+" "+scaleRange(q))), " ")
		if got := commentAbove(t, form, yamlKey(ids[i])); got != want {
			t.Errorf("statement %d reads back as\n%q\nwant\n%q", i, got, want)
		}
	}
}

// commentAbove joins the comment lines above an answer's key (the
// statement, then the scale), as a person reading the form sees them.
func commentAbove(t *testing.T, form []byte, key string) string {
	t.Helper()
	lines := strings.Split(string(form), "\n")
	i := slices.Index(lines, "  "+key+":")
	if i < 0 {
		t.Fatalf("no line for %s", key)
	}
	var words []string
	for j := i - 1; j >= 0 && strings.HasPrefix(lines[j], "  #"); j-- {
		words = append(strings.Fields(strings.TrimPrefix(lines[j], "  #")), words...)
	}
	return strings.Join(words, " ")
}

// TestFilledFormReadsBack fills in the written form the way a person
// would in an editor, and reads it as a response.
func TestFilledFormReadsBack(t *testing.T) {
	q := miniNA(t)
	r := testRound(t, q, "r1", RoundOptions{Roles: threeRoles})
	form, err := WriteForm(r, q, FormYAML)
	if err != nil {
		t.Fatal(err)
	}
	filled := strings.NewReplacer(
		"role:\n", "role: Direct report\n",
		"  trust-1:\n", "  trust-1: 4\n",
		"  goals-2:\n", "  goals-2: na\n",
		"  pace-2:\n", "  pace-2:    5   # sure\n",
		"comment: |\n", "comment: |\n  Clear goals: yes. # not a comment\n\n  More time to think, please.\n",
	).Replace(string(form))
	got, err := ParseResponse("filled.yaml", []byte(filled), LookupIn([]Round{r}, q), feedbackNow)
	if err != nil {
		t.Fatal(err)
	}
	want := Response{Round: "r1", Questionnaire: RefOf(q), Role: RoleDirectReport,
		Answers: Answers{"trust-1": 4, "goals-2": NotApplicable, "pace-2": 5},
		Comment: "Clear goals: yes. # not a comment\n\nMore time to think, please."}
	if !sameResponse(got, want) || got.Comment != want.Comment {
		t.Errorf("read %+v\nwant %+v", got, want)
	}
	// The same answers written again by hand, in another order, with the
	// comment rewrapped and the instructions gone, are the same response:
	// adding both keeps one.
	again := "round: r1\nquestionnaire: {id: mini, version: 2, hash: \"" + q.Hash + "\"}\nrole: direct-report\n" +
		"answers:\n  pace-2: 5\n  goals-2: NA\n  trust-1: 4\n" +
		"comment: >\n  Clear goals: yes. # not a comment\n\n\n  More time to think,\n  please.\n"
	second, err := ParseResponse("again.yaml", []byte(again), LookupIn([]Round{r}, q), feedbackNow)
	if err != nil {
		t.Fatal(err)
	}
	if second.Hash() != got.Hash() {
		t.Errorf("the same response hashes differently:\n%+v\n%+v", got, second)
	}
}

func TestWriteFormRefusesAnotherQuestionnaire(t *testing.T) {
	q := mini(t)
	r := testRound(t, q, "r1", RoundOptions{})
	_, err := WriteForm(r, miniNA(t), FormYAML)
	want := "round r1 was started with questionnaire mini version 2 (" + q.Hash + "), not mini version 2 (" + miniNA(t).Hash + "); use the questionnaire it was started with"
	if errText(err) != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
}

func TestParseFormFormat(t *testing.T) {
	tests := []struct {
		in   string
		want FormFormat
		err  string
	}{
		{"yaml", FormYAML, ""}, {"YML", FormYAML, ""}, {"md", FormMarkdown, ""}, {"markdown", FormMarkdown, ""},
		{" txt ", FormText, ""}, {"text", FormText, ""},
		{"pdf", "", `unknown form format "pdf"; use yaml (to fill in and send back), md or txt (to print)`},
	}
	for _, tt := range tests {
		got, err := ParseFormFormat(tt.in)
		if got != tt.want || errText(err) != tt.err {
			t.Errorf("ParseFormFormat(%q) = %q, %v", tt.in, got, err)
		}
	}
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"", 10, []string{""}},
		{"one two three", 7, []string{"one two", "three"}},
		{"one two three", 13, []string{"one two three"}},
		{"a\n\nb", 10, []string{"a", "", "b"}},
		{"unbreakable-word here", 5, []string{"unbreakable-word", "here"}},
		{"  spaced   out  ", 20, []string{"spaced out"}},
		{"ünï cödé", 7, []string{"ünï", "cödé"}},
	}
	for _, tt := range tests {
		if got := wrapText(tt.text, tt.width); !slices.Equal(got, tt.want) {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
	}
}
