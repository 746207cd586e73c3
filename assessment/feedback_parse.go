package assessment

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// MaxResponseBytes bounds a filled-in form. A form carries every
// statement's wording in its comments, so it is bigger than an answers
// file (about 8 KB for the built-in questionnaire, plus at most a page of
// comment); the answers file's limit leaves room for questionnaires many
// times larger.
const MaxResponseBytes = MaxAnswersBytes

// RoundLookup finds a round by id, with the questionnaire its form was
// written from. ok is false when there is no such round; q is never nil
// when ok is true.
type RoundLookup func(id string) (round Round, q *Questionnaire, ok bool)

// LookupIn is a RoundLookup over rounds in memory. Each round is paired
// with the questionnaire among qs that it was started with; a round whose
// questionnaire is not among them is not found.
func LookupIn(rounds []Round, qs ...*Questionnaire) RoundLookup {
	return func(id string) (Round, *Questionnaire, bool) {
		for _, r := range rounds {
			if r.ID != id {
				continue
			}
			for _, q := range qs {
				if RefOf(q) == r.Questionnaire {
					return r, q, true
				}
			}
		}
		return Round{}, nil, false
	}
}

// ParseResponse reads a filled-in form for adding it to its round: the
// round must exist and be open at now, the questionnaire must be the one
// the round was started with, the role one the round offers, every answer
// on the scale, and something must be filled in. Every problem is
// reported with its line and column in one *ValidationError.
func ParseResponse(source string, data []byte, find RoundLookup, now time.Time) (resp Response, err error) {
	defer recoverYAML(source, &err)
	d, err := readResponseDoc(source, data)
	if err != nil {
		return Response{}, err
	}
	resp.Round = d.roundID()
	round, q, found := Round{}, (*Questionnaire)(nil), false
	if resp.Round != "" {
		round, q, found = find(resp.Round)
		d.roundKnown(round, found, now)
	}
	ref, whole := d.ref()
	resp.Questionnaire = ref
	offered := Roles
	if found {
		offered = round.Roles
	}
	if found && whole {
		d.sameQuestionnaire(resp.Questionnaire, round.Questionnaire, "round "+round.ID+", which was started with",
			"fill in a fresh copy of the round's form (leadcheck feedback form "+round.ID+")")
	}
	resp.Role = d.role(offered, true)
	resp.Answers = d.answers(q)
	resp.Comment = d.comment()
	if len(d.problems) == 0 && resp.Empty() {
		d.add(d.key("answers"), "nothing is filled in: no statement has an answer and there is no comment; answer at least one statement before the form is added")
	}
	if len(d.problems) > 0 {
		return Response{}, d.failure()
	}
	return resp, nil
}

// Form is a round's form read back for filling in, by an observer who has
// leadcheck: what is filled in so far, and the roles the form offers.
type Form struct {
	Response Response
	// Roles are read from the form's role line; every role when that
	// line is gone.
	Roles []Role
}

// ParseForm reads a form, blank or filled in, against the questionnaire
// q of the observer's leadcheck, which must be the one the form was
// written from. Unlike ParseResponse it needs no round (the observer does
// not have it) and accepts blanks: the form as written reads back as an
// empty Response.
func ParseForm(source string, data []byte, q *Questionnaire) (f Form, err error) {
	defer recoverYAML(source, &err)
	d, err := readResponseDoc(source, data)
	if err != nil {
		return Form{}, err
	}
	f.Roles = formRoles(data)
	f.Response.Round = d.roundID()
	ref, whole := d.ref()
	f.Response.Questionnaire = ref
	if whole {
		d.sameQuestionnaire(ref, RefOf(q), "this leadcheck's questionnaire,",
			"answer it with the leader's version of leadcheck, or fill in the file in a text editor")
	}
	f.Response.Role = d.role(f.Roles, false)
	f.Response.Answers = d.answers(q)
	f.Response.Comment = d.comment()
	if len(d.problems) > 0 {
		return Form{}, d.failure()
	}
	return f, nil
}

// responseDoc is a form file parsed as YAML, its top-level entries by key,
// and the problems found so far.
type responseDoc struct {
	source   string
	root     *ast.MappingNode
	fields   map[string]*ast.MappingValueNode
	problems []Problem
}

// responseKeys are the top-level keys of a form, in form order.
var responseKeys = []string{"round", "questionnaire", "role", "answers", "comment"}

func readResponseDoc(source string, data []byte) (*responseDoc, error) {
	fail := func(p Problem) error { return &ValidationError{source, []Problem{p}} }
	if len(data) > MaxResponseBytes {
		return nil, fail(Problem{Message: fmt.Sprintf("the file is %s; a filled-in form is at most %s, so this is probably not one", SizeText(len(data)), SizeText(MaxResponseBytes))})
	}
	data = withoutBOM(data)
	toks, err := checkNesting(source, data)
	if err != nil {
		return nil, err
	}
	file, err := parser.Parse(toks, 0)
	if err != nil {
		return nil, formSyntax(yamlError(source, err))
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return nil, fail(Problem{Message: "the file is empty; a response is a filled-in feedback form, with round, questionnaire, role and answers"})
	}
	if len(file.Docs) > 1 {
		return nil, fail(at(firstKey(file.Docs[1].Body), "the file holds several YAML documents (---); a response is one filled-in form, so send each form as a file of its own"))
	}
	root, ok := file.Docs[0].Body.(*ast.MappingNode)
	if !ok {
		return nil, fail(at(file.Docs[0].Body, "the file must be a filled-in feedback form: a mapping with round, questionnaire, role, answers and comment, not "+nodeWord(file.Docs[0].Body.Type())))
	}
	d := &responseDoc{source: source, root: root, fields: map[string]*ast.MappingValueNode{}}
	for _, kv := range root.Values {
		key := scalarText(kv.Key)
		if !slices.Contains(responseKeys, key) {
			d.add(kv.Key, fmt.Sprintf("unknown key %q; a response has only round, questionnaire, role, answers and comment (nothing that names who answered), so remove it", clip(key, 40)))
			continue
		}
		d.fields[key] = kv
	}
	return d, nil
}

func (d *responseDoc) add(n ast.Node, msg string) { d.problems = append(d.problems, at(n, msg)) }

// key is the node of a top-level key, or the top of the file when the key
// is missing, for problems about it.
func (d *responseDoc) key(name string) ast.Node {
	if kv, ok := d.fields[name]; ok {
		return kv.Key
	}
	return firstKey(d.root)
}

// failure lists the problems in the order of the file.
func (d *responseDoc) failure() error {
	return &ValidationError{d.source, inFileOrder(d.problems)}
}

// formSyntax adds to a YAML syntax error where a filled-in form usually
// goes wrong. A repeated key says enough already.
func formSyntax(err error) error {
	var ve *ValidationError
	if errors.As(err, &ve) && len(ve.Problems) == 1 && !strings.Contains(ve.Problems[0].Message, "appears twice") {
		ve.Problems[0].Message += "; compare the lines around it with the form as it was sent: an answer goes right after its statement's colon, " +
			"and a comment on the lines below comment: |, each indented by two spaces"
	}
	return err
}

// formRoles reads the roles a form offers from its role line; every role
// when the line is gone or names none.
func formRoles(data []byte) []Role {
	for raw := range bytes.Lines(data) {
		line, ok := strings.CutPrefix(strings.TrimSpace(string(raw)), "# "+rolesLinePrefix)
		if !ok {
			continue
		}
		var roles []Role
		for _, w := range strings.Split(line, ",") {
			if r, ok := ParseRole(w); ok && !slices.Contains(roles, r) {
				roles = append(roles, r)
			}
		}
		if len(roles) > 0 {
			return roles
		}
	}
	return Roles
}
