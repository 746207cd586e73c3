package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
)

// report writes the Markdown report of 'leadcheck export --format md': a
// history a leader can hand to a coach, in plain tables and sentences.
type report struct {
	w       io.Writer
	current *assessment.Questionnaire
	recs    []assessment.CheckIn
	// reviewedIn lists, for each commitment, the check-ins that reviewed
	// it, oldest first: a report finds how each went without searching
	// the whole history for it.
	reviewedIn map[reviewed][]int
	// answered holds the questionnaires the check-ins were answered with,
	// by hash, for names and interpretations as they were then.
	answered map[string]*assessment.Questionnaire
}

func writeReport(w io.Writer, q *assessment.Questionnaire, f store.ExportFile) error {
	// A report is read in a terminal as often as in an editor: every
	// line of it, names and notes included, is made safe as it is written.
	w = safeWriter{w}
	r := report{w: w, current: q, recs: f.CheckIns, answered: map[string]*assessment.Questionnaire{q.Hash: q},
		reviewedIn: reviewIndex(f.CheckIns)}
	for _, aq := range f.Questionnaires {
		if _, ok := r.answered[aq.Hash]; !ok {
			r.answered[aq.Hash] = aq
		}
	}
	fmt.Fprint(w, "# Leadership check-ins\n\n")
	if len(r.recs) == 0 {
		fmt.Fprint(w, "No check-ins yet.\n")
		return nil
	}
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	when := fmt.Sprintf("%s from %s to %s", checkIns(len(r.recs)), day(r.recs[0]), day(r.recs[len(r.recs)-1]))
	if len(r.recs) == 1 {
		when = "One check-in, on " + day(r.recs[0])
	}
	fmt.Fprintf(w, "%s. Each scores %s and %s from 0 to 100; the balance is %s minus %s, from −100 to +100.\n",
		when, inline(rel.Name), inline(res.Name), res.ID, rel.ID)
	r.latest()
	r.table()
	r.trend()
	r.commitments()
	r.notes()
	return nil
}

// questionnaire is the one rec was answered with, or the current one when
// no copy of it was kept.
func (r report) questionnaire(rec assessment.CheckIn) *assessment.Questionnaire {
	if q, ok := r.answered[rec.Questionnaire.Hash]; ok {
		return q
	}
	return r.current
}

func (r report) latest() {
	var prev *assessment.CheckIn
	if n := len(r.recs); n > 1 {
		prev = &r.recs[n-2]
	}
	r.latestOf(r.recs[len(r.recs)-1], prev)
}

// latestOf is the section on rec, the latest check-in; prev is the one
// before it, if any.
func (r report) latestOf(rec assessment.CheckIn, prev *assessment.CheckIn) {
	q := r.questionnaire(rec)
	m := assessment.MarginsOfRecord(q, rec.Scores)
	fmt.Fprintf(r.w, "\n## Latest check-in, %s\n\n| | Score |\n| --- | ---: |\n", day(rec))
	for _, d := range q.Dimensions {
		fmt.Fprintf(r.w, "| %s | %s |\n", cell(d.Name), assessment.ScoreWithMargin(rec.Scores.Dimensions[d.ID], m.Dimensions[d.ID]))
	}
	fmt.Fprintf(r.w, "| Balance | %s |\n", leaning(q, rec.Scores.Balance))
	fmt.Fprintf(r.w, "\n%s\n", assessment.WhatScoresAre(q))
	if p := rec.Profile; p != nil {
		fmt.Fprintf(r.w, "\n**Profile: %s.**", inline(p.Name))
		for _, qp := range q.Profiles {
			if qp.ID == p.ID {
				fmt.Fprintf(r.w, " %s", qp.Interpretation)
			}
		}
		fmt.Fprintln(r.w)
	}
	if trap, e := q.TrapOf(rec, prev, assessment.Trend{}); trap.Raised {
		fmt.Fprintf(r.w, "\n%s\n", q.TrapWords(trap, e))
	}
	if rec.Flagged() {
		fmt.Fprintf(r.w, "\nData quality: %s\n", warningNameList(rec.Warnings, ", "))
	}
	r.weakest(q, rec, m)
}

func (r report) table() {
	rel, res := r.current.RelationshipsDimension(), r.current.ResultsDimension()
	fmt.Fprintf(r.w, "\n## All check-ins\n\n| Date | %s | %s | Balance | Profile | Data quality |\n| --- | ---: | ---: | --- | --- | --- |\n",
		cell(rel.Name), cell(res.Name))
	for _, rec := range r.recs {
		profile, quality := "–", "–"
		if rec.Profile != nil {
			profile = rec.Profile.Name
		}
		if rec.Flagged() {
			quality = "flagged: " + warningNameList(rec.Warnings, ", ")
		}
		fmt.Fprintf(r.w, "| %s | %s | %s | %s | %s | %s |\n", day(rec), assessment.ScoreText(rec.Scores.Dimensions[rel.ID]),
			assessment.ScoreText(rec.Scores.Dimensions[res.ID]), leaning(r.current, rec.Scores.Balance), cell(profile), cell(quality))
	}
	if days := r.trapDays(); len(days) > 0 {
		fmt.Fprintf(r.w, "\nThe trap of this stage (results ahead by more than the margin while relationships are low or reliably falling) shows on %s.\n",
			strings.Join(days, ", "))
	}
}

func (r report) trend() {
	rel, res := r.current.RelationshipsDimension(), r.current.ResultsDimension()
	trends := map[string]assessment.Trend{}
	var leftOut []string
	for _, d := range []assessment.Dimension{rel, res} {
		var points []assessment.Point
		points, leftOut = assessment.TrendSeries(r.recs, d.ID, false)
		trends[d.ID] = assessment.FitTrend(points)
	}
	sentence := assessment.TrendSentence(rel.ID, trends[rel.ID], res.ID, trends[res.ID])
	fmt.Fprint(r.w, "\n## Trend\n\n")
	if len(leftOut) > 0 {
		fmt.Fprintf(r.w, "%s with data-quality warnings left out of the slopes.\n\n", checkIns(len(leftOut)))
	}
	if !trends[rel.ID].Valid && !trends[res.ID].Valid {
		fmt.Fprintln(r.w, sentence)
		return
	}
	fmt.Fprint(r.w, "How each side moved (the least-squares slope in points per 30 days, with its 95% interval):\n\n")
	for _, d := range []assessment.Dimension{rel, res} {
		if tr := trends[d.ID]; tr.Valid {
			fmt.Fprintf(r.w, "- %s: %s points per 30 days, %s\n", inline(d.Name), assessment.SignedTenths(tr.Slope), tr.Claim())
		} else {
			fmt.Fprintf(r.w, "- %s: %s\n", inline(d.Name), tr.Claim())
		}
	}
	fmt.Fprintf(r.w, "\n%s\n", sentence)
}

func (r report) commitments() {
	fmt.Fprint(r.w, "\n## Commitments and how they went\n")
	found := false
	heads := headLabels(r.recs)
	for i, rec := range r.recs {
		if len(rec.Commitments) == 0 {
			continue
		}
		found = true
		q := r.questionnaire(rec)
		fmt.Fprintf(r.w, "\n### Made on %s\n\n", heads[i])
		for _, c := range rec.Commitments {
			fmt.Fprintf(r.w, "- %s (%s)\n  %s\n", objective(c), source(q, c), r.outcome(i, c))
		}
	}
	if !found {
		fmt.Fprint(r.w, "\nNo commitments recorded yet.\n")
	}
}

// reviewed is a commitment made in the check-in with the given id.
type reviewed struct {
	checkIn    string
	commitment assessment.Commitment
}

// reviewIndex indexes the reviews of recs by the commitment they review.
func reviewIndex(recs []assessment.CheckIn) map[reviewed][]int {
	out := map[reviewed][]int{}
	for i, rec := range recs {
		for _, rv := range rec.Reviews {
			k := reviewed{rv.CheckIn, rv.Commitment}
			out[k] = append(out[k], i)
		}
	}
	return out
}

// outcome is how a commitment made in check-in i went, as the next
// check-in that reviewed it says.
func (r report) outcome(i int, c assessment.Commitment) string {
	for _, j := range r.reviewedIn[reviewed{r.recs[i].ID, c}] {
		if j <= i {
			continue
		}
		later := r.recs[j]
		for _, rv := range later.Reviews {
			if rv.CheckIn == r.recs[i].ID && rv.Commitment == c {
				s := fmt.Sprintf("Reviewed on %s: %s.", day(later), rv.Progress.Words())
				if note := strings.TrimSpace(rv.Note); note != "" {
					s += " “" + strings.Join(strings.Fields(note), " ") + "”"
				}
				return s
			}
		}
	}
	if i == len(r.recs)-1 {
		return "To be reviewed at the next check-in."
	}
	return "Not reviewed at a later check-in."
}

// objective is a commitment as its list item in the report says it, on
// one line: a line break in text from an import would end the item and
// could start a heading or a list of its own.
func objective(c assessment.Commitment) string {
	if t := inline(c.Objective); t != "" {
		return t
	}
	return inline(c.Practice)
}

// source is where a commitment came from: its facet, and the practice
// suggested when the objective is in the leader's own words.
func source(q *assessment.Questionnaire, c assessment.Commitment) string {
	name := facetName(q, c)
	if p := inline(c.Practice); p != "" && p != objective(c) {
		return name + "; suggested: " + p
	}
	return name
}

// facetName is the name of the facet of c, or its id when q has none.
func facetName(q *assessment.Questionnaire, c assessment.Commitment) string {
	if f, ok := q.Facet(c.Facet); ok {
		return inline(f.Name)
	}
	return c.Facet
}

func (r report) notes() {
	fmt.Fprint(r.w, "\n## Notes and reflections\n")
	found := false
	heads := headLabels(r.recs)
	for i, rec := range r.recs {
		note, refl := strings.TrimSpace(rec.Note), strings.TrimSpace(rec.Reflection)
		if note == "" && refl == "" {
			continue
		}
		found = true
		fmt.Fprintf(r.w, "\n### %s\n", heads[i])
		if note != "" {
			fmt.Fprintf(r.w, "\n%s\n", quoted("Note", note))
		}
		if refl != "" {
			fmt.Fprintf(r.w, "\n%s\n", quoted("Reflection", refl))
		}
	}
	if !found {
		fmt.Fprint(r.w, "\nNo notes or reflections recorded yet.\n")
	}
}

// quoted sets a leader's own text apart as a block quote, line by line,
// under a label. A line followed by another ends in a backslash, a hard
// break: Markdown would join the two into one line.
func quoted(label, text string) string {
	lines := strings.Split(safetext.Text(text), "\n") // a lone CR ends a line too
	lines[0] = "**" + label + ":** " + lines[0]
	for i, l := range lines {
		lines[i] = strings.TrimRight("> "+strings.TrimSpace(l), " ")
		if i > 0 && lines[i] != ">" && lines[i-1] != ">" {
			lines[i-1] += `\`
		}
	}
	return strings.Join(lines, "\n")
}

// leaning is the balance in words, "−12 leans relationships", or the
// table's mark for a balance not scored.
func leaning(q *assessment.Questionnaire, b assessment.Score) string {
	if !b.Valid {
		return assessment.NoScore
	}
	return assessment.BalanceWords(q, b)
}
