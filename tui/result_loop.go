package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The loop from one check-in to the next, as a result shows it: how the
// commitments made last time went (reviewed at the start of the check-in),
// the reflection written after the statements, and what the leader
// committed to until the next one. The dashboard draws the same lists.

// reviews says how the commitments of the check-in before went.
func (r resultView) reviews(w int) string {
	if len(r.rec.Reviews) == 0 {
		return ""
	}
	head := assessment.LastCommitmentsHeading(len(r.rec.Reviews))
	return stack("", r.st.Heading.Render(head), listReviews(r.st, r.rec.Reviews, w))
}

func (r resultView) reflection(w int) string {
	if strings.TrimSpace(r.rec.Reflection) == "" {
		return ""
	}
	return stack("", r.st.Heading.Render("Your reflection"), wrap(r.st.Text, strings.TrimSpace(r.rec.Reflection), w))
}

func (r resultView) commitments(w int) string {
	if len(r.rec.Commitments) == 0 {
		return ""
	}
	return stack("", r.st.Heading.Render("You committed to"), listCommitments(r.st, r.q, r.rec.Commitments, w))
}

// listCommitments lists commitments: each objective in the leader's own
// words, and under it the facet and the practice it came from.
func listCommitments(st Styles, q *assessment.Questionnaire, cs []assessment.Commitment, w int) string {
	var lines []string
	for _, c := range cs {
		lines = append(lines, hanging(st.Muted.Render("· "), commitmentText(c), st.Text, w))
		if src := assessment.CommitmentSource(q, c); src != "" {
			lines = append(lines, hanging("  ", src, st.Muted, w))
		}
	}
	return strings.Join(lines, "\n")
}

// commitmentText is what the leader committed to (Commitment.Words). An
// objective is one line the leader wrote, so the first commitmentShowMax
// cells say it; an imported one of megabytes is cut.
func commitmentText(c assessment.Commitment) string {
	return truncate(c.Words(), commitmentShowMax)
}

// commitmentShowMax is well above what the objective field takes, so only
// text that came from elsewhere is ever cut.
const commitmentShowMax = 2 * objectiveMaxChars

// listReviews says how each reviewed commitment went: the progress in
// words (no colour needed), the objective, and the leader's note under it.
func listReviews(st Styles, rvs []assessment.Review, w int) string {
	wordW := 0
	for _, rv := range rvs {
		wordW = max(wordW, lipgloss.Width(rv.Progress.Words()))
	}
	var lines []string
	for _, rv := range rvs {
		word := padRight(progressStyle(st, rv.Progress).Render(rv.Progress.Words()), wordW+2)
		lines = append(lines, hanging(word, commitmentText(rv.Commitment), st.Text, w))
		if note := truncate(strings.TrimSpace(rv.Note), commitmentShowMax); note != "" {
			lines = append(lines, hanging(strings.Repeat(" ", wordW+2), note, st.Muted, w))
		}
	}
	return strings.Join(lines, "\n")
}

// reviewSummary counts the reviews by progress, done first:
// "1 done · 2 some progress".
func reviewSummary(st Styles, rvs []assessment.Review) string {
	var parts []string
	for _, p := range []assessment.Progress{assessment.Done, assessment.SomeProgress, assessment.NotStarted} {
		n := 0
		for _, rv := range rvs {
			if rv.Progress == p {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, progressStyle(st, p).Render(fmt.Sprintf("%d %s", n, p.Words())))
		}
	}
	return strings.Join(parts, st.Muted.Render(" · "))
}

func progressStyle(st Styles, p assessment.Progress) lipgloss.Style {
	switch p {
	case assessment.Done:
		return st.Success
	case assessment.NotStarted:
		return st.Muted
	}
	return st.Text
}
