package assessment

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

const (
	deepMsg  = "lists and mappings nest more than 20 levels deep here (by brackets [ { or by indentation); leadcheck's files need only a few, so look for an unclosed bracket or check that this is the right file"
	aliasMsg = "more than 16 aliases (*name); write the repeated value out instead of referring to it"
)

// staircase is n lines, each indented one space more than the one before.
func staircase(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.String()
}

func TestCheckNestingRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		// "answers: " is 9 columns; the first line is level 1, so the
		// 20th bracket (column 29) is level 21.
		{"yaml brackets", "answers: " + strings.Repeat("[", 30), "x:1:29: " + deepMsg},
		// The brace is level 2 (after the line's level 1); the 19th
		// bracket, at column 12+19, is level 21.
		{"json brackets", `{"answers": ` + strings.Repeat("[", 30), "x:1:31: " + deepMsg},
		{"json braces", strings.Repeat(`{"a": `, 30), "x:1:115: " + deepMsg},
		// Line n is indented n-1 spaces and opens level n.
		{"indentation", staircase(30), "x:21:21: " + deepMsg},
		// Each "- " opens a level at the column of what follows it: the
		// 20th opens level 21 at column 41.
		{"compact dashes", strings.Repeat("- ", 30) + "x\n", "x:1:41: " + deepMsg},
		{"explicit keys", strings.Repeat("? ", 30) + "x\n", "x:1:41: " + deepMsg},
		// Each "!!seq &a [" is 10 columns: the 20th bracket is at 9+19*10+10.
		{"tags and anchors", "answers: " + strings.Repeat("!!seq &a [", 30), "x:1:209: " + deepMsg},
		// A quote inside plain text is text, so it hides nothing.
		{"apostrophe in plain text", "note: it's x 'y\nanswers: " + strings.Repeat("[", 30), "x:2:29: " + deepMsg},
		// Closing brackets inside quotes close nothing.
		{"quoted closers", `[[[[[[[[[[ "]]]]]]]]]]" [[[[[[[[[[[[`, "x:1:34: " + deepMsg},
		{"json quoted closers", `{"a":"]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]","b":` + strings.Repeat("[", 25), "x:1:61: " + deepMsg},
		// A block scalar ends at the first line no deeper than its key.
		{"after a block scalar", "note: |\n  [[[[ text\nanswers: " + strings.Repeat("[", 30), "x:3:29: " + deepMsg},
		// Inside brackets a shallower line does not close levels.
		{"outdent inside brackets", staircase(15) + strings.Repeat(" ", 15) + "k: [\n0,\n" + strings.Repeat(" ", 16) + strings.Repeat("[", 10), "x:18:19: " + deepMsg},
		// A document marker is followed by a node on its own line: the
		// line's level 1, then the 20th bracket at column 5+19 is level 21.
		{"document start", "--- " + strings.Repeat("[", 30), "x:1:24: " + deepMsg},
		{"document start and a tab", "---\t" + strings.Repeat("[", 30), "x:1:24: " + deepMsg},
		{"document end", "a: 1\n... " + strings.Repeat("[", 30), "x:2:24: " + deepMsg},
		{"byte order mark", "\ufeff--- " + strings.Repeat("{", 30), "x:1:25: " + deepMsg},
		{"byte order mark, brackets", "\ufeff" + strings.Repeat("[", 30), "x:1:21: " + deepMsg},
		// A carriage return alone ends a line for the reader as well.
		{"lines ended by CR", "a: 1\r" + strings.Repeat("- ", 30) + "x", "x:2:41: " + deepMsg},
		{"comment ended by CR", "#c\r" + strings.Repeat("[", 30), "x:2:20: " + deepMsg},
		{"indentation by CR", strings.ReplaceAll(staircase(30), "\n", "\r"), "x:21:21: " + deepMsg},
		// Where the scan reads text differently from the YAML reader (a
		// stray closer, then an unclosed quote it takes to run to the end),
		// the reader's own tokens are counted too.
		{"stray closer, then an open quote", "- - ?]\"a\\\r" + strings.Repeat("- ", 30), "x:2:41: " + deepMsg},
		{"dashes after quoted text", "? \"q\"- " + strings.Repeat("- ", 30), "x:1:44: " + deepMsg},
		{"alias bomb", "a: &a [x]\nb: [" + strings.Repeat("*a, ", 20) + "]", "x:2:69: " + aliasMsg},
		{"non-ASCII column", "note: é\nanswers: " + strings.Repeat("[", 30), "x:2:29: " + deepMsg},
		{"emoji before", `{"é€": ` + strings.Repeat("[", 30), "x:1:26: " + deepMsg},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckNesting("x", []byte(tc.in))
			if err == nil || err.Error() != tc.want {
				t.Fatalf("got  %v\nwant %s", err, tc.want)
			}
		})
	}
}

func TestCheckNestingAccepts(t *testing.T) {
	builtin, err := os.ReadFile("../questions.yaml")
	if err != nil {
		t.Fatal(err)
	}
	mini, err := os.ReadFile("testdata/mini.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, in string }{
		{"built-in questionnaire", string(builtin)},
		{"mini questionnaire", string(mini)},
		{"pretty JSON", "{\n  \"answers\": {\n    \"trust-1\": 4,\n    \"goals-2\": [\n      1\n    ]\n  },\n  \"note\": \"[[[[[[[[[[[[[[[[[[[[[[[[\"\n}\n"},
		{"brackets in plain text", "note: see " + strings.Repeat("[", 40) + " and " + strings.Repeat("{", 40) + "\n"},
		{"brackets in quotes", "note: '" + strings.Repeat("[", 40) + "'\nreflection: \"" + strings.Repeat("{", 40) + "\\\" [\"\n"},
		{"brackets in comments", "# " + strings.Repeat("[", 40) + "\nanswers: {a: 1} # " + strings.Repeat("{", 40) + "\n"},
		// Every line of the staircase is indented past the scalar's two
		// spaces, so the reader takes it all as text.
		{"block scalar", "note: |\n" + strings.Repeat("  x\n", 3) + strings.ReplaceAll("\n"+staircase(40), "\n", "\n  ")[1:] + "\nanswers: {a: 1}\n"},
		{"many siblings", strings.Repeat("- [[1], {a: [2]}]\n", 1000)},
		{"sixteen aliases", "a: &a 1\nb: [" + strings.Repeat("*a, ", 16) + "]\n"},
		{"folded after dash", "- >-\n   " + strings.Repeat("[", 40) + "\n- x\n"},
		{"empty", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := CheckNesting("x", []byte(tc.in)); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// Parse and ParseAnswers refuse deep files themselves, so no caller can
// hand the YAML reader a bomb.
func TestParsersCheckNesting(t *testing.T) {
	q := mustMini(t)
	deep := []byte("answers: " + strings.Repeat("[", 80_000))
	want := "deep.yaml:1:29: " + deepMsg
	if _, err := ParseAnswers("deep.yaml", deep, q); fmt.Sprint(err) != want {
		t.Errorf("ParseAnswers: got %v", err)
	}
	if _, err := Parse("deep.yaml", deep); fmt.Sprint(err) != want {
		t.Errorf("Parse: got %v", err)
	}
}

// The guard passes shallow files on to the YAML reader, whose panics on
// odd input are still turned into a message about the file.
func TestParseStillRecoversReaderPanics(t *testing.T) {
	in := "scale:\n labels:\ndimensions:\n- {}\nfacets:\n  !\n00000 \n 0000\n00000008:\n    0000: 00000\n00000000008: 00000"
	want := "f: the file could not be read as YAML (the YAML reader failed: runtime error: invalid memory address or nil pointer dereference); look for stray tags (!), anchors (&, *) or indentation mistakes"
	if _, err := Parse("f", []byte(in)); fmt.Sprint(err) != want {
		t.Fatalf("got %v", err)
	}
}
