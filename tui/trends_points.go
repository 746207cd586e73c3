package tui

import "github.com/leadcheck/leadcheck/assessment"

// TrendPoints gathers check-ins for RenderTrendOf and RenderTrendTableOf
// one summary at a time, keeping only what the chart draws of each: a
// command charting ten thousand need not hold ten thousand summaries,
// each with a map of its scores.
type TrendPoints struct {
	relID, resID string
	points       []trendPoint
}

// NewTrendPoints is room for about n check-ins answered against q.
func NewTrendPoints(q *assessment.Questionnaire, n int) *TrendPoints {
	return &TrendPoints{relID: q.RelationshipsDimension().ID, resID: q.ResultsDimension().ID,
		points: make([]trendPoint, 0, n)}
}

// Add appends the check-in of s, taken after those added before; s may
// be reused once Add returns.
func (p *TrendPoints) Add(s assessment.Summary) {
	p.points = append(p.points, pointOf(p.relID, p.resID, s))
}

// Len is how many check-ins were added.
func (p *TrendPoints) Len() int { return len(p.points) }

// pointOf is the chart's point of s.
func pointOf(relID, resID string, s assessment.Summary) trendPoint {
	pt := trendPoint{at: s.TakenAt, rel: s.Dimensions[relID],
		res: s.Dimensions[resID], bal: s.Balance, met: s.MetCommitment,
		flagged: s.Flagged, questionnaire: s.Questionnaire}
	if s.Profile != nil {
		pt.profile = safe(s.Profile.Name)
	}
	return pt
}
