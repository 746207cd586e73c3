package assessment

// TrapJudge judges the trap as TrapOf does with no trend, check-in after
// check-in answered with one questionnaire, with what TrapOf reads of the
// questionnaire (its dimensions, low band and balance margin) worked out
// once: a report judges the trap at each of thousands of check-ins.
type TrapJudge struct {
	// RelID is the relationships dimension's id: the check-in before is
	// judged by its score there.
	RelID  string
	resID  string
	low    float64
	ref    Reference
	margin float64 // of a check-in whose scores carry none
}

// TrapJudge is q's judge.
func (q *Questionnaire) TrapJudge() TrapJudge {
	rel := q.RelationshipsDimension()
	low, ok := q.LowBand(rel.ID)
	if !ok {
		low = 0 // as TrapAt: no profile sets a low band
	}
	return TrapJudge{RelID: rel.ID, resID: q.ResultsDimension().ID, low: low, ref: rel.Reference,
		margin: balanceMarginOfRecord(q, Scores{})}
}

// Raised is TrapOf(rec, prev, Trend{}).Raised for a check-in with scores
// s, where before is the relationships score of prev (unscored when
// there is none).
func (j TrapJudge) Raised(s Scores, before Score) bool {
	margin, ok := s.Margins[MarginKeyBalance]
	if !ok {
		margin = j.margin
	}
	return JudgeTrap(TrapEvidence{
		Relationships: s.Dimensions[j.RelID], Results: s.Dimensions[j.resID], Previous: before,
		BalanceMargin: margin, LowBand: j.low, Reference: j.ref,
	}).Raised
}
