package assessment

import (
	"strings"
	"testing"
)

// referenceDepth is the deepest bracket nesting of a bracket-only text,
// plus the one level of its single line: a closer with nothing open is
// ignored. matched reports whether every closer closed an opener of its
// own kind; the YAML reader takes any other closer as text, not as a
// closer, so the depth it sees can only be greater.
func referenceDepth(text string) (depth int, matched bool) {
	var open []rune
	deepest := 0
	matched = true
	for _, c := range text {
		switch c {
		case '[', '{':
			open = append(open, c)
			deepest = max(deepest, len(open))
		default:
			if len(open) == 0 || open[len(open)-1] != map[rune]rune{']': '[', '}': '{'}[c] {
				matched = false
			}
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		}
	}
	return 1 + deepest, matched
}

// FuzzNestingGuard: the guard never panics, reports a place inside the
// file, and on text made only of brackets refuses whatever a plain depth
// counter finds too deep, and, where every closer matches its opener,
// nothing else.
func FuzzNestingGuard(f *testing.F) {
	seedFiles(f, "testdata/*.yaml")
	seedFiles(f, "testdata/fuzz-seeds/answers/*")
	f.Add([]byte("answers: [[[[{\"a\": ']]]'}]]\n- - ? x\nnote: |\n  [[[\n"))
	f.Add([]byte(strings.Repeat("[{", 30)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := CheckNesting("f", data); err != nil {
			ve, ok := err.(*ValidationError)
			if !ok || len(ve.Problems) != 1 || ve.Problems[0].Line < 1 || ve.Problems[0].Column < 1 {
				t.Fatalf("malformed error %#v", err)
			}
			// A line ends at LF, CRLF or a CR alone, as the YAML reader has it.
			text := strings.ReplaceAll(string(data), "\r\n", "\n")
			if lines := strings.Count(text, "\n") + strings.Count(text, "\r") + 1; ve.Problems[0].Line > lines {
				t.Fatalf("line %d past the end (%d lines)", ve.Problems[0].Line, lines)
			}
		}
		brackets := make([]byte, len(data))
		for i, b := range data {
			brackets[i] = "[]{}"[b%4]
		}
		refused := CheckNesting("f", brackets) != nil
		depth, matched := referenceDepth(string(brackets))
		if want := depth > MaxNesting; want && !refused || matched && refused != want {
			t.Fatalf("%q: refused %v, reference says %v", brackets, refused, want)
		}
	})
}
