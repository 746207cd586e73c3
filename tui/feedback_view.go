package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// feedbackPage is the report as the Feedback screen shows it.
func feedbackPage(c *common, v FeedbackView, w int) string {
	st := c.styles
	rep := v.Report
	status := roundStatus(v)
	if rep.Others == nil && !v.Open {
		return wrap(st.Text, fmt.Sprintf("%d of %d responses came in (%s). %s",
			rep.Responses, rep.Min, status, assessment.ClosedShortWords()), w)
	}
	if rep.Others == nil {
		more := rep.Min - rep.Responses
		return stack(
			wrap(st.Text, fmt.Sprintf("%d of %d responses have come in (%s). %s",
				rep.Responses, rep.Min, status, assessment.MoreNeededWords(more)), w),
			"",
			wrap(st.Muted, "Collect the filled-in forms in one folder and run 'leadcheck feedback add FOLDER'.", w))
	}
	parts := []string{wrap(st.Muted, fmt.Sprintf("%s (%s).", assessment.Count(rep.Responses, "response", "responses"), status), w)}
	if v.Self == nil {
		parts = append(parts, wrap(st.Warning, "Your own scores come from your next check-in; until then only your team's are shown.", w))
	}
	parts = append(parts, "", scoresTable(c, v, w), "",
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
	return assessment.RoundStatus(v.Open, v.Round.ClosesOn)
}

// scoresTable sets each dimension and facet of the leader against the
// team's: score, margin and gap, and the team's agreement per facet. The
// columns are as wide as what they hold, and the names get the rest of w,
// up to what the longest needs: a cut name ("Energy and sustainabl…") is
// hard to tell from another, and a table wider than w loses its last
// columns from view.
func scoresTable(c *common, v FeedbackView, w int) string {
	st, q, rep := c.styles, v.Questionnaire, v.Report
	type row struct {
		indent, name, self, team, gap, spread string
		strong                                bool
	}
	rows := []row{{team: "Team", self: "You", gap: "Gap", spread: "Agreement"}}
	for _, d := range q.Dimensions {
		o := rep.Others[d.ID]
		g, hasGap := rep.Gaps[d.ID]
		rows = append(rows, row{name: d.Name, self: assessment.ScoreText(rep.Self[d.ID]),
			team: teamText(&o), gap: gapWords(rep.Self[d.ID], &o, g, hasGap), strong: true})
		for _, f := range q.FacetsOf(d.ID) {
			fv := rep.Facets[f.ID]
			g, hasGap := assessment.Gap{}, fv.Gap != nil
			if hasGap {
				g = *fv.Gap
			}
			rows = append(rows, row{indent: "  ", name: f.Name, self: assessment.ScoreText(fv.Self),
				team: teamText(fv.Others), gap: gapWords(fv.Self, fv.Others, g, hasGap), spread: spreadWords(fv.Agreement)})
		}
	}
	nameW, selfW, teamW, gapW, spreadW := 0, 0, 0, 0, 0
	for _, r := range rows {
		nameW = max(nameW, len(r.indent)+lipgloss.Width(safe(r.name)))
		selfW, teamW = max(selfW, lipgloss.Width(r.self)), max(teamW, lipgloss.Width(r.team))
		gapW, spreadW = max(gapW, lipgloss.Width(r.gap)), max(spreadW, lipgloss.Width(r.spread))
	}
	nameW = max(min(nameW, w-(2+selfW+2+teamW+2+gapW+2+spreadW)), 12)
	out := make([]string, len(rows))
	for i, r := range rows {
		line := padRight(r.indent+truncate(r.name, nameW-len(r.indent)), nameW) + "  " + padLeft(r.self, selfW) +
			"  " + padRight(r.team, teamW) + "  " + padRight(r.gap, gapW) + "  " + r.spread
		switch {
		case i == 0:
			line = st.Muted.Render(line)
		case r.strong:
			line = st.Strong.Render(line)
		}
		out[i] = strings.TrimRight(line, " ")
	}
	return strings.Join(out, "\n")
}

func teamText(o *assessment.OthersScore) string {
	return assessment.TeamScoreText(o)
}

func gapWords(self assessment.Score, others *assessment.OthersScore, g assessment.Gap, ok bool) string {
	if !ok || others == nil {
		return assessment.NoScore
	}
	return assessment.GapText(self, *others, g)
}

func spreadWords(s *assessment.Score) string {
	if s == nil || !s.Valid {
		return assessment.NoScore
	}
	return "±" + assessment.ScoreText(*s)
}

// balanceLine is the balance as the leader scored it and as the team did.
func balanceLine(c *common, rep assessment.Report) string {
	return c.styles.Text.Render(assessment.TeamBalanceWords(rep.Balance.Self, rep.Balance.Others))
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
		// A score stays with its margin: "58" at the end of a line and
		// "±21" at the start of the next read as two numbers.
		entries := strings.Fields(safe(fmt.Sprintf("%s, %s:", role.Words(), assessment.Count(rv.Responses, "response", "responses"))))
		dims := v.Questionnaire.Dimensions
		for i, d := range dims {
			o := rv.Others[d.ID]
			score := teamText(&o)
			if i < len(dims)-1 {
				score += ","
			}
			// A name stays with its score too when both fit on a line:
			// "Results focus" closing one line and "50 ±21" opening the
			// next read as a label without a number.
			if named := safe(d.Name) + " " + score; lipgloss.Width(named) <= w-2 {
				entries = append(entries, named)
				continue
			}
			entries = append(append(entries, strings.Fields(safe(d.Name))...), score)
		}
		lines := strings.Split(flow(entries, " ", w-2), "\n")
		for i, l := range lines {
			lead := "  "
			if i == 0 {
				lead = "• "
			}
			lines[i] = lead + c.styles.Text.Render(l)
		}
		out = append(out, strings.Join(lines, "\n"))
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
