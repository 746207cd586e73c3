package assessment

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/goccy/go-yaml/ast"
)

// The fields of a form file, each read with the problems it can have.
// Messages name the field as the form writes it and say what to do.

// scalarValue is the text of a single value: quoted or not, a number or a
// block of lines. Lists, mappings, aliases and tagged values are not one.
func scalarValue(n ast.Node) (string, bool) {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return v.Value.Value, true
	case *ast.NullNode:
		return "", true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return n.GetToken().Value, true
	}
	return "", false
}

// roundID reads round:, the id of the round the form answers.
func (d *responseDoc) roundID() string {
	kv, ok := d.fields["round"]
	if !ok {
		d.add(d.key("round"), "round: is missing; copy it back from the form as it was sent (it names the round these answers are for)")
		return ""
	}
	id, ok := scalarValue(kv.Value)
	id = strings.TrimSpace(id)
	switch {
	case !ok:
		d.add(kv.Value, "round must be the round's id, as the form had it; copy it back from the form as it was sent")
	case id == "":
		d.add(kv.Key, "round is blank; copy the round's id back from the form as it was sent")
	}
	return id
}

// roundKnown checks that the round exists and still takes responses.
func (d *responseDoc) roundKnown(r Round, found bool, now time.Time) {
	at := d.fields["round"].Value
	switch {
	case !found:
		d.add(at, fmt.Sprintf("round %q is not a feedback round of this database; check that the form belongs to one of your rounds (leadcheck feedback list shows them)",
			clip(scalarText(at), 70)))
	case r.Closed:
		d.add(at, fmt.Sprintf("round %s is closed, so it takes no more responses; to hear from more people, start a new round", r.ID))
	case r.PastClosing(now):
		d.add(at, fmt.Sprintf("round %s closed on %s, so it takes no more responses; to hear from more people, start a new round",
			r.ID, r.ClosesOn.Format(time.DateOnly)))
	}
}

// ref reads questionnaire:, the id, version and hash the form was
// written with. ok is false when a part is missing or is not a value,
// which is reported here.
func (d *responseDoc) ref() (ref QuestionnaireRef, ok bool) {
	kv, ok := d.fields["questionnaire"]
	if !ok {
		d.add(d.key("questionnaire"), "questionnaire: is missing; copy its id, version and hash back from the form as it was sent")
		return ref, false
	}
	m, ok := kv.Value.(*ast.MappingNode)
	if !ok {
		d.add(kv.Value, "questionnaire must be the id, version and hash the form had, one per line; copy them back from the form as it was sent")
		return ref, false
	}
	before := len(d.problems)
	seen := map[string]bool{}
	for _, e := range m.Values {
		key := scalarText(e.Key)
		text, ok := scalarValue(e.Value)
		switch key {
		case "id", "hash":
			if !ok {
				d.add(e.Value, fmt.Sprintf("questionnaire.%s must be the text the form had; copy it back from the form as it was sent", key))
			} else if key == "id" {
				ref.ID = text
			} else {
				ref.Hash = text
			}
		case "version":
			v, err := strconv.Atoi(text)
			if _, isInt := e.Value.(*ast.IntegerNode); !isInt || err != nil {
				d.add(e.Value, "questionnaire.version must be the whole number the form had; copy it back from the form as it was sent")
			}
			ref.Version = v
		default:
			d.add(e.Key, fmt.Sprintf("questionnaire: unknown key %q; it has only id, version and hash", clip(key, 40)))
		}
		seen[key] = true
	}
	for _, key := range []string{"id", "version", "hash"} {
		if !seen[key] {
			d.add(kv.Key, fmt.Sprintf("questionnaire.%s is missing; copy it back from the form as it was sent", key))
		}
	}
	return ref, len(d.problems) == before
}

// sameQuestionnaire checks that the form was written from the expected
// questionnaire, pointing at the first part that differs. A form whose
// hash changed may hold answers to other statements, so it cannot count.
// It runs only on a reference ref read whole.
func (d *responseDoc) sameQuestionnaire(got, want QuestionnaireRef, whose, todo string) {
	if got == want {
		return
	}
	m := d.fields["questionnaire"].Value.(*ast.MappingNode)
	for _, e := range m.Values {
		key := scalarText(e.Key)
		differs := key == "id" && got.ID != want.ID || key == "version" && got.Version != want.Version || key == "hash" && got.Hash != want.Hash
		if differs {
			value := fmt.Sprintf("%q", clip(scalarText(e.Value), 70))
			if key == "version" {
				value = scalarText(e.Value)
			}
			d.add(e.Value, fmt.Sprintf("questionnaire.%s %s does not match %s %s version %d (hash %s): the form was edited or written for other statements; %s",
				key, value, whose, want.ID, want.Version, want.Hash, todo))
			return
		}
	}
}

// role reads role:, which must be one of offered; a blank role is a
// problem only when required.
func (d *responseDoc) role(offered []Role, required bool) Role {
	choice := roleChoice(offered)
	kv, ok := d.fields["role"]
	if !ok {
		if required {
			d.add(d.key("role"), "role: is missing; add it, with the role that fits how you work with the leader: "+choice)
		}
		return ""
	}
	text, ok := scalarValue(kv.Value)
	if !ok {
		d.add(kv.Value, "role must be one role, not "+nodeWord(kv.Value.Type())+"; write "+choice)
		return ""
	}
	if strings.TrimSpace(text) == "" {
		if required {
			d.add(kv.Key, "role is blank; write the role that fits how you work with the leader: "+choice)
		}
		return ""
	}
	r, known := ParseRole(text)
	switch {
	case !known:
		d.add(kv.Value, fmt.Sprintf("role %q is not a role; write %s", clip(text, 40), choice))
	case !slices.Contains(offered, r):
		d.add(kv.Value, fmt.Sprintf("role %s is not one this round asks for; write %s", r, choice))
	}
	return r
}

// roleChoice lists roles for a sentence: "direct-report, peer or other".
func roleChoice(roles []Role) string {
	s := roleList(roles)
	if i := strings.LastIndex(s, ", "); i >= 0 {
		s = s[:i] + " or " + s[i+2:]
	}
	return s
}

// comment reads comment:, free text of at most MaxCommentLength
// characters, without the blank lines around it.
func (d *responseDoc) comment() string {
	kv, ok := d.fields["comment"]
	if !ok {
		return ""
	}
	text, ok := scalarValue(kv.Value)
	if !ok {
		d.add(kv.Value, "comment must be text, not "+nodeWord(kv.Value.Type())+"; write comment: | and the text on the lines below it, each indented by two spaces")
		return ""
	}
	text = strings.TrimSpace(text)
	if n := utf8.RuneCountInString(text); n > MaxCommentLength {
		d.add(kv.Key, fmt.Sprintf("comment is %d characters; shorten it to at most %d (about a page)", n, MaxCommentLength))
	}
	return text
}
