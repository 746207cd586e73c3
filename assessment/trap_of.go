package assessment

// TrapOf gathers the evidence for the trap at rec, a check-in taken with
// q: prev is the check-in before it (nil when none) and relTrend the
// relationships trend over the period shown (a zero Trend when none), and
// judges it. The margins are rec's own when it kept them.
func (q *Questionnaire) TrapOf(rec CheckIn, prev *CheckIn, relTrend Trend) (Trap, TrapEvidence) {
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	before := Score{}
	if prev != nil {
		before = prev.Scores.Dimensions[rel.ID]
	}
	return q.TrapAt(rec.Scores.Dimensions[rel.ID], rec.Scores.Dimensions[res.ID], before,
		balanceMarginOfRecord(q, rec.Scores), relTrend)
}

// balanceMarginOfRecord is MarginsOfRecord(q, s).Balance without the
// facets' margins, which cost a walk of the items each: a report judges
// the trap at every one of thousands of check-ins.
func balanceMarginOfRecord(q *Questionnaire, s Scores) float64 {
	if m, ok := s.Margins[MarginKeyBalance]; ok {
		return m
	}
	if len(q.Dimensions) != 2 {
		return 0
	}
	return BalanceMargin(q.RelationshipsDimension().Reference, q.ResultsDimension().Reference)
}

// TrapAt judges the trap from the scores alone: relationships and results
// now, relationships at the check-in before (unscored when none), the
// balance's margin and the relationships trend.
func (q *Questionnaire) TrapAt(rel, res, before Score, margin float64, relTrend Trend) (Trap, TrapEvidence) {
	relDim := q.RelationshipsDimension()
	low, ok := q.LowBand(relDim.ID)
	if !ok {
		low = 0 // no profile sets a low band: nothing counts as low
	}
	e := TrapEvidence{
		Relationships: rel, Results: res, Previous: before,
		BalanceMargin: margin, LowBand: low, Reference: relDim.Reference, Trend: relTrend,
	}
	return JudgeTrap(e), e
}

// TrapWords says the trap and what raised it: "The trap of this stage:
// results lead by more than the margin while relationships are below 50."
// It is empty when the trap is not raised.
func (q *Questionnaire) TrapWords(t Trap, e TrapEvidence) string {
	if !t.Raised {
		return ""
	}
	return "The trap of this stage: " + q.ResultsDimension().ID + " lead by more than the margin while " +
		t.Because(q.RelationshipsDimension().ID, e) + "."
}
