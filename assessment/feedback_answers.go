package assessment

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// answers reads answers:, one line per statement. q is nil when the round
// is unknown; then only the shape can be checked.
func (d *responseDoc) answers(q *Questionnaire) Answers {
	kv, ok := d.fields["answers"]
	if !ok {
		d.add(d.key("answers"), "answers: is missing; copy the statements back from the form as it was sent, with your answers after the colons")
		return nil
	}
	m, ok := kv.Value.(*ast.MappingNode)
	if !ok {
		if _, null := kv.Value.(*ast.NullNode); !null {
			d.add(kv.Value, "answers must be the statements of the form, one per line with the answer after the colon (trust-1: 4), not "+nodeWord(kv.Value.Type()))
		}
		return Answers{}
	}
	a := Answers{}
	if q == nil {
		return a
	}
	for _, e := range m.Values {
		id := scalarText(e.Key)
		if _, ok := q.Item(id); !ok {
			d.add(e.Key, fmt.Sprintf("answers.%s: the form has no statement with this id; check the spelling against the form as it was sent, or remove the line", clip(id, 70)))
			continue
		}
		if _, dup := a[id]; dup {
			d.add(e.Key, fmt.Sprintf("answers.%s: answered twice; keep one answer", id))
			continue
		}
		if x, ok := d.answer(q, id, e.Value); ok {
			a[id] = x
		}
	}
	return a
}

// answer reads one statement's answer: a whole number on the scale, na
// where the scale has it, or nothing (skipped, reported as not ok).
func (d *responseDoc) answer(q *Questionnaire, id string, n ast.Node) (int, bool) {
	switch n.(type) {
	case *ast.NullNode:
		return 0, false
	case *ast.SequenceNode, *ast.MappingNode:
		d.add(n, fmt.Sprintf("answers.%s: %s where one answer is expected; answer %s, or leave it blank to skip it", id, nodeWord(n.Type()), q.scaleHint()))
		return 0, false
	}
	if s, ok := n.(*ast.StringNode); ok && strings.EqualFold(s.Value, "na") {
		if q.Scale.NotApplicable == "" {
			d.add(n, fmt.Sprintf("answers.%s: this questionnaire has no \"did not come up\" answer; answer %s, or leave it blank to skip it", id, q.scaleHint()))
			return 0, false
		}
		return NotApplicable, true
	}
	x, err := strconv.Atoi(scalarText(n))
	if _, isInt := n.(*ast.IntegerNode); err != nil || !isInt {
		d.add(n, fmt.Sprintf("answers.%s: %q is not a whole number; answer %s, or leave it blank to skip it", id, clip(scalarText(n), 40), q.scaleHint()))
		return 0, false
	}
	if x < q.Scale.Min || x > q.Scale.Max {
		d.add(n, fmt.Sprintf("answers.%s: %d is off the scale; answer %s", id, x, q.scaleHint()))
		return 0, false
	}
	return x, true
}
