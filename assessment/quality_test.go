package assessment

import (
	"math"
	"testing"
	"time"
)

func TestLongestRun(t *testing.T) {
	tests := []struct {
		xs        []int
		run, like int
	}{
		{nil, 0, 0},
		{[]int{3}, 1, 3},
		{[]int{1, 2, 2, 2, 5, 5}, 3, 2},
		{[]int{4, 4, 1, 4, 4, 4, 4}, 4, 4},
	}
	for _, tt := range tests {
		if run, x := longestRun(tt.xs); run != tt.run || x != tt.like {
			t.Errorf("longestRun(%v) = %d, %d; want %d, %d", tt.xs, run, x, tt.run, tt.like)
		}
	}
}

func TestStddev(t *testing.T) {
	// 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum to 32, /8 = 4.
	if got := stddev([]int{2, 4, 4, 4, 5, 5, 7, 9}); got != 2 {
		t.Errorf("stddev = %v, want 2", got)
	}
}

// twelve builds a questionnaire of n items in one facet per dimension,
// alternating dimensions, with every third item reversed.
func twelve(n int) *Questionnaire {
	q := &Questionnaire{
		Scale:      Scale{Min: 1, Max: 5, Labels: []string{"1", "2", "3", "4", "5"}},
		Dimensions: []Dimension{{ID: "rel"}, {ID: "res"}},
		Facets:     []Facet{{ID: "a", Dimension: "rel"}, {ID: "b", Dimension: "res"}},
	}
	for i := range n {
		q.Items = append(q.Items, Item{ID: string(rune('a' + i)), Facet: []string{"a", "b"}[i%2], Reverse: i%3 == 2})
	}
	return q
}

func codes(ws []Warning) []string {
	out := []string{}
	for _, w := range ws {
		out = append(out, w.Code)
	}
	return out
}

func TestCheck(t *testing.T) {
	q := twelve(12)
	fill := func(f func(i int) int) Answers {
		a := Answers{}
		for i, it := range q.Items {
			a[it.ID] = f(i)
		}
		return a
	}
	seconds := func(s float64) Timings {
		ts := Timings{}
		for _, it := range q.Items {
			ts[it.ID] = time.Duration(s * float64(time.Second))
		}
		return ts
	}
	tests := []struct {
		name string
		a    Answers
		t    Timings
		want []string
	}{
		// Forward items answered 4 or 5, reversed items 1 or 2: a
		// consistent, varied person. No warning.
		{"consistent", fill(func(i int) int {
			if i%3 == 2 {
				return 1 + i%2
			}
			return 4 + i%2
		}), seconds(4), []string{}},
		// Twelve 3s in a row: a run of 12 >= 10 and zero spread; only the
		// straight-lining warning is shown, not both.
		{"all neutral", fill(func(int) int { return 3 }), nil, []string{WarnStraightLining}},
		// 4 and 5 alternating: never 10 in a row, spread 0.5 is not below
		// 0.5; but forward mean 4.5 and reversed mean 4.5 are both >= 4.
		{"agrees with everything", fill(func(i int) int { return 4 + i%2 }), nil, []string{WarnAcquiescence}},
		// 1 and 2 alternating: both means 1.5 <= 2.
		{"disagrees with everything", fill(func(i int) int { return 1 + i%2 }), nil, []string{WarnNaySaying}},
		// 3 and 4 alternating: spread exactly 0.5 is not low; means 3.5 are
		// not >= 4. Median 1.9 s is below 2 s.
		{"too fast", fill(func(i int) int { return 3 + i%2 }), seconds(1.9), []string{WarnTooFast}},
		{"two seconds is fine", fill(func(i int) int { return 3 + i%2 }), seconds(2), []string{}},
		// The consistent person again, with the first and third
		// statements (both of facet a) left out: two skipped in a facet.
		{"skips in one facet", skip(fill(func(i int) int {
			if i%3 == 2 {
				return 1 + i%2
			}
			return 4 + i%2
		}), "a", "c"), seconds(4), []string{WarnSelectiveSkipping}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(Check(q, tt.a, tt.t))
			if len(got) != len(tt.want) {
				t.Fatalf("warnings %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("warnings %v, want %v", got, tt.want)
				}
			}
		})
	}
}

func TestLowSpread(t *testing.T) {
	q := twelve(12)
	// Eleven 3s and one 4, the 4 in the middle so no run reaches 10:
	// mean 3.0833, spread sqrt(11/144) = 0.276 < 0.5.
	a := Answers{}
	for i, it := range q.Items {
		a[it.ID] = 3
		if i == 6 {
			a[it.ID] = 4
		}
	}
	ws := Check(q, a, nil)
	if got := codes(ws); len(got) != 1 || got[0] != WarnLowSpread {
		t.Fatalf("warnings %v, want low-spread", got)
	}
	if want := math.Sqrt(11.0 / 144); math.Abs(stddev([]int{3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3})-want) > 1e-12 {
		t.Errorf("stddev mismatch")
	}
}

// skip removes the answers to ids.
func skip(a Answers, ids ...string) Answers {
	for _, id := range ids {
		delete(a, id)
	}
	return a
}

func TestIsTooFast(t *testing.T) {
	const rest = " s; reading a statement carefully takes a few seconds. Fast answers tend to follow habit rather than the last few weeks."
	tests := []struct {
		name string
		w    Warning
		want bool
	}{
		{"as written, 0.4 s", Warning{WarnTooFast, "Your typical answer took 0.4" + rest}, true},
		{"1.96 s rounds up to 2.0", Warning{WarnTooFast, "Your typical answer took 2.0" + rest}, true},
		{"2.1 s is not fast", Warning{WarnTooFast, "Your typical answer took 2.1" + rest}, false},
		{"negative", Warning{WarnTooFast, "Your typical answer took -0.5" + rest}, false},
		{"not a number", Warning{WarnTooFast, "Your typical answer took NaN" + rest}, false},
		{"two decimals", Warning{WarnTooFast, "Your typical answer took 0.40" + rest}, false},
		{"text added", Warning{WarnTooFast, "Your typical answer took 0.4" + rest + " Call me."}, false},
		{"another code", Warning{WarnLowSpread, "Your typical answer took 0.4" + rest}, false},
	}
	for _, tt := range tests {
		if got := IsTooFast(tt.w); got != tt.want {
			t.Errorf("%s: IsTooFast = %v, want %v", tt.name, got, tt.want)
		}
	}
}
