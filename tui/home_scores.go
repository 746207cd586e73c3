package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// dashRow is one line of the dashboard's score table. The columns run in
// time order: the recent check-ins, the last step, and where it stands now.
type dashRow struct {
	label, spark, change, now, margin, lean string
}

// scores is both dimensions and the balance at a glance: a sparkline of
// the recent check-ins, the change since the one before, and the latest
// score (the balance with the side it leans to). With one check-in there
// is nothing to draw or compare, so only the scores show.
func (d dashboard) scores(w int) string {
	st, q := d.c.styles, d.c.q
	dims := []assessment.Dimension{q.RelationshipsDimension(), q.ResultsDimension()}
	m := assessment.MarginsOfRecord(q, d.latest().Scores)
	var rows []dashRow
	for i, dim := range dims {
		score := func(r assessment.CheckIn) assessment.Score { return r.Scores.Dimensions[dim.ID] }
		rows = append(rows, dashRow{
			label:  st.Text.Render(safe(dim.Name)),
			spark:  st.Series[i].Render(sparkline(d.history(score), 0, 100)),
			change: d.change(score, &dim.Reference),
			now:    st.Strong.Render(assessment.ScoreText(score(d.latest()))),
			margin: marginText(st, score(d.latest()), m.Dimensions[dim.ID]),
		})
	}
	balance := func(r assessment.CheckIn) assessment.Score { return r.Scores.Balance }
	b := d.latest().Scores.Balance
	num := assessment.ScoreText(b)
	if b.Valid {
		num = assessment.Signed(b.Value)
	}
	rows = append(rows, dashRow{
		label:  st.Text.Render("Balance"),
		spark:  st.BalanceLine.Render(sparkline(d.history(balance), -100, 100)),
		change: d.change(balance, nil),
		now:    st.Strong.Render(num),
		margin: marginText(st, b, m.Balance),
		lean:   d.lean(b, false),
	})

	head := dashRow{now: "now"}
	if len(d.recent) > 1 {
		head.spark = countText(len(d.recent))
		if d.count > len(d.recent) {
			// Only the latest are drawn: "12 check-ins" under "13
			// check-ins so far" would read as a miscount.
			head.spark = fmt.Sprintf("last %d", len(d.recent))
		}
		head.change = "since " + dateText(d.prev().TakenAt, d.latest().TakenAt)
	}
	// Short of room, give up words: the date of the change, then the
	// lean's words for an arrow.
	table := dashTable(st, head, rows)
	if lipgloss.Width(table) > w && head.change != "" {
		head.change = "change"
		table = dashTable(st, head, rows)
	}
	if lipgloss.Width(table) > w {
		rows[2].lean = d.lean(b, true)
		table = dashTable(st, head, rows)
	}
	return table
}

// dashTable aligns the rows under head, leaving out the sparkline and
// change columns when head has no title for them.
func dashTable(st Styles, head dashRow, rows []dashRow) string {
	labelW, sparkW, changeW := 0, lipgloss.Width(head.spark), lipgloss.Width(head.change)
	for _, r := range rows {
		labelW = max(labelW, lipgloss.Width(r.label))
		sparkW = max(sparkW, lipgloss.Width(r.spark))
		changeW = max(changeW, lipgloss.Width(r.change))
	}
	const nowW = 4 // "−100"
	line := func(r dashRow, style func(...string) string) string {
		s := padRight(r.label, labelW)
		if head.spark != "" {
			s += "  " + padRight(style(r.spark), sparkW)
		}
		if head.change != "" {
			s += "  " + padLeft(style(r.change), changeW)
		}
		s += "  " + padLeft(style(r.now), nowW)
		if r.margin != "" {
			s += " " + padRight(r.margin, 3)
		}
		if r.lean != "" {
			s += " " + r.lean
		}
		return s
	}
	lines := []string{line(head, st.Muted.Render)}
	if head.spark == "" && head.change == "" {
		lines = nil // a lone column of scores needs no heading
	}
	for _, r := range rows {
		lines = append(lines, line(r, asIs))
	}
	return strings.Join(lines, "\n")
}

// marginText is a score's margin, or nothing for a score not computed:
// a margin around no number would read as a result.
func marginText(st Styles, s assessment.Score, m float64) string {
	if !s.Valid {
		return ""
	}
	return st.Muted.Render(assessment.MarginText(m))
}

func asIs(s ...string) string { return strings.Join(s, "") }

// history is a score over the recent check-ins, oldest first; empty when
// there is only one, as a single block shows no movement.
func (d dashboard) history(score func(assessment.CheckIn) assessment.Score) []assessment.Score {
	if len(d.recent) < 2 {
		return nil
	}
	out := make([]assessment.Score, len(d.recent))
	for i, r := range d.recent {
		out[i] = score(r)
	}
	return out
}

// change is a score's change since the check-in before, coloured only
// when it is reliable by ref's values; the balance (ref nil) has no
// better side and is never coloured.
func (d dashboard) change(score func(assessment.CheckIn) assessment.Score, ref *assessment.Reference) string {
	prev := d.prev()
	if prev == nil {
		return ""
	}
	verdict := assessment.Verdict("")
	if ref != nil {
		verdict = assessment.ChangeVerdict(*ref, score(*prev), score(d.latest()))
	}
	return changeText(d.c.styles, score(d.latest()), score(*prev), verdict)
}

// lean is the side the balance leans to, in words or as an arrow.
func (d dashboard) lean(b assessment.Score, arrow bool) string {
	st, g := d.c.styles, d.c.styles.Glyphs
	if !b.Valid {
		return ""
	}
	if !arrow {
		return st.Text.Render(assessment.LeanWords(d.c.q, b))
	}
	switch d.c.q.LeanIn(b.Value) {
	case assessment.LeansResults:
		return st.Text.Render(g.LeanRight)
	case assessment.LeansRelationships:
		return st.Text.Render(g.LeanLeft)
	}
	return st.Text.Render(g.Even)
}
