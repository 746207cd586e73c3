package assessment

import (
	"os"
	"testing"
	"time"
)

// BenchmarkEvaluate scores one check-in of the real questionnaire: mixed
// answers, one statement skipped, every answer timed.
func BenchmarkEvaluate(b *testing.B) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	q, err := Parse("questions.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	a, t := Answers{}, Timings{}
	for i, it := range q.Items[1:] {
		a[it.ID] = q.Scale.Min + (i*7)%q.Scale.Points()
		t[it.ID] = time.Duration(4+i%9) * time.Second
	}
	for b.Loop() {
		if res := Evaluate(q, a, t); !res.Balance.Valid {
			b.Fatal("not scored")
		}
	}
}

// BenchmarkParse reads the built-in questionnaire, as every command that
// scores or names anything does before its work: the nesting guard and
// the YAML reader share one split of the text into tokens.
func BenchmarkParse(b *testing.B) {
	data, err := os.ReadFile("../questions.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("questions.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
