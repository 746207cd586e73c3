package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// othersSection lists, under the trends, the team's scores at each
// feedback round in the window beside the leader's own at that round;
// empty when no round reached its minimum.
func othersSection(c *common, others []OthersAt, from time.Time, w int) string {
	st, q := c.styles, c.q
	var rows []string
	for _, o := range others {
		if o.At.Before(from) {
			continue
		}
		// Dated as the check-ins around it are. A row too long for the
		// window puts each side on a line of its own rather than cut
		// the names short.
		date, cells := o.At.Format("2 Jan 2006"), othersCells(q, o)
		if row := date + "  " + strings.Join(cells, "   "); lipgloss.Width(row) <= w {
			rows = append(rows, row)
			continue
		}
		for i, cell := range cells {
			if i > 0 {
				date = strings.Repeat(" ", lipgloss.Width(date))
			}
			rows = append(rows, truncate(date+"  "+cell, w))
		}
	}
	if len(rows) == 0 {
		return ""
	}
	head := []string{"", st.Heading.Render("Your team's view at each feedback round")}
	return strings.Join(append(head, rows...), "\n")
}

// othersCells are one round's sides: the leader's score and the team's.
func othersCells(q *assessment.Questionnaire, o OthersAt) []string {
	var cells []string
	for _, d := range q.Dimensions {
		team := o.Others[d.ID]
		cells = append(cells, fmt.Sprintf("%s you %s · team %s", safe(d.Name), assessment.ScoreText(o.Self[d.ID]), teamText(&team)))
	}
	return cells
}
