package assessment

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
)

// Parse reads a questionnaire from YAML and validates it. source names the
// file in error messages. Every problem found is reported, each with its
// line and column, as a *ValidationError. Nesting is checked before
// the YAML reader sees the bytes (CheckNesting); the caller bounds the
// size (MaxQuestionnaireBytes).
func Parse(source string, data []byte) (q *Questionnaire, err error) {
	defer recoverYAML(source, &err)
	file, err := readYAML(source, data)
	if err != nil {
		return nil, err
	}
	if len(file.Docs) == 0 || file.Docs[0].Body == nil {
		return nil, &ValidationError{source, []Problem{{Message: "the file is empty; a questionnaire needs id, version, scale, dimensions, facets and items"}}}
	}
	if len(file.Docs) > 1 {
		return nil, &ValidationError{source, []Problem{{Line: 1, Column: 1, Message: "the file holds several YAML documents (---); a questionnaire is one document"}}}
	}
	body := file.Docs[0].Body
	if body.Type() != ast.MappingType {
		return nil, &ValidationError{source, []Problem{at(body, "the file must be a mapping of keys (id, version, scale, ...), not a "+strings.ToLower(body.Type().String()))}}
	}
	q = &Questionnaire{}
	if err := yaml.NodeToValue(body, q, yaml.DisallowUnknownField()); err != nil {
		return nil, withOwner(yamlError(source, err), file)
	}
	v := validator{file: file}
	v.questionnaire(q)
	if len(v.problems) > 0 {
		return nil, &ValidationError{source, inFileOrder(v.problems)}
	}
	q.applyDefaults()
	q.Source = source
	q.Hash = q.contentHash()
	return q, nil
}

// recoverYAML turns a panic inside the YAML library (it has a few on odd
// input, such as tags in unexpected places) into an error about the file,
// so a broken file never crashes leadcheck.
func recoverYAML(source string, err *error) {
	if r := recover(); r != nil {
		*err = &ValidationError{source, []Problem{{Message: fmt.Sprintf(
			"the file could not be read as YAML (the YAML reader failed: %v); look for stray tags (!), anchors (&, *) or indentation mistakes", r)}}}
	}
}

func (q *Questionnaire) applyDefaults() {
	if strings.TrimSpace(q.Title) == "" {
		q.Title = q.ID
	}
	for i := range q.Dimensions {
		r := &q.Dimensions[i].Reference
		if r.SD == 0 {
			r.SD = DefaultReferenceSD
		}
		if r.Reliability == 0 {
			r.Reliability = DefaultReferenceReliability
		}
	}
}

// contentHash covers what decides a score: the scale and which statement
// belongs where with which keying. Wording is included because a reworded
// statement is a different question; profiles and descriptions are not,
// since editing advice does not change what was answered.
func (q *Questionnaire) contentHash() string {
	content := struct {
		ID         string
		Version    int
		Scale      Scale
		Dimensions []string
		Facets     []Facet
		Items      []Item
	}{q.ID, q.Version, q.Scale, nil, nil, q.Items}
	for _, d := range q.Dimensions {
		content.Dimensions = append(content.Dimensions, d.ID)
	}
	for _, f := range q.Facets {
		content.Facets = append(content.Facets, Facet{ID: f.ID, Dimension: f.Dimension})
	}
	b, _ := json.Marshal(content)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// YAMLError is yamlError for the other YAML files leadcheck reads (the
// settings file): one problem with its line and column, in words.
func YAMLError(source string, err error) *ValidationError {
	var ve *ValidationError
	errors.As(yamlError(source, err), &ve)
	return ve
}

// yamlError turns a go-yaml error into a one-line problem with its place,
// in words a coach editing the file understands.
func yamlError(source string, err error) error {
	var ye yaml.Error
	if !errors.As(err, &ye) || ye.GetToken() == nil {
		return &ValidationError{source, []Problem{{Message: err.Error()}}}
	}
	tk := ye.GetToken()
	msg := ye.GetMessage()
	var te *yaml.TypeError
	var ne *yaml.UnexpectedNodeTypeError
	switch {
	case errors.As(err, &te):
		msg = fmt.Sprintf("%q is not %s", tk.Value, kindWord(te.DstType))
		if tk.Value == "[" || tk.Value == "{" {
			msg = fmt.Sprintf("expected %s, not a %s", kindWord(te.DstType), map[string]string{"[": "list", "{": "mapping"}[tk.Value])
		}
		if key := keyOf(tk); key != "" {
			msg = key + ": " + msg
		} else if te.StructFieldName != nil {
			msg = fieldName(*te.StructFieldName) + ": " + msg
		}
	case errors.As(err, &ne):
		msg = fmt.Sprintf("expected %s, not %s", nodeWord(ne.Expected), nodeWord(ne.Actual))
		if key := keyOf(tk); key != "" {
			msg = key + ": " + msg
		}
	}
	// The parser reports a repeated key as a syntax error.
	msg = duplicateKey.ReplaceAllString(msg, "$1 appears twice (first at line $2)")
	// It names a tab by quoting it, which reads as a blank once the
	// message is made safe to print (a tab becomes a space).
	if strings.Contains(msg, "'\t'") || strings.HasPrefix(msg, "tab character") {
		msg = "a tab character here; YAML indents with spaces only, so replace the tab with spaces"
	}
	var ue *yaml.UnknownFieldError
	if errors.As(err, &ue) {
		msg += " (check the spelling; the format is described in the README)"
	}
	return &ValidationError{source, []Problem{{Line: tk.Position.Line, Column: tk.Position.Column, Message: msg}}}
}

// readYAML reads data, a questionnaire or an answers file, into its YAML
// tree once its nesting is checked (CheckNesting), splitting the text
// into tokens once for both, without a byte order mark. Its errors are
// about source, with the line and column where the reader stopped.
func readYAML(source string, data []byte) (*ast.File, error) {
	toks, err := checkNesting(source, withoutBOM(data))
	if err != nil {
		return nil, err
	}
	file, err := parser.Parse(toks, 0)
	if err != nil {
		return nil, yamlError(source, err)
	}
	return file, nil
}

// withoutBOM is data without the byte order mark some editors (Notepad,
// say) put at the start of a UTF-8 file. YAML allows one there, but the
// parser reads it as part of the first key and reports a problem far
// from it, or one that names nothing in the file.
func withoutBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\uFEFF"))
}

var duplicateKey = regexp.MustCompile(`^mapping (key "[^"]*") already defined at \[(\d+):\d+\]$`)

// nodeWord names a YAML node type the way a person editing the file
// thinks of it.
func nodeWord(t ast.NodeType) string {
	switch t {
	case ast.SequenceType:
		return "a list"
	case ast.MappingType, ast.MappingValueType:
		return "a mapping of keys"
	case ast.StringType, ast.LiteralType:
		return "text"
	case ast.IntegerType, ast.FloatType:
		return "a number"
	case ast.NullType:
		return "nothing"
	}
	return "a " + strings.ToLower(t.String())
}

// keyOf returns the mapping key a value token belongs to, if any.
func keyOf(tk *token.Token) string {
	if tk.Prev != nil && tk.Prev.Type == token.MappingValueType && tk.Prev.Prev != nil {
		return tk.Prev.Prev.Value
	}
	return ""
}

// withOwner prefixes a decoding problem with the entry it sits in, such as
// `item "goals-1"`, since a line number alone makes a coach count entries.
func withOwner(err error, file *ast.File) error {
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 1 || ve.Problems[0].Line == 0 {
		return err
	}
	p := &ve.Problems[0]
	for _, section := range []struct{ key, kind string }{
		{"items", "item"}, {"facets", "facet"}, {"dimensions", "dimension"}, {"profiles", "profile"},
	} {
		path, _ := yaml.PathString("$." + section.key)
		n, err := path.FilterFile(file)
		seq, ok := n.(*ast.SequenceNode)
		if err != nil || !ok {
			continue
		}
		owner := ""
		for _, entry := range seq.Values {
			if entry.GetToken().Position.Line > p.Line {
				break
			}
			owner = ""
			if m, ok := entry.(*ast.MappingNode); ok {
				for _, kv := range m.Values {
					if kv.Key.String() == "id" {
						owner = fmt.Sprintf("%s %q: ", section.kind, kv.Value.String())
					}
				}
			}
		}
		if owner != "" && seq.GetToken().Position.Line <= p.Line && lastLine(seq) >= p.Line {
			p.Message = owner + p.Message
			break
		}
	}
	return ve
}

// lastLine is the line of the last token of a node.
func lastLine(n ast.Node) int {
	line := n.GetToken().Position.Line
	for tk := n.GetToken(); tk != nil; tk = tk.Next {
		line = tk.Position.Line
		if tk.Next != nil && tk.Next.Position.Column <= n.GetToken().Position.Column-2 && tk.Next.Position.Line > tk.Position.Line {
			break
		}
	}
	return line
}

// fieldName turns "Questionnaire.Version" into "version".
func fieldName(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		s = s[i+1:]
	}
	return strings.ToLower(s)
}

func kindWord(t reflect.Type) string {
	if t == nil {
		return "of the right type"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "a mapping of keys"
	}
	return "of type " + t.String()
}
