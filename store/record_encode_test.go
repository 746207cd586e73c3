package store

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// appendRecord writes what Envelope.MarshalJSON writes, or leaves it to
// it, for records with and without each field, numbers of every size and
// strings that need escapes.
func TestAppendRecordIsMarshal(t *testing.T) {
	for i, c := range appendRecordCases() {
		checkAppendRecord(t, c)
		if _, ok := appendRecord(nil, EnvelopeOf(c)); !ok && i < 3 {
			t.Errorf("appendRecord left record %d to json.Marshal", i)
		}
	}
}

// appendRecordCases are records with and without each field, numbers of
// every size and strings that need escapes; the first three need none.
func appendRecordCases() []assessment.CheckIn {
	full := newTestRecord(time.Date(2026, 1, 2, 9, 0, 0, 123456789, time.FixedZone("", 5*3600+45*60)), "a note")
	full.ID = "20260102-031500-7"
	full.Reflection = "Reflected."
	full.Commitments = []assessment.Commitment{{Facet: "trust", Item: "t2", Practice: "Hold it.", Objective: "By then."}, {Facet: "growth", Practice: "p", Objective: "o"}}
	full.Reviews = []assessment.Review{{CheckIn: "20251201-090000-1", Commitment: full.Commitments[1], Progress: assessment.Done, Note: "Done."},
		{CheckIn: "x", Progress: assessment.NotStarted}}
	full.DurationSeconds = 312.5
	full.Scores.Margins = map[string]float64{"balance": 18.594192641790066, "results": 1e-7, "z": 1e21}
	full.Scores.FacetMargins = map[string]float64{"trust": 26.296159415397522, "a": math.Copysign(0, -1)}
	full.Scores.Facets = map[string]assessment.Score{"trust": assessment.Scored(5e-324), "none": {}, "big": assessment.Scored(math.MaxFloat64)}
	full.Profile = &assessment.ProfileRef{ID: "p", Name: "Équilibre · 平衡"}
	bare := assessment.CheckIn{ID: "b"}
	cases := []assessment.CheckIn{full, bare, {ID: "c", Warnings: []assessment.Warning{}, Answers: assessment.Answers{}}}
	odd := []string{`a"b`, `a\b`, "a<b", "a>b", "a&b", "tab\t", "line\n", "bad \xff", "line\u2028", "para\u2029"}
	for _, s := range odd {
		for _, set := range []func(*assessment.CheckIn){
			func(c *assessment.CheckIn) { c.Note = s },
			func(c *assessment.CheckIn) { c.Reflection = s },
			func(c *assessment.CheckIn) { c.Warnings = []assessment.Warning{{Code: "ok", Message: s}} },
			func(c *assessment.CheckIn) { c.Answers = assessment.Answers{s: 1} },
			func(c *assessment.CheckIn) { c.Scores.Margins = map[string]float64{s: 1} },
			func(c *assessment.CheckIn) { c.Commitments = []assessment.Commitment{{Objective: s}} },
			func(c *assessment.CheckIn) { c.Reviews = []assessment.Review{{Note: s, Progress: assessment.Done}} },
			func(c *assessment.CheckIn) { c.Questionnaire.Hash = s },
			func(c *assessment.CheckIn) { c.ID = s },
		} {
			c := full
			set(&c)
			cases = append(cases, c)
		}
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		c := full
		c.Scores.Margins = map[string]float64{"x": v}
		cases = append(cases, c)
		c = full
		c.DurationSeconds = v
		cases = append(cases, c)
	}
	return cases
}

func checkAppendRecord(t *testing.T, c assessment.CheckIn) {
	t.Helper()
	want, err := EnvelopeOf(c).MarshalJSON()
	got, ok := appendRecord(nil, EnvelopeOf(c))
	switch {
	case !ok:
		return // left to json.Marshal
	case err != nil:
		t.Errorf("appendRecord wrote %s, which json.Marshal refuses: %v", got, err)
	case !bytes.Equal(got, want):
		t.Errorf("appendRecord:\n got %s\nwant %s", got, want)
	}
}

func FuzzAppendRecord(f *testing.F) {
	f.Add("20260102-031500-7", "a note", "too-fast", "trust", 58.333333333333336, 1e-7, int64(0), 3600, 3)
	f.Add("x", "<&>", "", "é", -0.0, 1e21, int64(123456789), -34200, -1)
	f.Fuzz(func(t *testing.T, id, note, code, facet string, a, b float64, nanos int64, offset, answer int) {
		at := time.Unix(1_790_000_000, nanos%1e9).In(time.FixedZone("", offset%(24*3600)))
		c := assessment.CheckIn{ID: id, TakenAt: at, Note: note, Reflection: code,
			Questionnaire: assessment.QuestionnaireRef{ID: facet, Version: offset, Hash: code},
			Answers:       assessment.Answers{facet: answer, "b": -answer},
			Scores: assessment.Scores{Dimensions: map[string]assessment.Score{"relationships": assessment.Scored(a), "results": {}},
				Balance: assessment.Scored(b), Facets: map[string]assessment.Score{facet: assessment.Scored(a)},
				Margins: map[string]float64{facet: b}},
			Profile:         &assessment.ProfileRef{ID: id, Name: note},
			Warnings:        []assessment.Warning{{Code: code, Message: note}},
			Commitments:     []assessment.Commitment{{Facet: facet, Item: code, Practice: note, Objective: id}},
			Reviews:         []assessment.Review{{CheckIn: id, Progress: assessment.Progress(code), Note: note}},
			DurationSeconds: a}
		checkAppendRecord(t, c)
	})
}
