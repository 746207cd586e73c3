package assessment

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// MinCalibrationPeople is the fewest people a calibration accepts. Below
// about thirty, Feldt's interval for alpha spans much of 0..1 and an SD
// can be off by a quarter either way: values that would only pretend to
// be better than the assumed ones.
const MinCalibrationPeople = 30

// SourceAssumed is the reference source of values nobody measured.
const SourceAssumed = "assumed"

// Assumed reports whether the reference values are assumed rather than
// calibrated; a missing source reads as assumed.
func (r Reference) Assumed() bool {
	return r.Source == "" || r.Source == SourceAssumed
}

// SourceText is the source as a person reads it: "assumed" when missing.
func (r Reference) SourceText() string {
	if r.Assumed() {
		return SourceAssumed
	}
	return r.Source
}

// CalibratedSource describes a calibration sample for a reference's
// source: "calibrated on 42 people, 2026-11-30". The date is passed in,
// since this package reads no clock.
func CalibratedSource(n int, on time.Time) string {
	return fmt.Sprintf("calibrated on %d people, %s", n, on.Format(time.DateOnly))
}

// DimensionCalibration is what a calibration found for one dimension.
type DimensionCalibration struct {
	// SD is the sample standard deviation of the people's POMP scores.
	SD float64 `json:"sd"`
	// Alpha is Cronbach's alpha of the dimension's statements, with
	// Feldt's 95% interval AlphaLow..AlphaHigh.
	Alpha     float64 `json:"alpha"`
	AlphaLow  float64 `json:"alpha_low"`
	AlphaHigh float64 `json:"alpha_high"`
	// Items is how many statements the dimension has.
	Items int `json:"items"`
	// Complete is how many people answered every statement of the
	// dimension on the scale; SD and alpha rest on them alone.
	Complete int `json:"-"`
}

// Calibration is the reference values measured on a group of people.
type Calibration struct {
	// N is how many people took part.
	N          int                             `json:"n"`
	Dimensions map[string]DimensionCalibration `json:"dimensions"`
}

// Calibrate measures q's reference values on many people: one set of
// answers each (their latest check-in, all taken with q; the caller checks
// that). Per dimension it uses the people who answered every statement on
// the scale ("complete answers": a skipped statement or "did not come up"
// would leave a hole alpha cannot take), applies reverse keying, and
// computes the SD of their POMP scores and Cronbach's alpha with Feldt's
// interval. It refuses fewer than MinCalibrationPeople, overall or with
// complete answers on a dimension.
func Calibrate(q *Questionnaire, people []Answers) (Calibration, error) {
	if len(people) < MinCalibrationPeople {
		return Calibration{}, fmt.Errorf("calibration needs at least %d people and got %d; collect more exports (one per person) and run it again", MinCalibrationPeople, len(people))
	}
	c := Calibration{N: len(people), Dimensions: make(map[string]DimensionCalibration, len(q.Dimensions))}
	for _, d := range q.Dimensions {
		items := q.ItemsIn(d.ID)
		rows, pomps := q.completeRows(items, people)
		if len(rows) < MinCalibrationPeople {
			return Calibration{}, fmt.Errorf("%s: only %d of %d people answered every statement on the scale, and calibration needs %d; ask for complete check-ins or add more people",
				d.Name, len(rows), len(people), MinCalibrationPeople)
		}
		alpha, err := CronbachAlpha(rows)
		if err != nil {
			return Calibration{}, fmt.Errorf("%s: %w", d.Name, err)
		}
		low, high := FeldtInterval(alpha, len(rows), len(items))
		c.Dimensions[d.ID] = DimensionCalibration{
			SD: sampleSD(pomps), Alpha: alpha, AlphaLow: low, AlphaHigh: high,
			Items: len(items), Complete: len(rows),
		}
	}
	return c, nil
}

// completeRows are the keyed answers to items of each person who answered
// all of them on the scale, with each such person's POMP score.
func (q *Questionnaire) completeRows(items []Item, people []Answers) ([][]float64, []float64) {
	var rows [][]float64
	var pomps []float64
	for _, a := range people {
		row := make([]float64, 0, len(items))
		for _, it := range items {
			if x, ok := a.OnScale(it.ID); ok {
				row = append(row, float64(q.Keyed(it, x)))
			}
		}
		if len(row) < len(items) {
			continue
		}
		rows = append(rows, row)
		p, _ := q.pomp(items, a)
		pomps = append(pomps, p.Value)
	}
	return rows, pomps
}

// CronbachAlpha is Cronbach's (1951) coefficient alpha of a people x items
// table of keyed answers:
//
//	alpha = k/(k-1) * (1 - sum of item variances / variance of the totals).
//
// Worked: five people answering three statements 1 2 2, 2 3 3, 3 3 4,
// 4 5 4, 5 4 5 have item variances 2.5, 1.3, 1.3 and total variance 13.5,
// so alpha = 1.5 * (1 - 5.1/13.5) = 0.933.
func CronbachAlpha(rows [][]float64) (float64, error) {
	if len(rows) < 2 {
		return 0, errors.New("alpha needs answers from at least two people")
	}
	k := len(rows[0])
	if k < 2 {
		return 0, errors.New("alpha needs at least two statements")
	}
	totals := make([]float64, len(rows))
	var itemVars float64
	for j := 0; j < k; j++ {
		col := make([]float64, len(rows))
		for i, r := range rows {
			col[i] = r[j]
			totals[i] += r[j]
		}
		itemVars += variance(col)
	}
	tv := variance(totals)
	if tv == 0 {
		return 0, errors.New("every person has the same total, so alpha is undefined; the sample needs people who answered differently")
	}
	return float64(k) / float64(k-1) * (1 - itemVars/tv), nil
}

// FeldtInterval is the 95% interval for alpha of Feldt (1965): with n
// people and k items, (1 - alpha) / (1 - alpha-hat) follows F with n-1 and
// (n-1)(k-1) degrees of freedom, so
//
//	low  = 1 - (1 - alpha) * F(0.975; n-1, (n-1)(k-1))
//	high = 1 - (1 - alpha) * F(0.025; n-1, (n-1)(k-1)).
//
// Worked: alpha 0.9333 from 5 people and 3 items, F(0.975; 4, 8) = 5.0526
// and F(0.025; 4, 8) = 0.11136, gives 0.663 to 0.993.
func FeldtInterval(alpha float64, n, k int) (low, high float64) {
	d1, d2 := float64(n-1), float64((n-1)*(k-1))
	return 1 - (1-alpha)*FQuantile(0.975, d1, d2), 1 - (1-alpha)*FQuantile(0.025, d1, d2)
}

// variance is the sample variance, with n - 1 in the denominator.
func variance(xs []float64) float64 {
	var m float64
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	var ss float64
	for _, x := range xs {
		ss += (x - m) * (x - m)
	}
	return ss / float64(len(xs)-1)
}

func sampleSD(xs []float64) float64 { return math.Sqrt(variance(xs)) }

// References turns a calibration into reference values for q's
// dimensions, with source as their source (CalibratedSource). Alpha is
// the reliability; an alpha of zero or below cannot be one, and the
// dimension's statements need rethinking before any calibration helps.
func (c Calibration) References(q *Questionnaire, source string) (map[string]Reference, error) {
	out := make(map[string]Reference, len(c.Dimensions))
	for _, d := range q.Dimensions {
		dc, ok := c.Dimensions[d.ID]
		if !ok {
			return nil, fmt.Errorf("the calibration has no values for dimension %s; calibrate again with this questionnaire", d.ID)
		}
		if dc.Alpha <= 0 || dc.Alpha >= 1 || dc.SD <= 0 {
			return nil, fmt.Errorf("%s: alpha %.2f and SD %.1f cannot serve as reference values (alpha must lie between 0 and 1, SD above 0); look at its statements before calibrating again", d.Name, dc.Alpha, dc.SD)
		}
		out[d.ID] = Reference{SD: dc.SD, Reliability: dc.Alpha, Source: source}
	}
	return out, nil
}
