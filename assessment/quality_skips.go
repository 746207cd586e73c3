package assessment

import (
	"fmt"
	"strings"
)

// WarnSelectiveSkipping is the code of the warning that answers were left
// out where they would have said most.
const WarnSelectiveSkipping = "selective-skipping"

// SkippedInFacet is how many statements of one facet may be skipped
// before it looks selective: one is a slip or a statement that does not
// fit; two in the same facet is a pattern.
const SkippedInFacet = 2

// SelectiveSkipping looks for answers left out in a pattern: two or more
// statements of one facet skipped, or "did not come up" for more than a
// quarter of all statements. People tend to skip what is uncomfortable to
// answer, so a skipped cluster may hide exactly the weak spot, and a
// facet scored on what is left reads better than it is.
//
// Check runs it for every new check-in. Check-ins stored before it
// existed lack the warning even where their answers would raise it, so
// the import and verify checks accept a record without it (see
// store/verify.go); a record that has it must have answers that raise it.
func SelectiveSkipping(q *Questionnaire, a Answers) (Warning, bool) {
	var room [64]givenAnswer
	return q.selectiveSkipping(q.given(a, room[:0]))
}

// selectiveSkipping is SelectiveSkipping with each statement's answer
// looked up once, in g.
func (q *Questionnaire) selectiveSkipping(g given) (Warning, bool) {
	var facets []string
	for _, f := range q.Facets {
		// Counted in place, not over a copy of each facet's items:
		// doctor and import check the warnings of every check-in.
		skipped := 0
		for i := range q.Items {
			if q.Items[i].Facet == f.ID && !g[i].ok {
				skipped++
			}
		}
		if skipped >= SkippedInFacet {
			facets = append(facets, f.Name)
		}
	}
	na := 0
	for _, ga := range g {
		if ga.ok && ga.x == NotApplicable {
			na++
		}
	}
	var parts []string
	if len(facets) > 0 {
		parts = append(parts, fmt.Sprintf(
			"You skipped two or more statements in %s. What is skipped is often what is uncomfortable to answer, and the score rests on the rest.",
			strings.Join(facets, ", ")))
	}
	if 4*na > len(q.Items) {
		parts = append(parts, fmt.Sprintf(
			"%d of %d statements did not come up. If those situations really did not arise, the scores rest on few answers; if they were hard to answer, answering them shows more.",
			na, len(q.Items)))
	}
	if len(parts) == 0 {
		return Warning{}, false
	}
	return Warning{WarnSelectiveSkipping, strings.Join(parts, " ")}, true
}

// straightLined reports whether the warnings include straight-lining, the
// one pattern after which advice is withheld.
func straightLined(ws []Warning) bool {
	for _, w := range ws {
		if w.Code == WarnStraightLining {
			return true
		}
	}
	return false
}
