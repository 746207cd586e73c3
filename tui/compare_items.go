package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// The detail under the comparison's scores: what a reliable change
// takes, every facet's change, and the statements answered differently.

// items lists the statements answered differently, largest change first,
// then the ones that could not be compared, each marked with why.
func (v comparisonView) items(w int) string {
	st := v.st
	lines := []string{
		st.Heading.Render("Statements, largest change first"),
		wrap(st.Muted, "In answer points, counted so that up is always better: for a statement "+
			"about the opposite behaviour, agreeing less counts as up.", w),
	}
	same := 0
	var rest []assessment.ItemChange
	for _, ic := range v.cmp.Items {
		switch {
		case !ic.Compared:
			rest = append(rest, ic)
		case ic.Difference == 0:
			same++
		default:
			lines = append(lines, v.item(ic, w))
		}
	}
	switch {
	case same > 0 && same == len(v.cmp.Items)-len(rest):
		lines = append(lines, wrap(st.Muted, "Every statement compared was answered the same both times.", w))
	case same > 0:
		lines = append(lines, wrap(st.Muted, fmt.Sprintf("%d other %s answered the same both times.",
			same, plural(same, "statement was", "statements were")), w))
	}
	return joinVertical(strings.Join(lines, "\n"), v.notCompared(rest, w))
}

// item is one changed statement: the change, the wording, and the answers
// given, in the scale's words.
func (v comparisonView) item(ic assessment.ItemChange, w int) string {
	st := v.st
	change := assessment.Scored(float64(ic.Difference))
	prefix := padLeft(changeUnmarked(st, change, assessment.Scored(0), ""), 3) + "  "
	text := hanging(prefix, v.statement(ic.Item), st.Text, w)
	answers := answerText(v.cmp.FromScale, ic.From) + " → " + answerText(v.cmp.ToScale, ic.To)
	return stack(text, strings.Repeat(" ", lipgloss.Width(prefix))+st.Muted.Render(truncate(answers, w-lipgloss.Width(prefix))))
}

// answerText is an answer in the words of the scale it was given on.
func answerText(s assessment.Scale, x int) string {
	if l := s.Label(x); l != "" {
		return l
	}
	return strconv.Itoa(x)
}

// notCompared lists the statements left out of the comparison: changed
// between questionnaire versions, or skipped in one of the check-ins.
func (v comparisonView) notCompared(rest []assessment.ItemChange, w int) string {
	if len(rest) == 0 {
		return ""
	}
	st := v.st
	tags := make([]string, len(rest))
	tagW := 0
	for i, ic := range rest {
		tags[i] = v.tag(ic)
		tagW = max(tagW, lipgloss.Width(tags[i]))
	}
	lines := []string{"", st.Heading.Render("Not compared"),
		wrap(st.Muted, "Statements added, removed or reworded between questionnaire versions, "+
			"and statements skipped in one of the check-ins.", w)}
	for i, ic := range rest {
		lines = append(lines, hanging(padRight(st.Warning.Render(tags[i]), tagW+2), v.statement(ic.Item), st.Text, w))
	}
	return strings.Join(lines, "\n")
}

func (v comparisonView) tag(ic assessment.ItemChange) string {
	from, to := v.dates()
	switch ic.Status {
	case assessment.ItemAdded:
		return "added"
	case assessment.ItemRemoved:
		return "removed"
	case assessment.ItemReworded:
		return "reworded"
	}
	switch {
	case !ic.HasFrom && !ic.HasTo:
		return "skipped twice"
	case !ic.HasFrom:
		return "skipped " + from
	}
	return "skipped " + to
}

// versions warns when the check-ins were answered with different versions
// of the questionnaire, and says how the statements differ.
func (v comparisonView) versions(w int) string {
	fq, tq := v.from.Questionnaire, v.to.Questionnaire
	if fq.Hash == tq.Hash {
		return ""
	}
	counts := map[assessment.ItemStatus]int{}
	for _, ic := range v.cmp.Items {
		counts[ic.Status]++
	}
	var parts []string
	for _, s := range []assessment.ItemStatus{assessment.ItemReworded, assessment.ItemAdded, assessment.ItemRemoved} {
		if n := counts[s]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	which := "different versions of the questionnaire"
	if fq.ID == tq.ID && fq.Version != tq.Version {
		which = fmt.Sprintf("different versions of the questionnaire (%d and %d)", fq.Version, tq.Version)
	}
	msg := "These check-ins were answered with " + which
	if len(parts) > 0 {
		msg += ": " + strings.Join(parts, ", ") + ". Only the statements in both are compared"
	}
	msg += "; each score is as it was computed then."
	return stack("", hanging(v.st.Warning.Render(v.st.Glyphs.Warning)+" ", msg, v.st.Text, w))
}

// thresholds says how large a change must be to count, once when every
// dimension needs the same, else for each.
func (v comparisonView) thresholds(w int) string {
	rci := fmt.Sprintf("(RCI ±%.2f)", assessment.RCIThreshold)
	var each []string
	shown := map[string]bool{}
	for _, dc := range v.cmp.Dimensions {
		points := fmt.Sprintf("±%.1f points", dc.Threshold)
		shown[points] = true
		each = append(each, fmt.Sprintf("%s needs %s to be reliable %s.", dc.Dimension.Name, points, rci))
	}
	source := " Reference values: " + assessment.SourceWords(v.q) + "."
	switch len(shown) {
	case 0:
		return ""
	case 1:
		for points := range shown {
			return wrap(v.st.Muted, fmt.Sprintf("A change needs %s to be reliable %s.", points, rci)+source, w)
		}
	}
	return wrap(v.st.Muted, strings.Join(each, " ")+source, w)
}

// facets lists every facet's change, largest first.
func (v comparisonView) facets(w int) string {
	st := v.st
	heading := "Facets, largest change first"
	labelW := lipgloss.Width(heading)
	for _, fc := range v.cmp.Facets {
		labelW = max(labelW, lipgloss.Width(fc.Facet.Name))
	}
	n := v.columns(labelW, w)
	lines := []string{v.header(n, heading)}
	for _, fc := range v.cmp.Facets {
		lines = append(lines, n.row(st.Text.Render(truncate(fc.Facet.Name, n.labelW)), assessment.ScoreText(fc.From),
			st.Strong.Render(assessment.ScoreText(fc.To)), changeText(st, fc.To, fc.From, v.q.FacetVerdict(fc))))
	}
	return strings.Join(lines, "\n")
}

// flagged warns when either check-in carries a data-quality warning: a
// change measured against careless answers says little.
func (v comparisonView) flagged(w int) string {
	msg := assessment.FlaggedWords(v.from, v.to)
	if msg == "" {
		return ""
	}
	return stack("", hanging(v.st.Warning.Render(v.st.Glyphs.Warning)+" ", msg, v.st.Text, w))
}
