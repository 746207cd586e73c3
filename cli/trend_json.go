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

// trendJSONOf is the output of 'trend --json' for the rows, which the
// window has already cut, but its series: writeTrendJSON writes that
// from the rows.
func trendJSONOf(q *assessment.Questionnaire, t *trendRows, w window, withFlagged bool) trendOut {
	out := trendOut{Series: []trendPoint{}, Slopes: map[string]trendSlope{}, Scores: map[string]trendLatest{},
		LeftOut: []string{}, QuestionnaireChanges: []trendChange{}, Trap: trendTrap{Reasons: []assessment.TrapReason{}}}
	if !w.from.IsZero() {
		s := w.from.Format("2006-01-02")
		out.Since = &s
	}
	trends := map[string]assessment.Trend{}
	points := make([]assessment.Point, 0, len(t.rows))
	for _, d := range q.Dimensions {
		// As assessment.TrendSeries gives them.
		points, out.LeftOut = points[:0], out.LeftOut[:0]
		for _, r := range t.rows {
			if r.flagged && !withFlagged {
				out.LeftOut = append(out.LeftOut, r.id)
				continue
			}
			if s := t.score(r, d.ID); s.Valid {
				points = append(points, assessment.Point{At: r.at, Value: s.Value})
			}
		}
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
		for i := len(t.rows) - 1; i >= 0; i-- {
			if sc := t.score(t.rows[i], d.ID); sc.Valid {
				latest = trendLatest{sc, &t.rows[i].at}
				break
			}
		}
		out.Scores[d.ID] = latest
	}
	rel, res := q.RelationshipsDimension().ID, q.ResultsDimension().ID
	out.Sentence = assessment.TrendSentence(rel, trends[rel], res, trends[res])
	// As assessment.QuestionnaireChanges finds them.
	for i := 1; i < len(t.rows); i++ {
		if ref := t.refs[t.rows[i].q]; ref.Hash != t.refs[t.rows[i-1].q].Hash {
			out.QuestionnaireChanges = append(out.QuestionnaireChanges, trendChange{t.rows[i].id, t.rows[i].at, ref})
		}
	}
	if n := len(t.rows); n > 0 {
		var prev *assessment.CheckIn
		if n > 1 {
			c := t.checkIn(n - 2)
			prev = &c
		}
		trap, e := q.TrapOf(t.checkIn(n-1), prev, trends[rel])
		out.Trap.Raised, out.Trap.Words = trap.Raised, q.TrapWords(trap, e)
		out.Trap.Reasons = append(out.Trap.Reasons, trap.Reasons...)
	}
	return out
}

// withOthers adds the team's scores of the rounds within the window.
func (out trendOut) withOthers(others []practice.OthersAt, w window) trendOut {
	for _, o := range others {
		if !w.holds(o.At) {
			continue
		}
		out.Others = append(out.Others, othersPoint{o.Round, o.At, o.Self, o.Others, o.Balance})
	}
	return out
}
