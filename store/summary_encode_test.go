package store

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// appendSummary writes what json.Marshal writes, or leaves it to it, for
// summaries with and without each field, numbers of every size, strings
// that need escapes and times at odd offsets.
func TestAppendSummaryIsMarshal(t *testing.T) {
	ref := &assessment.QuestionnaireRef{ID: "production-leadership", Version: 2, Hash: "499e83e9eaf5139f"}
	scores := func(vs ...float64) map[string]assessment.Score {
		m := map[string]assessment.Score{}
		for i, v := range vs {
			m[string(rune('z'-i))+"-facet"] = assessment.Scored(v)
		}
		m["unscored"] = assessment.Score{}
		return m
	}
	cases := []storedSummary{
		{TakenAt: date(1, 9, 0, 0)},
		{TakenAt: time.Date(2026, 1, 2, 9, 0, 0, 123456789, time.FixedZone("", 5*3600+45*60)),
			Dimensions: scores(58.333333333333336, 66.66666666666666), Balance: assessment.Scored(8.333333333333321),
			Profile: &assessment.ProfileRef{ID: "results-leaning", Name: "Leaning on results"}, HasNote: true,
			MetCommitment: true, Flagged: true, Questionnaire: ref,
			Facets:   scores(0, 100, 1e-7, -1e-7, 1e21, 123456789012345678, 0.000001, math.Copysign(0, -1), 5e-324, math.MaxFloat64),
			Warnings: []string{"too-fast", "straight-lining"}, NoteWritten: true},
		{TakenAt: date(2, 0, 0, 0), Dimensions: map[string]assessment.Score{}, Questionnaire: &assessment.QuestionnaireRef{}},
		{TakenAt: date(3, 0, 0, 0), Profile: &assessment.ProfileRef{ID: "p", Name: "Équilibre · 平衡"}},
	}
	// Each of these makes json.Marshal escape or refuse.
	for _, odd := range []string{`a"b`, `a\b`, "a<b", "a>b", "a&b", "tab\t", "\x7f ok", "bad \xff", "line\u2028", "para\u2029"} {
		cases = append(cases,
			storedSummary{TakenAt: date(4, 0, 0, 0), Profile: &assessment.ProfileRef{ID: "p", Name: odd}},
			storedSummary{TakenAt: date(4, 0, 0, 0), Warnings: []string{"ok", odd}},
			storedSummary{TakenAt: date(4, 0, 0, 0), Facets: map[string]assessment.Score{odd: assessment.Scored(1)}},
			storedSummary{TakenAt: date(4, 0, 0, 0), Questionnaire: &assessment.QuestionnaireRef{ID: odd}})
	}
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		cases = append(cases, storedSummary{TakenAt: date(5, 0, 0, 0), Balance: assessment.Scored(v)})
	}
	cases = append(cases, storedSummary{TakenAt: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)})
	for i, st := range cases {
		checkAppendSummary(t, st)
		// The first four need no escape: they are written by hand.
		if _, ok := appendSummary(nil, st); !ok && i < 4 {
			t.Errorf("appendSummary left summary %d to json.Marshal", i)
		}
	}
}

func checkAppendSummary(t *testing.T, st storedSummary) {
	t.Helper()
	want, err := json.Marshal(st)
	got, ok := appendSummary(nil, st)
	switch {
	case !ok:
		return // left to json.Marshal
	case err != nil:
		t.Errorf("appendSummary wrote %s, which json.Marshal refuses: %v", got, err)
	case !bytes.Equal(got, want):
		t.Errorf("appendSummary:\n got %s\nwant %s", got, want)
	}
}

func FuzzAppendSummary(f *testing.F) {
	f.Add("results-leaning", "Leaning on results", "too-fast", "trust", 58.333333333333336, 1e-7, int64(0), 3600, true)
	f.Add("p", "<&>", "", "é", -0.0, 1e21, int64(123456789), -34200, false)
	f.Fuzz(func(t *testing.T, id, name, code, facet string, a, b float64, nanos int64, offset int, flag bool) {
		at := time.Unix(1_790_000_000, nanos%1e9).In(time.FixedZone("", offset%(24*3600)))
		st := storedSummary{TakenAt: at, Balance: assessment.Scored(b),
			Dimensions: map[string]assessment.Score{"relationships": assessment.Scored(a), "results": {}},
			Profile:    &assessment.ProfileRef{ID: id, Name: name}, Flagged: flag, NoteWritten: !flag,
			Questionnaire: &assessment.QuestionnaireRef{ID: facet, Version: offset, Hash: code},
			Facets:        map[string]assessment.Score{facet: assessment.Scored(a), "b": assessment.Scored(b)},
			Warnings:      []string{code}}
		checkAppendSummary(t, st)
	})
}
