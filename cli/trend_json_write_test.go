package cli

import (
	"bytes"
	"math"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// 'trend --json' from rows prints what it printed from whole check-ins
// (trendJSON and writeJSON), byte for byte and error for error: for
// series the hand writer takes and for those it leaves to encoding/json,
// flagged check-ins, questionnaires that change and change back, scores
// that are missing or null, with and without a window and the flagged.
func TestTrendRowsPrintWhatCheckInsPrint(t *testing.T) {
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.QuestionnaireRef{ID: "a", Version: 1, Hash: "h1"}
	b := assessment.QuestionnaireRef{ID: "b", Version: 2, Hash: "h2"}
	cet := time.FixedZone("", 3600)
	start := time.Date(2026, 1, 1, 9, 30, 0, 0, cet)
	checkIn := func(day int, ref assessment.QuestionnaireRef, dims map[string]assessment.Score, balance assessment.Score) assessment.CheckIn {
		at := start.Add(time.Duration(day) * 24 * time.Hour)
		return assessment.CheckIn{ID: at.UTC().Format("20060102-150405-1"), TakenAt: at, Questionnaire: ref,
			Scores: assessment.Scores{Dimensions: dims, Balance: balance}}
	}
	scores := func(rel, res float64) map[string]assessment.Score {
		return map[string]assessment.Score{"relationships": assessment.Scored(rel), "results": assessment.Scored(res)}
	}
	var plain []assessment.CheckIn
	for day := range 120 {
		ref := a
		if day >= 40 && day < 70 {
			ref = b
		}
		c := checkIn(day, ref, scores(60-float64(day)/7, 50+float64(day%9)*1.25), assessment.Scored(float64(day%5)-2.5))
		if day%11 == 3 {
			c.Warnings = []assessment.Warning{{Code: "straight-line", Message: "m"}}
		}
		plain = append(plain, c)
	}
	plain[5].Scores.Dimensions = nil
	plain[6].Scores.Dimensions = map[string]assessment.Score{}
	plain[7].Scores.Dimensions = map[string]assessment.Score{"results": {}, "relationships": assessment.Scored(1e-7), "extra": assessment.Scored(1e21)}
	plain[8].TakenAt = plain[8].TakenAt.In(time.FixedZone("", -(23*3600 + 59*60)))
	plain[9].TakenAt = plain[9].TakenAt.Add(123456789).UTC()
	plain[10].Scores.Balance = assessment.Score{}
	plain[11].Scores.Dimensions["relationships"] = assessment.Scored(-0.000001)
	trap := checkIn(121, a, scores(30, 80), assessment.Scored(-50))
	trap.Scores.Margins = map[string]float64{assessment.MarginKeyBalance: 7.5}
	plain = append(plain, trap)

	odd := func(change func(c *assessment.CheckIn)) []assessment.CheckIn {
		recs := append([]assessment.CheckIn(nil), plain...)
		c := recs[20]
		c.Scores.Dimensions = scores(1, 2)
		change(&c)
		recs[20] = c
		return recs
	}
	for _, tc := range []struct {
		name string
		recs []assessment.CheckIn
	}{
		{"none", nil},
		{"one", plain[len(plain)-1:]},
		{"plain", plain},
		{"html in a name", odd(func(c *assessment.CheckIn) { c.Scores.Dimensions["<b>&"] = assessment.Scored(1) })},
		{"escape in an id", odd(func(c *assessment.CheckIn) { c.ID = "a\"b\n" })},
		{"not ascii", odd(func(c *assessment.CheckIn) { c.ID = "é" })},
		{"year 10000", odd(func(c *assessment.CheckIn) { c.TakenAt = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) })},
		{"offset of a day", odd(func(c *assessment.CheckIn) { c.TakenAt = c.TakenAt.In(time.FixedZone("", 24*3600)) })},
		{"not a number", odd(func(c *assessment.CheckIn) { c.Scores.Balance = assessment.Scored(math.NaN()) })},
		{"infinite score", odd(func(c *assessment.CheckIn) { c.Scores.Dimensions["results"] = assessment.Scored(math.Inf(-1)) })},
	} {
		for _, w := range []window{{}, {start.Add(60 * 24 * time.Hour)}, {start.Add(1000 * 24 * time.Hour)}} {
			for _, withFlagged := range []bool{false, true} {
				var want, got bytes.Buffer
				wantErr := writeJSON(&want, trendJSON(q, w.filter(tc.recs), w, withFlagged))
				rows := trendRowsOf(tc.recs)
				rows.since(w)
				gotErr := writeTrendJSON(&got, trendJSONOf(q, rows, w, withFlagged), rows)
				if !bytes.Equal(got.Bytes(), want.Bytes()) || errText(gotErr) != errText(wantErr) {
					t.Errorf("%s, from %v, with the flagged %v: wrote %d bytes (%v), want %d (%v); first difference at byte %d",
						tc.name, w.from, withFlagged, got.Len(), gotErr, want.Len(), wantErr, firstDifference(got.String(), want.String()))
				}
			}
		}
	}
}

// trendRowsOf are recs as readTrendRows reads them, the last two whole.
func trendRowsOf(recs []assessment.CheckIn) *trendRows {
	t := &trendRows{}
	for i, c := range recs {
		whole := int32(-1)
		if i >= len(recs)-2 {
			whole = int32(len(t.whole))
			t.whole = append(t.whole, c)
		}
		t.rows = append(t.rows, t.rowOf(c, whole))
	}
	return t
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
