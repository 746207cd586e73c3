package cli

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// writeTrendJSON writes what writeJSON writes, byte for byte and error
// for error, for series the hand writer takes and for those it leaves to
// encoding/json.
func TestWriteTrendJSONIsWriteJSON(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 30, 0, 0, time.FixedZone("", 3600))
	since := "2026-01-01"
	point := func(id string, at time.Time, dims map[string]assessment.Score, balance assessment.Score) trendPoint {
		return trendPoint{ID: id, TakenAt: at, Dimensions: dims, Balance: balance}
	}
	plain := []trendPoint{
		point("20260301-083000-1", at, map[string]assessment.Score{"results": assessment.Scored(62.5), "relationships": assessment.Scored(48)}, assessment.Scored(-14.5)),
		point("20260302-083000-2", at.Add(36*time.Hour+123456789), map[string]assessment.Score{"b": {}, "a": assessment.Scored(1e-7)}, assessment.Score{}),
		point("20260303-083000-3", at.UTC(), nil, assessment.Scored(1e21)),
		point("20260304-083000-4", at.In(time.FixedZone("", -(23*3600+59*60))), map[string]assessment.Score{}, assessment.Scored(-0.000001)),
		point("20260305-083000-5", at, map[string]assessment.Score{"x": assessment.Scored(123456789.125)}, assessment.Scored(0)),
	}
	var many []trendPoint // more than one piece of the writer's buffer
	for i := range 2000 {
		many = append(many, plain[i%len(plain)])
	}
	for _, tc := range []struct {
		name   string
		series []trendPoint
	}{
		{"none", []trendPoint{}},
		{"plain", plain},
		{"many", many},
		{"html in a name", append(plain[:1:1], point("id", at, map[string]assessment.Score{"<b>&": assessment.Scored(1)}, assessment.Score{}))},
		{"escape in an id", append(plain[:1:1], point("a\"b\n", at, nil, assessment.Score{}))},
		{"not ascii", append(plain[:1:1], point("é", at, nil, assessment.Score{}))},
		{"year 10000", append(plain[:1:1], point("id", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), nil, assessment.Score{}))},
		{"offset of a day", append(plain[:1:1], point("id", at.In(time.FixedZone("", 24*3600)), nil, assessment.Score{}))},
		{"not a number", append(plain[:1:1], point("id", at, nil, assessment.Scored(math.NaN())))},
		{"infinite score", append(plain[:1:1], point("id", at, map[string]assessment.Score{"a": assessment.Scored(math.Inf(-1))}, assessment.Score{}))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, s := range []*string{nil, &since} {
				out := trendOut{Since: s, Series: tc.series, Slopes: map[string]trendSlope{"a": {N: 2}}, Scores: map[string]trendLatest{},
					LeftOut: []string{"x"}, QuestionnaireChanges: []trendChange{}, Trap: trendTrap{Reasons: []assessment.TrapReason{}}}
				var want, got bytes.Buffer
				wantErr := writeJSON(&want, out)
				gotErr := writeTrendJSON(&got, out)
				if !bytes.Equal(got.Bytes(), want.Bytes()) || errText(gotErr) != errText(wantErr) {
					t.Errorf("wrote\n%s\n(%v)\nwant\n%s\n(%v)", got.Bytes(), gotErr, want.Bytes(), wantErr)
				}
			}
		})
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
