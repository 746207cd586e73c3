package assessment

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
)

// AnswerSheet is a check-in filled in outside the terminal UI: on paper, by
// a script, or from a form. TakenAt is zero when the file does not say.
type AnswerSheet struct {
	Answers    Answers
	Note       string
	Reflection string
	TakenAt    time.Time
	// Reviews say how the commitments still open went (answers_review.go).
	Reviews []SheetReview
}

// ParseAnswers reads an answers file (YAML or JSON) for questionnaire q:
//
//	answers: {trust-1: 4, trust-2: 2, morale-1: na}  # na where the scale has not_applicable
//	note: optional text
//	reflection: optional text
//	taken_at: 2026-11-29T09:00:00Z   # optional, RFC 3339
//	review:                          # optional, the open commitments
//	  - {commitment: 1, progress: done, note: optional text}
//
// Every problem is reported with its line and column, naming the item.
// Nesting is checked before the YAML reader sees the bytes; the caller
// bounds the size (MaxAnswersBytes).
func ParseAnswers(source string, data []byte, q *Questionnaire) (sheet AnswerSheet, err error) {
	defer recoverYAML(source, &err)
	file, err := readYAML(source, data)
	if err != nil {
		return sheet, err
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return sheet, &ValidationError{source, []Problem{{Message: "the file is empty; it needs an answers: mapping of statement id to answer"}}}
	}
	root, ok := file.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		return sheet, &ValidationError{source, []Problem{at(file.Docs[0].Body, "the file must be a mapping with an answers: key")}}
	}
	var problems []Problem
	sawAnswers := false
	for _, kv := range root.Values {
		switch key := scalarText(kv.Key); key {
		case "answers":
			sawAnswers = true
			var ps []Problem
			sheet.Answers, ps = q.answerMap(kv.Value)
			problems = append(problems, ps...)
		case "note", "reflection":
			text, ok := textOf(kv.Value)
			if !ok {
				problems = append(problems, at(kv.Value, key+" must be text (quote it if it looks like a number or a date)"))
			} else if key == "note" {
				sheet.Note = text
			} else {
				sheet.Reflection = text
			}
		case "review":
			var ps []Problem
			sheet.Reviews, ps = reviewList(kv.Value)
			problems = append(problems, ps...)
		case "taken_at":
			t, err := time.Parse(time.RFC3339, strings.TrimSpace(scalarText(kv.Value)))
			if err != nil {
				problems = append(problems, at(kv.Value, fmt.Sprintf("taken_at %q is not an RFC 3339 time such as 2026-11-29T09:00:00Z", scalarText(kv.Value))))
				continue
			}
			sheet.TakenAt = t
		default:
			problems = append(problems, at(kv.Key, fmt.Sprintf("unknown key %q; an answers file has answers, note, reflection, review and taken_at", key)))
		}
	}
	if !sawAnswers {
		problems = append(problems, at(firstKey(root), "answers: is missing; give a mapping of statement id to answer, e.g. trust-1: 4"))
	}
	if len(problems) > 0 {
		return AnswerSheet{}, &ValidationError{source, inFileOrder(problems)}
	}
	return sheet, nil
}

func (q *Questionnaire) answerMap(n ast.Node) (Answers, []Problem) {
	m, ok := n.(*ast.MappingNode)
	if !ok {
		if _, null := n.(*ast.NullNode); null {
			return Answers{}, nil
		}
		return nil, []Problem{at(n, "answers must be a mapping of statement id to answer, e.g. trust-1: 4")}
	}
	a := Answers{}
	var problems []Problem
	for _, kv := range m.Values {
		id := scalarText(kv.Key)
		if _, ok := q.Item(id); !ok {
			problems = append(problems, at(kv.Key, fmt.Sprintf("answers.%s: no statement with this id in questionnaire %s (version %d); `leadcheck questions show` lists them", id, q.ID, q.Version)))
			continue
		}
		if _, dup := a[id]; dup {
			problems = append(problems, at(kv.Key, fmt.Sprintf("answers.%s: answered twice", id)))
			continue
		}
		if na, ok := q.notApplicableAnswer(id, kv.Value); ok {
			a[id] = NotApplicable
			continue
		} else if na.Message != "" {
			problems = append(problems, na)
			continue
		}
		x, err := strconv.Atoi(scalarText(kv.Value))
		if _, isInt := kv.Value.(*ast.IntegerNode); err != nil || !isInt {
			problems = append(problems, at(kv.Value, fmt.Sprintf("answers.%s: %q is not a whole number; answer %s", id, scalarText(kv.Value), q.scaleHint())))
			continue
		}
		if x < q.Scale.Min || x > q.Scale.Max {
			problems = append(problems, at(kv.Value, fmt.Sprintf("answers.%s: %d is off the scale; answer %s", id, x, q.scaleHint())))
			continue
		}
		a[id] = x
	}
	return a, problems
}

func (q *Questionnaire) scaleHint() string {
	hint := fmt.Sprintf("a whole number from %d (%s) to %d (%s)",
		q.Scale.Min, q.Scale.Label(q.Scale.Min), q.Scale.Max, q.Scale.Label(q.Scale.Max))
	if q.Scale.NotApplicable != "" {
		hint += fmt.Sprintf(", or na (%s)", q.Scale.NotApplicable)
	}
	return hint
}

// notApplicableAnswer reads the answer na ("did not come up"). It is true
// when n is that answer and the scale offers it; a problem comes back when
// n is na but the scale has no such answer.
func (q *Questionnaire) notApplicableAnswer(id string, n ast.Node) (Problem, bool) {
	if s, ok := n.(*ast.StringNode); !ok || !strings.EqualFold(s.Value, "na") {
		return Problem{}, false
	}
	if q.Scale.NotApplicable == "" {
		return at(n, fmt.Sprintf("answers.%s: questionnaire %s (version %d) has no \"did not come up\" answer; answer %s, or leave the statement out to skip it",
			id, q.ID, q.Version, q.scaleHint())), false
	}
	return Problem{}, true
}

// textOf reads a text value: plain, quoted or a block.
func textOf(n ast.Node) (string, bool) {
	switch s := n.(type) {
	case *ast.StringNode:
		return s.Value, true
	case *ast.LiteralNode:
		return s.Value.Value, true
	case *ast.NullNode:
		return "", true
	}
	return "", false
}

// scalarText is a scalar's value without the quotes JSON puts around keys.
func scalarText(n ast.Node) string {
	if s, ok := n.(*ast.StringNode); ok {
		return s.Value
	}
	if n == nil {
		return ""
	}
	return n.String()
}
