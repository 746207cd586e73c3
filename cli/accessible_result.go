package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// accessibleResult is a check-in's result as sentences: what the result
// screen shows with bars and a meter, said in words a screen reader reads
// well, in the same order.
func accessibleResult(q *assessment.Questionnaire, rec assessment.CheckIn, prev *assessment.CheckIn) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	if took := rec.AnsweredIn(); took != "" {
		line("Result of the check-in of %s, %s.", rec.TakenAt.Format(assessment.CheckInLayout), took)
	} else {
		line("Result of the check-in of %s.", rec.TakenAt.Format(assessment.CheckInLayout))
	}
	m := assessment.MarginsOfRecord(q, rec.Scores)
	for _, d := range q.Dimensions {
		line("%s: %s.", oneLine(d.Name), scoreWords(rec.Scores.Dimensions[d.ID], m.Dimensions[d.ID], prevScore(prev, d.ID), prev, d.Reference))
	}
	line("Balance: %s.", balanceSpoken(q, rec.Scores.Balance))
	if rec.Profile != nil {
		line("Profile: %s.", oneLine(rec.Profile.Name))
		for _, p := range q.Profiles {
			if p.ID == rec.Profile.ID {
				line("%s", p.Interpretation)
				if assessment.AdviceWithheld(rec.Warnings) {
					line("%s", assessment.AdviceWithheldText)
				} else {
					line("Try next: %s", p.Advice)
				}
			}
		}
	}
	if trap, e := q.TrapOf(rec, prev, assessment.Trend{}); trap.Raised {
		line("%s", q.TrapWords(trap, e))
	}
	if facets := facetWords(q, rec); facets != "" {
		line("Facets, weakest first (indicative, each give or take about %s points): %s.",
			strings.TrimPrefix(assessment.MarginText(maxMargin(m.Facets)), "±"), facets)
	}
	for _, w := range rec.Warnings {
		line("Check your answers: %s", w.Message)
	}
	loopWords(line, q, rec)
	line("%s", assessment.WhatScoresAreSaid(q))
	return strings.TrimRight(b.String(), "\n")
}

// loopWords says what the result screen shows under the scores, in its
// order: how the commitments made last time went, the reflection, the
// note, and what the leader committed to, each commitment a line of its
// own as the dashboard numbers them.
func loopWords(line func(string, ...any), q *assessment.Questionnaire, rec assessment.CheckIn) {
	if len(rec.Reviews) > 0 {
		line("%s:", assessment.LastCommitmentsHeading(len(rec.Reviews)))
		for _, rv := range rec.Reviews {
			// An objective written as a sentence keeps its one full stop.
			said := capitalise(rv.Progress.Words()) + ": " + strings.TrimSuffix(oneLine(rv.Commitment.Words()), ".") + "."
			if note := strings.TrimSpace(rv.Note); note != "" {
				said += " Your note: " + oneLine(note)
			}
			line("%s", said)
		}
	}
	if strings.TrimSpace(rec.Reflection) != "" {
		line("Your reflection: %s", strings.TrimSpace(rec.Reflection))
	}
	if strings.TrimSpace(rec.Note) != "" {
		line("Your note: %s", strings.TrimSpace(rec.Note))
	}
	if len(rec.Commitments) > 0 {
		line("You committed to:")
		for i, c := range rec.Commitments {
			line("%d. %s", i+1, oneLine(assessment.CommitmentLine(q, c)))
		}
	}
}

func prevScore(prev *assessment.CheckIn, dim string) assessment.Score {
	if prev == nil {
		return assessment.Score{}
	}
	return prev.Scores.Dimensions[dim]
}

// balanceSpoken is a balance as the accessible mode says it, in the same
// words as a score: "+8, give or take 19, balanced within noise".
func balanceSpoken(q *assessment.Questionnaire, b assessment.Score) string {
	if !b.Valid {
		return assessment.NotScored
	}
	margin := strings.TrimPrefix(assessment.MarginText(q.BalanceMargin()), "±")
	return assessment.Signed(b.Value) + ", give or take " + margin + ", " + assessment.LeanWords(q, b)
}

// scoreWords is "79 out of 100, give or take 13, up 6 since 29 Nov,
// within noise".
func scoreWords(s assessment.Score, margin float64, before assessment.Score, prev *assessment.CheckIn, ref assessment.Reference) string {
	if !s.Valid {
		return assessment.NotScored + " (too few answers)"
	}
	out := fmt.Sprintf("%d out of 100, give or take %s", assessment.Whole(s.Value), strings.TrimPrefix(assessment.MarginText(margin), "±"))
	if before.Valid {
		d := assessment.Whole(s.Value) - assessment.Whole(before.Value)
		since := prev.TakenAt.Format("2 Jan")
		switch {
		case d > 0:
			out += fmt.Sprintf(", up %d since %s", d, since)
		case d < 0:
			out += fmt.Sprintf(", down %d since %s", -d, since)
		default:
			out += ", the same as on " + since
		}
		if d != 0 {
			if v := assessment.ChangeVerdict(ref, before, s); v == assessment.NoReliableChange {
				out += ", " + v.Words()
			} else {
				out += ", a " + v.Words()
			}
		}
	}
	return out
}

// maxMargin is the widest of some margins, for one phrase over them all.
func maxMargin(ms map[string]float64) float64 {
	m := 0.0
	for _, v := range ms {
		m = max(m, v)
	}
	return m
}

// facetWords lists the scored facets from weakest to strongest, then
// those not scored.
func facetWords(q *assessment.Questionnaire, rec assessment.CheckIn) string {
	fs := slices.Clone(q.Facets)
	fs = slices.DeleteFunc(fs, func(f assessment.Facet) bool { return !rec.Scores.Facets[f.ID].Valid })
	slices.SortStableFunc(fs, func(a, b assessment.Facet) int {
		return assessment.Whole(rec.Scores.Facets[a.ID].Value) - assessment.Whole(rec.Scores.Facets[b.ID].Value)
	})
	parts := make([]string, 0, len(q.Facets))
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s %d", oneLine(f.Name), assessment.Whole(rec.Scores.Facets[f.ID].Value)))
	}
	// A facet with too few answers is named last, as the screen lists it
	// with a dash: left out, a listener would not know it was asked.
	for _, f := range q.Facets {
		if !rec.Scores.Facets[f.ID].Valid {
			parts = append(parts, oneLine(f.Name)+" "+assessment.NotScored)
		}
	}
	return strings.Join(parts, "; ")
}
