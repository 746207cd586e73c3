package assessment

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

// WithReferences rewrites the questionnaire file data (which Parse read
// as q) with refs in place of each dimension's reference, keeping
// everything else, comments included. The result is parsed again, so a
// file that would not load is never handed back; its statements, and so
// its hash, are unchanged.
func WithReferences(data []byte, q *Questionnaire, refs map[string]Reference) ([]byte, error) {
	file, err := parser.ParseBytes(data, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s again to rewrite it: %w", q.Source, err)
	}
	for i, d := range q.Dimensions {
		r, ok := refs[d.ID]
		if !ok {
			return nil, fmt.Errorf("no reference values for dimension %s; calibrate with this questionnaire", d.ID)
		}
		p, err := yaml.PathString(fmt.Sprintf("$.dimensions[%d].reference", i))
		if err != nil {
			return nil, err
		}
		value := fmt.Sprintf("{sd: %s, reliability: %s, source: %s}",
			strconv.FormatFloat(r.SD, 'f', 2, 64), strconv.FormatFloat(r.Reliability, 'f', 3, 64), strconv.Quote(r.Source))
		if err := p.ReplaceWithReader(file, strings.NewReader(value)); err != nil {
			return nil, fmt.Errorf("dimension %s of %s has no reference to replace; add \"reference: {sd: 15, reliability: 0.8}\" under it and run again: %w",
				d.ID, q.Source, err)
		}
	}
	out := []byte(file.String() + "\n")
	again, err := Parse(q.Source, out)
	if err != nil {
		return nil, fmt.Errorf("the rewritten questionnaire does not load, so it was not written: %w", err)
	}
	if again.Hash != q.Hash {
		return nil, fmt.Errorf("rewriting the reference values changed the statements of %s (hash %s, now %s); nothing was written", q.Source, q.Hash, again.Hash)
	}
	return out, nil
}
