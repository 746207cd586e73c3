package assessment

import (
	"fmt"
	"strings"
	"testing"
)

// hostile files of the kinds that once took gigabytes: nested brackets in
// YAML and JSON, and a staircase of indentation.
func hostile(size int) map[string][]byte {
	return map[string][]byte{
		"yaml-brackets": []byte("answers: " + strings.Repeat("[", size)),
		"json-brackets": []byte(`{"answers": ` + strings.Repeat("{\"a\": ", size/6)),
		"dashes":        []byte(strings.Repeat("- ", size/2)),
	}
}

// BenchmarkCheckNesting shows the guard is linear: ns/op grows with the
// size and allocations stay flat. A well-formed file is read to the end.
func BenchmarkCheckNesting(b *testing.B) {
	for _, size := range []int{20_000, 200_000} {
		wide := []byte(strings.Repeat("- {a: [1, 'x'], b: \"y\"} # c\n", size/29))
		b.Run(fmt.Sprintf("well-formed-%dKB", size/1000), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(wide)))
			for i := 0; i < b.N; i++ {
				if err := CheckNesting("b", wide); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkParseAnswersHostile parses 200 KB hostile answers files end to
// end: the guard stops them before the YAML reader, in microseconds and
// kilobytes where the reader alone took a minute and 15 GB.
func BenchmarkParseAnswersHostile(b *testing.B) {
	q := mustMini(b)
	for name, data := range hostile(200_000) {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := ParseAnswers("b", data, q); err == nil {
					b.Fatal("accepted")
				}
			}
		})
	}
}
