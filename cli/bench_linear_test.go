package cli

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/internal/benchdata"
)

// BenchmarkDoubling runs each command on a history and on one twice as
// long, and reports the second's best time over the first's as
// "x/doubled": a
// ratio near 2 (or below, as part of the work is fixed) is linear, one
// near 4 quadratic. One history doubles the check-ins (5,000 to 10,000),
// the other the latest check-in's note (100,000 to 200,000 characters,
// on 1,000 check-ins). scripts/bench prints these ratios.
func BenchmarkDoubling(b *testing.B) {
	q, err := benchdata.Questionnaire()
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	db := func(n, note int) string {
		path := filepath.Join(dir, fmt.Sprintf("n%d-note%d.db", n, note))
		if err := benchdata.FillWithNote(path, q, n, note); err != nil {
			b.Fatal(err)
		}
		return path
	}
	pairs := []struct {
		name         string
		small, large string
	}{
		{"checkins", db(5000, 0), db(10000, 0)},
		{"note", db(1000, 100_000), db(1000, 200_000)},
	}
	commands := [][]string{
		{"history", "--json"}, {"history"}, {"trend"}, {"trend", "--json"}, {"compare"}, {"show"},
		{"export", "--format", "json"}, {"export", "--format", "csv"}, {"export", "--format", "md"}, {"doctor"},
	}
	for _, p := range pairs {
		for _, args := range commands {
			b.Run(p.name+"/"+strings.Join(args, "_"), func(b *testing.B) {
				// The fastest of several runs of each: a shared machine
				// only ever slows a run down.
				small, large := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
				for b.Loop() {
					for range 3 {
						small = min(small, timed(b, args, p.small))
						large = min(large, timed(b, args, p.large))
					}
				}
				b.ReportMetric(float64(large)/float64(small), "x/doubled")
			})
		}
	}
}

// timed is how long args take on the database at path.
func timed(b *testing.B, args []string, path string) time.Duration {
	start := time.Now()
	if code := Execute(args, benchEnv(path)); code != 0 {
		b.Fatalf("%v on %s: exit %d", args, path, code)
	}
	return time.Since(start)
}
