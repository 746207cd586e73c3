package assessment

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a questionnaire or an answers file, with
// the place it was found. Line and Column are 1-based; zero means the
// problem has no single place (for example a list that is missing).
type Problem struct {
	Line    int
	Column  int
	Message string
}

// ValidationError lists every problem found in one file, so a coach fixes
// them all in one pass instead of one per run.
type ValidationError struct {
	Source   string
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Source)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d:%d", p.Line, p.Column)
		}
		b.WriteString(": ")
		b.WriteString(p.Message)
	}
	return b.String()
}

// inFileOrder sorts problems as they come in the file, whatever order
// the checks found them in; one with no place comes first.
func inFileOrder(ps []Problem) []Problem {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
	return ps
}
