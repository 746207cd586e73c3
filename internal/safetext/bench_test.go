package safetext

import (
	"strings"
	"testing"
)

// The benchmarks show linear cost: a 1 MB note takes about a hundred
// times as long as a 10 KB one, per operation.
func benchText(n int) string { return strings.Repeat("x", n) }

func BenchmarkWrap10KB(b *testing.B) { benchWrap(b, benchText(10_000)) }
func BenchmarkWrap1MB(b *testing.B)  { benchWrap(b, benchText(1_000_000)) }

func BenchmarkWrapWords1MB(b *testing.B) {
	benchWrap(b, strings.Repeat("word ", 200_000))
}

func BenchmarkText1MBHostile(b *testing.B) {
	s := strings.Repeat("\x1b]0;t\x07\x1b[2J\u202e", 60_000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Text(s)
	}
}

func BenchmarkTruncate1MB(b *testing.B) {
	s := benchText(1_000_000)
	for b.Loop() {
		Truncate(s, 60)
	}
}

func benchWrap(b *testing.B, s string) {
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Wrap(s, 72)
	}
}
