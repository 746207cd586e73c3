package cli

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/practice"
)

// The JSON shapes of 'leadcheck trend --json'. Scores are unrounded;
// unscored values are null.
type (
	trendOut struct {
		Since    *string                `json:"since"`
		Series   []trendPoint           `json:"series"`
		Slopes   map[string]trendSlope  `json:"slopes"`
		Sentence string                 `json:"sentence"`
		Scores   map[string]trendLatest `json:"latest"`
		// Others are the team's scores at each feedback round that
		// reached its minimum; absent when there is none.
		Others []othersPoint `json:"others,omitempty"`
	}
	othersPoint struct {
		Round string    `json:"round"`
		At    time.Time `json:"at"`
		// Self are the leader's scores at the round's check-in, when it
		// has one; Dimensions the team's.
		Self       map[string]assessment.Score       `json:"self,omitempty"`
		Dimensions map[string]assessment.OthersScore `json:"dimensions"`
		Balance    assessment.Score                  `json:"balance"`
	}
	trendPoint struct {
		ID         string                      `json:"id"`
		TakenAt    time.Time                   `json:"taken_at"`
		Dimensions map[string]assessment.Score `json:"dimensions"`
		Balance    assessment.Score            `json:"balance"`
	}
	// trendSlope is points per 30 days; null with fewer than two check-ins
	// on different moments.
	trendSlope struct {
		PointsPer30Days *float64 `json:"points_per_30_days"`
		N               int      `json:"n"`
		Direction       string   `json:"direction"`
	}
	trendLatest struct {
		Value   assessment.Score `json:"value"`
		TakenAt *time.Time       `json:"taken_at"`
	}
)

func trendJSON(q *assessment.Questionnaire, recs []assessment.CheckIn, w window) trendOut {
	out := trendOut{Series: []trendPoint{}, Slopes: map[string]trendSlope{}, Scores: map[string]trendLatest{}}
	if !w.from.IsZero() {
		s := w.from.Format("2006-01-02")
		out.Since = &s
	}
	for _, r := range recs {
		out.Series = append(out.Series, trendPoint{r.ID, r.TakenAt, r.Scores.Dimensions, r.Scores.Balance})
	}
	trends := map[string]assessment.Trend{}
	for _, d := range q.Dimensions {
		tr := assessment.FitTrend(series(recs, d.ID))
		trends[d.ID] = tr
		slope := trendSlope{N: tr.N, Direction: tr.Direction()}
		if tr.Valid {
			slope.PointsPer30Days = &tr.Slope
		}
		out.Slopes[d.ID] = slope
		latest := trendLatest{}
		for i := len(recs) - 1; i >= 0; i-- {
			if sc := recs[i].Scores.Dimensions[d.ID]; sc.Valid {
				latest = trendLatest{sc, &recs[i].TakenAt}
				break
			}
		}
		out.Scores[d.ID] = latest
	}
	rel, res := q.RelationshipsDimension().ID, q.ResultsDimension().ID
	out.Sentence = assessment.TrendSentence(rel, trends[rel], res, trends[res])
	return out
}

// withOthers adds the team's scores of the rounds within the window.
func (out trendOut) withOthers(others []practice.OthersAt, w window) trendOut {
	for _, o := range others {
		if !w.from.IsZero() && o.At.Before(w.from) {
			continue
		}
		out.Others = append(out.Others, othersPoint{o.Round, o.At, o.Self, o.Others, o.Balance})
	}
	return out
}

// series is one dimension's scored points, oldest first.
func series(recs []assessment.CheckIn, dim string) []assessment.Point {
	var ps []assessment.Point
	for _, r := range recs {
		if s := r.Scores.Dimensions[dim]; s.Valid {
			ps = append(ps, assessment.Point{At: r.TakenAt, Value: s.Value})
		}
	}
	return ps
}
