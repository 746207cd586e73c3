package assessment

import (
	"math"
	"testing"
)

// AppendJSON writes what MarshalJSON gives, and refuses what it refuses.
func TestScoreAppendJSONIsMarshalJSON(t *testing.T) {
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -12.5, 58.333333333333336, 1e-7, -1e-7, 1e-6, 0.000001234,
		1e20, 1e21, 123456789012345678901234.0, 5e-324, math.MaxFloat64, math.NaN(), math.Inf(1), math.Inf(-1)} {
		checkAppendJSON(t, Scored(v))
	}
	checkAppendJSON(t, Score{})
}

func FuzzScoreAppendJSON(f *testing.F) {
	for _, v := range []float64{0, 8.333333333333321, -1e-9, 2e21} {
		f.Add(v, true)
	}
	f.Fuzz(func(t *testing.T, v float64, valid bool) { checkAppendJSON(t, Score{Value: v, Valid: valid}) })
}

func checkAppendJSON(t *testing.T, s Score) {
	t.Helper()
	want, err := s.MarshalJSON()
	got, ok := s.AppendJSON([]byte("x"))
	switch {
	case err != nil && ok:
		t.Errorf("%v: wrote %s, which MarshalJSON refuses (%v)", s, got, err)
	case err == nil && (!ok || string(got) != "x"+string(want)):
		t.Errorf("%v: %q (%v), want x%s", s, got, ok, want)
	case !ok && string(got) != "x":
		t.Errorf("%v: refused, but changed b to %q", s, got)
	}
}
