package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
)

// reviewsFromSheet turns the review: entries of an answers file into
// reviews of the commitments still open (store.OpenCommitments). Every
// entry that names no open commitment, or gives an unknown progress, is
// reported at its place in the file, all at once.
func reviewsFromSheet(source string, entries []assessment.SheetReview, open *assessment.CheckIn) ([]assessment.Review, error) {
	if len(entries) == 0 {
		return nil, nil
	}
	var out []assessment.Review
	var problems []assessment.Problem
	seen := map[int]bool{}
	for _, e := range entries {
		i, p := findCommitment(e, open)
		if p != "" {
			problems = append(problems, place(e.CommitmentAt, p))
			continue
		}
		prog := assessment.Progress(strings.TrimSpace(e.Progress))
		if !prog.Valid() {
			problems = append(problems, place(e.ProgressAt, fmt.Sprintf("%s.progress: %q is not a progress; use %s, %s or %s",
				e.Field, e.Progress, assessment.NotStarted, assessment.SomeProgress, assessment.Done)))
			continue
		}
		if seen[i] {
			problems = append(problems, place(e.CommitmentAt, fmt.Sprintf("%s.commitment: commitment %d is reviewed twice; keep one entry", e.Field, i+1)))
			continue
		}
		seen[i] = true
		out = append(out, assessment.Review{CheckIn: open.ID, Commitment: open.Commitments[i], Progress: prog, Note: e.Note})
	}
	if len(problems) > 0 {
		return nil, &assessment.ValidationError{Source: source, Problems: problems}
	}
	return out, nil
}

// findCommitment is the index of the open commitment e names, by number
// or by objective; otherwise a message saying which ones there are.
func findCommitment(e assessment.SheetReview, open *assessment.CheckIn) (int, string) {
	if open == nil {
		return 0, fmt.Sprintf("%s.commitment: there are no open commitments to review; remove the review: entries", e.Field)
	}
	name := strings.TrimSpace(e.Commitment)
	n := len(open.Commitments)
	if x, err := strconv.Atoi(name); err == nil && x >= 1 && x <= n {
		return x - 1, ""
	}
	for i, c := range open.Commitments {
		if c.Objective == name {
			return i, ""
		}
	}
	// Numbered among those still open, as the accessible dashboard lists
	// them: a commitment reviewed before is no longer counted.
	which := fmt.Sprintf("commitments 1 to %d", n)
	if n == 1 {
		which = "commitment 1"
	}
	return 0, fmt.Sprintf("%s.commitment: %q is not an open commitment; the check-in %s has %s open ('leadcheck --accessible' lists them); give a number or the objective as written",
		e.Field, e.Commitment, open.ID, which)
}

// place puts msg at the position of p.
func place(p assessment.Problem, msg string) assessment.Problem {
	p.Message = msg
	return p
}
