package assessment

import (
	"fmt"

	"github.com/goccy/go-yaml/ast"
)

// SheetReview is one entry of an answers file's review: list, as written:
// how a commitment of an earlier check-in went. The commitment is named
// by its number in that check-in's list (1, 2, ...) or by its objective
// text; the command resolves it against the commitments still open, and
// checks the progress word, so it reports against these places.
type SheetReview struct {
	Commitment string
	Progress   string
	Note       string
	// Field is "review[N]", for messages; CommitmentAt and ProgressAt
	// are where the two values are in the file.
	Field                    string
	CommitmentAt, ProgressAt Problem
}

// reviewList reads review: a list of {commitment, progress, note}.
func reviewList(n ast.Node) ([]SheetReview, []Problem) {
	if _, null := n.(*ast.NullNode); null {
		return nil, nil
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		return nil, []Problem{at(n, "review must be a list of entries like {commitment: 1, progress: done, note: ...}")}
	}
	var out []SheetReview
	var problems []Problem
	for i, v := range seq.Values {
		r, ps := reviewEntry(fmt.Sprintf("review[%d]", i+1), v)
		problems = append(problems, ps...)
		out = append(out, r)
	}
	return out, problems
}

func reviewEntry(field string, n ast.Node) (SheetReview, []Problem) {
	r := SheetReview{Field: field, CommitmentAt: at(n, ""), ProgressAt: at(n, "")}
	m, ok := n.(*ast.MappingNode)
	if !ok {
		return r, []Problem{at(n, field+" must be a mapping like {commitment: 1, progress: done}")}
	}
	var problems []Problem
	for _, kv := range m.Values {
		switch key := scalarText(kv.Key); key {
		case "commitment":
			r.Commitment, r.CommitmentAt = scalarText(kv.Value), at(kv.Value, "")
		case "progress":
			r.Progress, r.ProgressAt = scalarText(kv.Value), at(kv.Value, "")
		case "note":
			text, ok := textOf(kv.Value)
			if !ok {
				problems = append(problems, at(kv.Value, field+".note must be text (quote it if it looks like a number or a date)"))
			}
			r.Note = text
		default:
			problems = append(problems, at(kv.Key, fmt.Sprintf("%s: unknown key %q; a review entry has commitment, progress and note", field, key)))
		}
	}
	if r.Commitment == "" {
		problems = append(problems, at(n, field+".commitment is missing; give the commitment's number (1, 2, ...) or its objective"))
	}
	if r.Progress == "" {
		problems = append(problems, at(n, field+".progress is missing; give not-started, some-progress or done"))
	}
	return r, problems
}
