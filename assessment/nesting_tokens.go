package assessment

import "github.com/goccy/go-yaml/token"

// tokenNesting is the second half of CheckNesting: the depth counted on
// the YAML reader's own tokens. The byte scan cannot know every way the
// reader reads text (where a quote ends, what a stray closer starts), and
// where they differ the parser's depth is what costs. Splitting the text
// into tokens takes time linear in it; building the tree from them is the
// part that grows with the square of the depth, and it has not run yet.
//
// Brackets count one level each. Outside brackets, a block collection
// sits deeper than another only at a greater column, so the columns of
// the open ones ("- ", "? " and keys) are kept on a stack, as for
// indentation.
func tokenNesting(toks token.Tokens) *Problem {
	flow := 0
	var cols []int
	for i, tk := range toks {
		switch tk.Type {
		case token.DocumentHeaderType, token.DocumentEndType:
			flow, cols = 0, cols[:0]
		case token.SequenceStartType, token.MappingStartType:
			flow++
		case token.SequenceEndType, token.MappingEndType:
			flow = max(flow-1, 0)
		case token.SequenceEntryType, token.MappingKeyType:
			if flow == 0 {
				cols = openAt(cols, tk.Position.Column)
			}
		case token.MappingValueType:
			if flow == 0 && i > 0 {
				cols = openAt(cols, toks[i-1].Position.Column) // the key's
			}
		}
		if flow+len(cols) > MaxNesting {
			return &Problem{Line: tk.Position.Line, Column: tk.Position.Column, Message: deepMessage}
		}
	}
	return nil
}

// openAt closes the block collections right of col and opens one at col
// unless one is open there.
func openAt(cols []int, col int) []int {
	for len(cols) > 0 && cols[len(cols)-1] > col {
		cols = cols[:len(cols)-1]
	}
	if len(cols) == 0 || cols[len(cols)-1] < col {
		cols = append(cols, col)
	}
	return cols
}
