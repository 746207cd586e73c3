package assessment

import (
	"fmt"
	"slices"
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
	file, err := parser.ParseBytes(withoutBOM(data), parser.ParseComments)
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
	if len(q.Dimensions) > 0 {
		out = calibratedComment(out, refs[q.Dimensions[0].ID].Source)
	}
	again, err := Parse(q.Source, out)
	if err != nil {
		return nil, fmt.Errorf("the rewritten questionnaire does not load, so it was not written: %w", err)
	}
	if again.Hash != q.Hash {
		return nil, fmt.Errorf("rewriting the reference values changed the statements of %s (hash %s, now %s); nothing was written", q.Source, q.Hash, again.Hash)
	}
	return out, nil
}

// calibratedComment replaces the comment right above `dimensions:` when
// it says the reference values are assumed: once calibrated, they are
// not, and a comment saying otherwise would mislead whoever edits the
// file next. Any other comment is kept as it is.
func calibratedComment(data []byte, source string) []byte {
	lines := strings.Split(string(data), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "dimensions:") })
	if at < 0 {
		return data
	}
	from := at
	for from > 0 && strings.HasPrefix(strings.TrimSpace(lines[from-1]), "#") {
		from--
	}
	block := strings.ToLower(strings.Join(lines[from:at], "\n"))
	if from == at || !strings.Contains(block, SourceAssumed) {
		return data
	}
	comment := []string{
		"# Reference values (sd, reliability) set the margins shown beside every",
		"# score and decide when a change counts as reliable. They were measured",
		"# with `leadcheck questions calibrate` (" + strings.ReplaceAll(source, "\n", " ") + "):",
		"# the SD of each dimension's scores and Cronbach's alpha of its items.",
	}
	out := append(append(slices.Clone(lines[:from]), comment...), lines[at:]...)
	return []byte(strings.Join(out, "\n"))
}
