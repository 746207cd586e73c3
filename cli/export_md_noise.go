package cli

import (
	"fmt"

	"github.com/leadcheck/leadcheck/assessment"
)

// The parts of the Markdown report that claim only what the margins
// allow: the weakest facet when it is lowest alone, and the trap by its
// rule.

// weakest names the weakest facet on each side, only when it is lowest
// alone; facet scores carry wider margins, so they are called indicative.
func (r report) weakest(q *assessment.Questionnaire, rec assessment.CheckIn, m assessment.Margins) {
	fmt.Fprint(r.w, "\nWeakest facet on each side (indicative: facets have wider margins):\n\n")
	for _, d := range q.Dimensions {
		sub := &assessment.Questionnaire{Facets: q.FacetsOf(d.ID)}
		f, ok := assessment.WeakestFacet(sub, rec.Scores.Facets)
		switch {
		case ok:
			fmt.Fprintf(r.w, "- %s: %s, %s\n", inline(d.Name), inline(f.Name),
				assessment.ScoreWithMargin(rec.Scores.Facets[f.ID], m.Facets[f.ID]))
		case anyScored(sub.Facets, rec.Scores.Facets):
			fmt.Fprintf(r.w, "- %s: no single weakest facet (a tie)\n", inline(d.Name))
		default:
			fmt.Fprintf(r.w, "- %s: no facet scored\n", inline(d.Name))
		}
	}
}

func anyScored(fs []assessment.Facet, scores map[string]assessment.Score) bool {
	for _, f := range fs {
		if scores[f.ID].Valid {
			return true
		}
	}
	return false
}

// trapDays are the days of the check-ins at which the trap rule holds,
// each judged against the check-in before it.
func (r report) trapDays() []string {
	var out []string
	for i, rec := range r.recs {
		var prev *assessment.CheckIn
		if i > 0 {
			prev = &r.recs[i-1]
		}
		if trap, _ := r.questionnaire(rec).TrapOf(rec, prev, assessment.Trend{}); trap.Raised {
			out = append(out, day(rec))
		}
	}
	return out
}
