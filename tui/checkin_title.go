package tui

import "github.com/charmbracelet/lipgloss"

// checkInTitle heads every step before the result. A back-filled
// check-in names its date, so the person answers for that time.
func (c *common) checkInTitle() string { return c.checkInTitleAs("Mon 2 Jan 2006") }

// checkInTitleBeside is checkInTitle with room for right on a line of
// width w: a back-filled date is shortened rather than the counter, so
// the counter reads the same on every screen.
func (c *common) checkInTitleBeside(right string, w int) string {
	for _, layout := range []string{"Mon 2 Jan 2006", "2 Jan 2006", "2 Jan"} {
		title := c.checkInTitleAs(layout)
		if lipgloss.Width(title)+1+lipgloss.Width(right) <= w {
			return title
		}
	}
	return c.checkInTitleAs("2 Jan")
}

func (c *common) checkInTitleAs(layout string) string {
	st := c.styles
	sub := " · Check-in"
	if !c.takenAt.IsZero() {
		sub += " for " + c.takenAt.Format(layout)
	}
	return st.Title.Render("leadcheck") + st.Subtitle.Render(sub)
}
