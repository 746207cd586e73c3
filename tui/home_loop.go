package tui

import (
	"fmt"

	"github.com/charmbracelet/lipgloss"

	"github.com/leadcheck/leadcheck/assessment"
)

// commitments shows what the leader committed to and the next check-in
// reviews (the latest check-in's, or those an earlier one left open when
// a review skipped them), and how the commitments before went when the
// latest check-in reviewed them.
func (d dashboard) commitments(w int, lv detail) string {
	st := d.c.styles
	var cs []assessment.Commitment
	if d.open != nil {
		cs = d.open.Commitments
	}
	rvs := d.latest().Reviews
	if len(cs) == 0 && len(rvs) == 0 {
		text := "No commitments from your last check-in. After the next one, pick one or two things to work on until the one after."
		short := "No commitments from your last check-in."
		if d.focusKey {
			text = "No commitments from your last check-in. Press f to pick one or two things to work on until the next one."
			short = "No commitments yet: f picks what to work on."
		}
		if lv >= detailTerse {
			return st.Muted.Render(truncate(short, w))
		}
		return wrap(st.Muted, text, w)
	}
	var parts []string
	if len(cs) > 0 {
		parts = append(parts, d.commitmentsHead(w, len(cs), lv))
		switch lv {
		case detailFull:
			parts = append(parts, listCommitments(st, d.c.q, cs, w))
		case detailWhole:
			for _, c := range cs {
				parts = append(parts, hanging(st.Muted.Render("· "), commitmentText(c), st.Text, w))
			}
		case detailBrief, detailTerse:
			for _, c := range cs {
				parts = append(parts, st.Muted.Render("· ")+st.Text.Render(truncate(commitmentText(c), w-2)))
			}
		}
	} else {
		parts = append(parts, st.Muted.Render(truncate("No new commitments at your last check-in.", w)))
	}
	if len(rvs) > 0 {
		if lv == detailFull {
			parts = append(parts, "", st.Heading.Render("How the "+plural(len(rvs), "commitment", "commitments")+" before went"), listReviews(st, rvs, w))
		} else {
			parts = append(parts, truncate(st.Muted.Render("Earlier commitments  ")+reviewSummary(st, rvs), w))
		}
	}
	return stack(parts...)
}

// commitmentsHead is the heading with the commitments' status: waiting
// for the next check-in, or due for review now. It says as much as fits.
func (d dashboard) commitmentsHead(w, n int, lv detail) string {
	st := d.c.styles
	title := "Your commitments"
	if lv == detailBare {
		title = fmt.Sprintf("Your commitments (%d)", n)
	}
	title = st.Heading.Render(title)
	status, style := []string{"not yet reviewed; due for review at your next check-in",
		"to review at your next check-in", "not yet reviewed"}, st.Muted
	if d.due().Now {
		status, style = []string{"due for review now: take your check-in", "due for review now"}, st.Due
	}
	for _, s := range status {
		if line := title + st.Muted.Render(" · ") + style.Render(s); lipgloss.Width(line) <= w {
			return line
		}
	}
	return title
}
