package cli

import "github.com/leadcheck/leadcheck/assessment"

// trendJSON is the output of 'trend --json' from whole check-ins, as it
// was written before the command read rows (trendJSONOf): what the rows
// must give, byte for byte.
func trendJSON(q *assessment.Questionnaire, recs []assessment.CheckIn, w window, withFlagged bool) trendOut {
	out := trendOut{Series: []trendPoint{}, Slopes: map[string]trendSlope{}, Scores: map[string]trendLatest{},
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

func (w window) filter(recs []assessment.CheckIn) []assessment.CheckIn {
	if w.from.IsZero() {
		return recs
	}
	out := recs[:0:0]
	for _, r := range recs {
		if w.holds(r.TakenAt) {
			out = append(out, r)
		}
	}
	return out
}
