package assessment

import "fmt"

// What a screen, a printout or a report may claim about a check-in's
// scores, said the same way everywhere.

// MarginsOfRecord are the margins of a kept check-in: those stored with
// it, or, for a record written before margins were kept, those of q (the
// questionnaire it was answered with).
func MarginsOfRecord(q *Questionnaire, s Scores) Margins {
	m := MarginsOf(q)
	for id, v := range s.Margins {
		if id == MarginKeyBalance {
			m.Balance = v
			continue
		}
		m.Dimensions[id] = v
	}
	for id, v := range s.FacetMargins {
		m.Facets[id] = v
	}
	return m
}

// SourceWords says where q's reference values come from: "assumed" when
// any dimension's are, else the calibration's description (the results
// dimension's, when the two differ).
func SourceWords(q *Questionnaire) string {
	for _, d := range q.Dimensions {
		if d.Reference.Assumed() {
			return SourceAssumed
		}
	}
	return q.ResultsDimension().Reference.SourceText()
}

// WhatScoresAre says plainly what the scores of a check-in taken with q
// are, and what they are not.
func WhatScoresAre(q *Questionnaire) string { return whatScoresAre(q, "Margins (±)") }

// WhatScoresAreSaid is WhatScoresAre for sentences read aloud, where each
// margin is said as "give or take" and the ± sign never appears.
func WhatScoresAreSaid(q *Questionnaire) string {
	return whatScoresAre(q, "The margins (give or take)")
}

func whatScoresAre(q *Questionnaire, margins string) string {
	return "These scores are your own description of the last weeks: not a measure of results, " +
		"nor of how your team sees you. " + margins + " are 95% bands from reference values that are " +
		SourceWords(q) + "."
}

// AdviceWithheld reports whether a check-in's warnings say its answers
// were straight-lined: its scores stand, but advice drawn from them
// would rest on a habit of answering, so none is offered.
func AdviceWithheld(ws []Warning) bool { return straightLined(ws) }

// AdviceWithheldText is what stands where the advice would be.
const AdviceWithheldText = "No advice this time: the answers ran in one long line, so the profile says more about the answering than about you."

// Flagged reports whether a check-in carries a data-quality warning. A
// flagged check-in keeps its scores, but a trend leaves it out unless
// asked to take it in, so one careless sitting does not bend a slope.
func (c CheckIn) Flagged() bool { return len(c.Warnings) > 0 }

// TrendSeries is one dimension's scored points of recs, oldest first,
// without the flagged check-ins unless withFlagged; leftOut lists the ids
// of the flagged ones left out (of any dimension).
func TrendSeries(recs []CheckIn, dim string, withFlagged bool) (points []Point, leftOut []string) {
	for _, r := range recs {
		if r.Flagged() && !withFlagged {
			leftOut = append(leftOut, r.ID)
			continue
		}
		if s := r.Scores.Dimensions[dim]; s.Valid {
			points = append(points, Point{At: r.TakenAt, Value: s.Value})
		}
	}
	return points, leftOut
}

// QuestionnaireChanges are the check-ins of recs (oldest first) taken
// with another questionnaire than the one before them: where a chart
// marks that the statements changed.
func QuestionnaireChanges(recs []CheckIn) []CheckIn {
	var out []CheckIn
	for i := 1; i < len(recs); i++ {
		if recs[i].Questionnaire.Hash != recs[i-1].Questionnaire.Hash {
			out = append(out, recs[i])
		}
	}
	return out
}

// AnsweredWords says how many of q's statements a's answers are on the
// scale, and how many did not come up: "9 of 12 answered, 2 did not come
// up". It is empty when every statement was answered on the scale.
func (q *Questionnaire) AnsweredWords(a Answers) string {
	answered, na := 0, 0
	for _, it := range q.Items {
		x, ok := a[it.ID]
		switch {
		case ok && x == NotApplicable:
			na++
		case ok:
			answered++
		}
	}
	if answered == len(q.Items) {
		return ""
	}
	s := fmt.Sprintf("%d of %d answered", answered, len(q.Items))
	if na > 0 {
		s += fmt.Sprintf(", %d did not come up", na)
	}
	return s
}
