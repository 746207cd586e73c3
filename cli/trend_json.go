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
		// LeftOut are the ids of flagged check-ins the slopes leave out
		// (none with --include-flagged); they stay in the series.
		LeftOut []string `json:"left_out"`
		// QuestionnaireChanges are the check-ins from which another
		// questionnaire was used.
		QuestionnaireChanges []trendChange `json:"questionnaire_changes"`
		Trap                 trendTrap     `json:"trap"`
		// Others are the team's scores at each feedback round that
		// reached its minimum; absent when there is none.
		Others []othersPoint `json:"others,omitempty"`
	}
	trendChange struct {
		ID            string                      `json:"id"`
		TakenAt       time.Time                   `json:"taken_at"`
		Questionnaire assessment.QuestionnaireRef `json:"questionnaire"`
	}
	// trendTrap is the trap rule at the latest check-in: raised, and the
	// reasons that raised it.
	trendTrap struct {
		Raised  bool                    `json:"raised"`
		Reasons []assessment.TrapReason `json:"reasons"`
		Words   string                  `json:"words"`
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
	// on different moments. SE and the 95% interval Low..High are per 30
	// days too, null below three check-ins; Days is the span.
	trendSlope struct {
		PointsPer30Days *float64           `json:"points_per_30_days"`
		N               int                `json:"n"`
		SE              *float64           `json:"se"`
		Low             *float64           `json:"low"`
		High            *float64           `json:"high"`
		Days            float64            `json:"days"`
		Direction       assessment.Heading `json:"direction"`
	}
	trendLatest struct {
		Value   assessment.Score `json:"value"`
		TakenAt *time.Time       `json:"taken_at"`
	}
)

func trendJSON(q *assessment.Questionnaire, recs []assessment.CheckIn, w window, withFlagged bool) trendOut {
	out := trendOut{Series: make([]trendPoint, 0, len(recs)), Slopes: map[string]trendSlope{}, Scores: map[string]trendLatest{},
		LeftOut: []string{}, QuestionnaireChanges: []trendChange{}, Trap: trendTrap{Reasons: []assessment.TrapReason{}}}
	if !w.from.IsZero() {
		s := w.from.Format("2006-01-02")
		out.Since = &s
	}
	for _, r := range recs {
		out.Series = append(out.Series, trendPoint{r.ID, r.TakenAt, r.Scores.Dimensions, r.Scores.Balance})
	}
	trends := map[string]assessment.Trend{}
	for _, d := range q.Dimensions {
		points, leftOut := assessment.TrendSeries(recs, d.ID, withFlagged)
		out.LeftOut = append(out.LeftOut[:0], leftOut...)
		tr := assessment.FitTrend(points)
		trends[d.ID] = tr
		slope := trendSlope{N: tr.N, Days: tr.Days, Direction: tr.Direction()}
		if tr.Valid {
			slope.PointsPer30Days = &tr.Slope
		}
		if tr.HasInterval {
			slope.SE, slope.Low, slope.High = &tr.SE, &tr.Low, &tr.High
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
	for _, c := range assessment.QuestionnaireChanges(recs) {
		out.QuestionnaireChanges = append(out.QuestionnaireChanges, trendChange{c.ID, c.TakenAt, c.Questionnaire})
	}
	if n := len(recs); n > 0 {
		var prev *assessment.CheckIn
		if n > 1 {
			prev = &recs[n-2]
		}
		trap, e := q.TrapOf(recs[n-1], prev, trends[rel])
		out.Trap.Raised, out.Trap.Words = trap.Raised, q.TrapWords(trap, e)
		out.Trap.Reasons = append(out.Trap.Reasons, trap.Reasons...)
	}
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
