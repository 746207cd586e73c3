package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// feedbackPage is the report as the Feedback screen shows it.
func feedbackPage(c *common, v FeedbackView, w int) string {
	st := c.styles
	rep := v.Report
	status := roundStatus(v)
	if rep.Others == nil {
		more := rep.Min - rep.Responses
		return stack(
			wrap(st.Text, fmt.Sprintf("%d of %d responses have come in (%s). %d more %s needed before your team's scores are shown; "+
				"until then only the count is shown, so no one's answers can be singled out.",
				rep.Responses, rep.Min, status, more, plural(more, "is", "are")), w),
			"",
			wrap(st.Muted, "Collect the filled-in forms in one folder and run 'leadcheck feedback add FOLDER'.", w))
	}
	parts := []string{wrap(st.Muted, fmt.Sprintf("%s (%s).", assessment.Count(rep.Responses, "response", "responses"), status), w)}
	if v.Self == nil {
		parts = append(parts, wrap(st.Warning, "Your own scores come from your next check-in; until then only the team's are shown.", w))
	}
	parts = append(parts, "", scoresTable(c, v), "",
		wrap(st.Muted, "Gap is you minus the team. Blind spot: you rate yourself above the team beyond its margin; "+
			"hidden strength: the team rates you above your own score beyond it; aligned: within it. "+
			"Agreement is the spread between the team's answers: the smaller, the more they agree.", w),
		"", balanceLine(c, rep))
	parts = append(parts, roleLines(c, v, w)...)
	parts = append(parts, gapItems(c, v, w)...)
	parts = append(parts, commentLines(c, rep.Comments, w)...)
	return strings.Join(parts, "\n")
}

// roundStatus says whether the round still takes responses.
func roundStatus(v FeedbackView) string {
	switch {
	case !v.Open:
		return "closed"
	case v.Round.ClosesOn.IsZero():
		return "open"
	}
	return "open until " + v.Round.ClosesOn.Format(time.DateOnly)
}

// scoresTable sets each dimension and facet of the leader against the
// team's: score, margin and gap, and the team's agreement per facet.
func scoresTable(c *common, v FeedbackView) string {
	st, q, rep := c.styles, v.Questionnaire, v.Report
	rows := []string{st.Muted.Render(fmt.Sprintf("%-24s %5s  %-10s %-21s %s", "", "You", "Team", "Gap", "Agreement"))}
	for _, d := range q.Dimensions {
		o := rep.Others[d.ID]
		g, hasGap := rep.Gaps[d.ID]
		rows = append(rows, st.Strong.Render(fmt.Sprintf("%-24s %5s  %-10s %-21s", truncate(d.Name, 24),
			assessment.ScoreText(rep.Self[d.ID]), teamText(&o), gapWords(g, hasGap))))
		for _, f := range q.FacetsOf(d.ID) {
			fv := rep.Facets[f.ID]
			g, hasGap := assessment.Gap{}, fv.Gap != nil
			if hasGap {
				g = *fv.Gap
			}
			rows = append(rows, fmt.Sprintf("  %-22s %5s  %-10s %-21s %s", truncate(f.Name, 22),
				assessment.ScoreText(fv.Self), teamText(fv.Others), gapWords(g, hasGap), spreadWords(fv.Agreement)))
		}
	}
	return strings.Join(rows, "\n")
}

func teamText(o *assessment.OthersScore) string {
	if o == nil || !o.Score.Valid {
		return assessment.NoScore
	}
	if !o.Margin.Valid {
		return assessment.ScoreText(o.Score)
	}
	return assessment.ScoreText(o.Score) + " ±" + assessment.ScoreText(o.Margin)
}

func gapWords(g assessment.Gap, ok bool) string {
	if !ok {
		return assessment.NoScore
	}
	return assessment.Signed(g.Difference) + " " + strings.ReplaceAll(string(g.Label), "-", " ")
}

func spreadWords(s *assessment.Score) string {
	if s == nil || !s.Valid {
		return assessment.NoScore
	}
	return "±" + assessment.ScoreText(*s)
}

// balanceLine is the balance as the leader scored it and as the team did.
func balanceLine(c *common, rep assessment.Report) string {
	team := assessment.NoScore
	if b := rep.Balance.Others; b != nil && b.Valid {
		team = assessment.Signed(b.Value)
	}
	self := assessment.NoScore
	if rep.Balance.Self.Valid {
		self = assessment.Signed(rep.Balance.Self.Value)
	}
	return c.styles.Text.Render(fmt.Sprintf("Balance (results − relationships): you %s, your team %s.", self, team))
}

// roleLines are the roles the anonymity rules let the report show on
// their own, in form order.
func roleLines(c *common, v FeedbackView, w int) []string {
	if len(v.Report.Roles) == 0 {
		return nil
	}
	out := []string{"", c.styles.Heading.Render("By role")}
	for _, role := range assessment.Roles {
		rv, ok := v.Report.Roles[role]
		if !ok {
			continue
		}
		var parts []string
		for _, d := range v.Questionnaire.Dimensions {
			o := rv.Others[d.ID]
			parts = append(parts, d.Name+" "+teamText(&o))
		}
		text := fmt.Sprintf("%s, %s: %s", role.Words(), assessment.Count(rv.Responses, "response", "responses"), strings.Join(parts, ", "))
		out = append(out, hanging("• ", text, c.styles.Text, w))
	}
	return out
}

// gapItems are the statements where the leader and the team differ most.
func gapItems(c *common, v FeedbackView, w int) []string {
	items := v.Report.LargestGaps(5)
	if len(items) == 0 {
		return nil
	}
	out := []string{"", c.styles.Heading.Render("Where you and your team differ most")}
	for _, it := range items {
		text := it.Item
		if item, ok := v.Questionnaire.Item(it.Item); ok {
			// In the leader's words, for the window the round asked about.
			text = assessment.FillWindow(item.Text, v.Round.Window())
		}
		prefix := fmt.Sprintf("%4s  ", assessment.Signed(it.Difference.Value))
		out = append(out, hanging(prefix, text, c.styles.Text, w))
	}
	return out
}

// commentLines are the team's comments, in the order the report drew;
// a role shows only where the anonymity rules allow it.
func commentLines(c *common, cs []assessment.Comment, w int) []string {
	if len(cs) == 0 {
		return nil
	}
	out := []string{"", c.styles.Heading.Render("Comments, in no particular order")}
	for _, cm := range cs {
		text := strings.Join(strings.Fields(cm.Text), " ")
		if cm.Role != "" {
			text = "(" + cm.Role.Words() + ") " + text
		}
		out = append(out, hanging("• ", text, c.styles.Text, w))
	}
	return out
}
