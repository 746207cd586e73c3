package tui

import (
	"fmt"
	"strings"
	"time"

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
		var cells []string
		for _, d := range q.Dimensions {
			team := o.Others[d.ID]
			cells = append(cells, fmt.Sprintf("%s you %s · team %s", truncate(d.Name, 14),
				assessment.ScoreText(o.Self[d.ID]), teamText(&team)))
		}
		rows = append(rows, truncate(o.At.Format(time.DateOnly)+"  "+strings.Join(cells, "   "), w))
	}
	if len(rows) == 0 {
		return ""
	}
	head := []string{"", st.Heading.Render("Your team's view at each feedback round")}
	return strings.Join(append(head, rows...), "\n")
}
