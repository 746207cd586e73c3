package store

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestCheckValuesAndScoring(t *testing.T) {
	now := date(30, 0, 0, 0)
	tests := []struct {
		name   string
		change func(r *assessment.CheckIn)
		want   string // "" when the record is sound
	}{
		{"sound", func(r *assessment.CheckIn) {}, ""},
		{"forged dimension", func(r *assessment.CheckIn) { r.Scores.Dimensions["results"] = assessment.Scored(99) },
			"scores.dimensions.results is 99, but the answers give 100"},
		{"below zero", func(r *assessment.CheckIn) { r.Scores.Dimensions["results"] = assessment.Scored(-5000) },
			"scores.dimensions.results -5000 is outside 0 to 100"},
		{"huge", func(r *assessment.CheckIn) { r.Scores.Facets["trust"] = assessment.Scored(1e308) },
			"scores.facets.trust 1e+308 is outside 0 to 100"},
		{"not a number", func(r *assessment.CheckIn) { r.Scores.Balance = assessment.Scored(math.NaN()) },
			"scores.balance NaN is not a finite number"},
		{"infinite balance", func(r *assessment.CheckIn) { r.Scores.Balance = assessment.Scored(math.Inf(-1)) },
			"scores.balance -Inf is not a finite number"},
		{"balance out of range", func(r *assessment.CheckIn) { r.Scores.Balance = assessment.Scored(150) },
			"scores.balance 150 is outside -100 to 100"},
		{"wrong facet", func(r *assessment.CheckIn) { r.Scores.Facets["trust"] = assessment.Scored(50) },
			"scores.facets.trust is 50, but the answers give 75"},
		{"unscored facet", func(r *assessment.CheckIn) { r.Scores.Facets["trust"] = assessment.Score{} },
			"scores.facets.trust is null (not scored), but the answers give 75"},
		{"made-up facet", func(r *assessment.CheckIn) { r.Scores.Facets["charm"] = assessment.Scored(10) },
			"scores.facets.charm no facet with this id in the questionnaire"},
		{"made-up profile", func(r *assessment.CheckIn) { r.Profile = &assessment.ProfileRef{ID: "saint", Name: "Saint"} },
			`profile is "saint" ("Saint"), but the answers give "driver" ("Driver")`},
		{"renamed profile", func(r *assessment.CheckIn) { r.Profile.Name = "Hero" },
			`profile is "driver" ("Hero"), but the answers give "driver" ("Driver")`},
		{"forged warning", func(r *assessment.CheckIn) { r.Warnings = append(r.Warnings, assessment.Warning{Code: "low-spread"}) },
			"warnings are [low-spread], but the answers give []"},
		{"forged selective skipping", func(r *assessment.CheckIn) {
			r.Warnings = append(r.Warnings, assessment.Warning{Code: assessment.WarnSelectiveSkipping})
		}, "warnings are [selective-skipping], but the answers give []"},
		{"record older than margins", func(r *assessment.CheckIn) { r.Scores.Margins, r.Scores.FacetMargins = nil, nil }, ""},
		{"forged margin", func(r *assessment.CheckIn) { r.Scores.Margins["balance"] = 5 },
			"scores.margins.balance is 5, but the questionnaire's reference values give 18.594192641790066"},
		{"margin missing", func(r *assessment.CheckIn) { delete(r.Scores.FacetMargins, "trust") },
			"scores.facet_margins.trust is missing"},
		{"made-up side", func(r *assessment.CheckIn) { r.Scores.Dimensions["charm"] = assessment.Scored(10) },
			"scores.dimensions.charm no dimension with this id in the questionnaire"},
		{"reworded warning", func(r *assessment.CheckIn) {
			r.Warnings = []assessment.Warning{{Code: "too-fast", Message: "Your answers are perfect."}}
		}, `warnings[0] "Your answers are perfect." is not what leadcheck writes for too-fast`},
		{"too fast but slow", func(r *assessment.CheckIn) {
			r.Warnings = []assessment.Warning{{Code: "too-fast", Message: strings.Replace(tooFastText, "0.4", "9.0", 1)}}
		}, `warnings[0] "Your typical answer took 9.0 s;`},
		{"too fast twice", func(r *assessment.CheckIn) {
			r.Warnings = []assessment.Warning{{Code: "too-fast", Message: tooFastText}, {Code: "too-fast", Message: tooFastText}}
		}, "warnings[1] too-fast is given twice"},
		{"too fast, as written", func(r *assessment.CheckIn) {
			r.Warnings = []assessment.Warning{{Code: "too-fast", Message: tooFastText}}
		}, ""},
		{"negative zero", func(r *assessment.CheckIn) {
			// Trust answered at its worst scores 0, which a file may write as -0.
			r.Answers["t1"], r.Answers["t2"] = 1, 5
			r.Scores.Dimensions["relationships"] = assessment.Scored(math.Copysign(0, -1))
			r.Scores.Facets["trust"], r.Scores.Balance = assessment.Scored(0), assessment.Scored(100)
		}, "scores.dimensions.relationships is -0, but the answers give 0"},
		{"answered for ages", func(r *assessment.CheckIn) { r.DurationSeconds = 1e308 },
			"duration_seconds 1e+308 is longer than a year; a check-in takes minutes (a resumed one, days)"},
		{"answered over a month", func(r *assessment.CheckIn) { r.DurationSeconds = 40 * 24 * 3600 }, ""},
		{"answer off the scale", func(r *assessment.CheckIn) { r.Answers["t1"] = 9 },
			"answers.t1 9 is off the scale of questionnaire test v3 (1 to 5)"},
		{"unknown statement", func(r *assessment.CheckIn) { r.Answers["x1"] = 3 },
			"answers.x1 no statement with this id in questionnaire test v3"},
		{"future", func(r *assessment.CheckIn) { r.TakenAt = now.Add(24*time.Hour + time.Second) },
			"taken_at 2026-12-01T00:00:01Z is in the future"},
		// Saved where the clock ran ahead, or before this one was set back.
		{"ahead of this clock by a minute", func(r *assessment.CheckIn) { r.TakenAt = now.Add(time.Minute) }, ""},
		{"ahead of this clock by a day", func(r *assessment.CheckIn) { r.TakenAt = now.Add(24 * time.Hour) }, ""},
		{"zero time", func(r *assessment.CheckIn) { r.TakenAt = time.Time{} },
			"taken_at is missing or zero (0001-01-01)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := newTestRecord(date(1, 9, 0, 0), "")
			tt.change(&r)
			ps := append(checkValues(r, now), checkScoring(testQuestionnaire(), r)...)
			var got []string
			for _, p := range ps {
				got = append(got, p.path+" "+p.msg)
			}
			text := strings.Join(got, "\n")
			switch {
			case tt.want == "" && len(ps) > 0:
				t.Errorf("problems = %q, want none", text)
			case tt.want != "" && !strings.Contains(text, tt.want):
				t.Errorf("problems = %q, want %q", text, tt.want)
			}
		})
	}
}

// tooFastText is the too-fast warning as leadcheck writes it, for a
// typical answer of 0.4 seconds.
const tooFastText = "Your typical answer took 0.4 s; reading a statement carefully takes a few seconds. " +
	"Fast answers tend to follow habit rather than the last few weeks."

// emptyCheckIns is an export file of n check-ins written as {}.
func emptyCheckIns(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"format": "leadcheck-export", "schema": 2, "questionnaires": [], "checkins": [`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("{}")
	}
	b.WriteString("]}")
	return []byte(b.String())
}

// A file broken throughout reports the first maxProblems problems and says
// there are more, however long it is.
func TestDecodeExportStopsAfterTwentyProblems(t *testing.T) {
	for _, n := range []int{3, 200_000} {
		_, err := DecodeExport("big.json", emptyCheckIns(n))
		var ve *assessment.ValidationError
		if !errors.As(err, &ve) {
			t.Fatalf("n=%d: DecodeExport = %v, want a ValidationError", n, err)
		}
		if len(ve.Problems) != maxProblems+1 || ve.Problems[maxProblems].Message != moreProblems {
			t.Errorf("n=%d: %d problems, last %q; want %d and %q", n, len(ve.Problems), ve.Problems[len(ve.Problems)-1].Message, maxProblems+1, moreProblems)
		}
		if want := "big.json:1:80: checkins[0]: id: is missing"; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("n=%d: first problem %q, want %q", n, strings.SplitN(err.Error(), "\n", 2)[0], want)
		}
	}
}

// BenchmarkDecodeExportEmptyCheckIns is the 8 MB file of two million empty
// check-ins: its cost stays that of reading the bytes.
func BenchmarkDecodeExportEmptyCheckIns(b *testing.B) {
	data := emptyCheckIns(2_000_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		_, _ = DecodeExport("big.json", data)
	}
}

// A record from before the selective-skipping check may lack it; one
// that carries it must have answers that raise it.
func TestExpectedWarnings(t *testing.T) {
	skipW := assessment.Warning{Code: assessment.WarnSelectiveSkipping}
	low := assessment.Warning{Code: assessment.WarnLowSpread}
	tests := []struct {
		name              string
		stored, recompute []assessment.Warning
		want              []string
	}{
		{"older record, answers skip", []assessment.Warning{low}, []assessment.Warning{low, skipW}, []string{"low-spread"}},
		{"newer record", []assessment.Warning{low, skipW}, []assessment.Warning{low, skipW}, []string{"low-spread", "selective-skipping"}},
		{"nothing to find", nil, nil, []string{}},
	}
	for _, tt := range tests {
		if got := warningCodes(expectedWarnings(tt.stored, tt.recompute)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
