package assessment

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// FormFormat is how a round's form is written: a YAML file that is itself
// the response once filled in, or Markdown and plain text for paper.
type FormFormat string

// Form formats, as named on the command line.
const (
	FormYAML     FormFormat = "yaml"
	FormMarkdown FormFormat = "md"
	FormText     FormFormat = "txt"
)

// ParseFormFormat reads a format name.
func ParseFormFormat(s string) (FormFormat, error) {
	switch f := FormFormat(strings.ToLower(strings.TrimSpace(s))); f {
	case FormYAML, FormMarkdown, FormText:
		return f, nil
	case "yml":
		return FormYAML, nil
	case "markdown":
		return FormMarkdown, nil
	case "text":
		return FormText, nil
	}
	return "", fmt.Errorf("unknown form format %q; use yaml (to fill in and send back), md or txt (to print)", clip(s, 40))
}

// formWidth is the width forms are wrapped to, so they read in an
// 80-column editor and print without running off the page.
const formWidth = 78

// WriteForm writes the form of round r, whose questionnaire is q, in
// format f. The YAML form parsed back unchanged is an empty response.
func WriteForm(r Round, q *Questionnaire, f FormFormat) ([]byte, error) {
	if RefOf(q) != r.Questionnaire {
		return nil, fmt.Errorf("round %s was started with questionnaire %s version %d (%s), not %s version %d (%s); use the questionnaire it was started with",
			r.ID, r.Questionnaire.ID, r.Questionnaire.Version, r.Questionnaire.Hash, q.ID, q.Version, q.Hash)
	}
	switch f {
	case FormYAML:
		return formYAML(r, q), nil
	case FormMarkdown:
		return formMarkdown(r, q), nil
	case FormText:
		return formText(r, q), nil
	}
	return nil, fmt.Errorf("unknown form format %q; use yaml, md or txt", clip(string(f), 40))
}

// ObserverWording is a statement as an observer reads it: its observer
// text with the round's window filled in, or the leader's own wording
// when the questionnaire has none for it.
func ObserverWording(it Item, window Cadence) string {
	text := it.ObserverText
	if strings.TrimSpace(text) == "" {
		text = it.Text
	}
	return FillWindow(text, window)
}

// rolesLinePrefix starts the comment that lists the roles a form offers;
// ParseForm reads the list back from it.
const rolesLinePrefix = "Your role, one of:"

func formYAML(r Round, q *Questionnaire) []byte {
	var b bytes.Buffer
	b.WriteString("# Feedback form\n")
	for _, p := range formIntro(r, q, false) {
		b.WriteString("#\n")
		writeComment(&b, "", p)
	}
	b.WriteString("\n")
	fmt.Fprintf(&b, "round: %s\n", yamlQuoted(r.ID))
	b.WriteString("questionnaire:\n")
	fmt.Fprintf(&b, "  id: %s\n  version: %d\n  hash: %s\n\n", yamlQuoted(q.ID), q.Version, yamlQuoted(q.Hash))
	fmt.Fprintf(&b, "# %s %s\nrole:\n\n", rolesLinePrefix, roleList(r.Roles))
	writeComment(&b, "", "Answers: "+scaleLine(q))
	b.WriteString("answers:\n")
	hint := scaleRange(q)
	for i, it := range q.Items {
		if i > 0 {
			b.WriteString("\n")
		}
		writeComment(&b, "  ", ObserverWording(it, r.Window()))
		writeComment(&b, "  ", hint)
		fmt.Fprintf(&b, "  %s:\n", yamlKey(it.ID))
	}
	b.WriteString("\n")
	writeComment(&b, "", "Anything else you want them to know (optional): write it on the lines below comment:, each indented by two spaces.")
	b.WriteString("comment: |\n")
	return b.Bytes()
}

// formIntro is the instruction at the top of every form, one paragraph a
// string; paper forms say how to tick instead of how to type.
func formIntro(r Round, q *Questionnaire, paper bool) []string {
	hint := fmt.Sprintf("%d (%s) to %d (%s)", q.Scale.Min, q.Scale.Label(q.Scale.Min), q.Scale.Max, q.Scale.Label(q.Scale.Max))
	na := ""
	if q.Scale.NotApplicable != "" {
		na = ", or na when it did not come up"
	}
	ps := []string{fmt.Sprintf("Someone you work with has asked how their leadership looks from where you sit. "+
		"It takes about five minutes. Answer for what you saw them do in %s, not for what you expect or hope.", r.Window().Window())}
	if paper {
		ps = append(ps,
			"Tick the role that fits how you work with them. For each statement, tick one box from "+hint+na+
				"; leave a statement unticked to skip it. At the end, write anything else you want them to know, if you like.")
	} else {
		ps = append(ps,
			"After role:, write the one that fits how you work with them. Under answers:, write a number after each statement's colon, from "+
				hint+na+"; leave it blank to skip the statement. Leave round: and questionnaire: as they are: they tie your answers to these statements.")
	}
	ps = append(ps, fmt.Sprintf("Nothing on this form names you, so please do not sign it. Your answers are only ever shown averaged with the others', "+
		"and only once at least %d people have answered. Your role is shown, beside your comment or as scores for that role, only when at least %d people in that role have answered.",
		r.MinResponses(), GroupFloor))
	if r.ManagerSeparate {
		ps = append(ps, "One exception, agreed when the round started: if you are their manager, your answers are shown on their own, apart from everyone else's.")
	}
	back := "When you are done, save the file and send it back to the person who asked."
	if paper {
		back = "When you are done, hand the form back to the person who asked."
	}
	if !r.ClosesOn.IsZero() {
		back += " The round closes at the end of " + dateWords(r.ClosesOn) + "."
	}
	return append(ps, back)
}

// scaleRange is the scale in short, for the line under each statement:
// "1 Strongly disagree to 5 Strongly agree, or na Did not come up".
func scaleRange(q *Questionnaire) string {
	s := fmt.Sprintf("%d %s to %d %s", q.Scale.Min, q.Scale.Label(q.Scale.Min), q.Scale.Max, q.Scale.Label(q.Scale.Max))
	if q.Scale.NotApplicable != "" {
		s += ", or na " + q.Scale.NotApplicable
	}
	return s
}

// scaleLine lists every answer: "1 Strongly disagree, 2 Disagree, ...".
func scaleLine(q *Questionnaire) string {
	var parts []string
	for x := q.Scale.Min; x <= q.Scale.Max; x++ {
		parts = append(parts, fmt.Sprintf("%d %s", x, q.Scale.Label(x)))
	}
	if q.Scale.NotApplicable != "" {
		parts = append(parts, "na "+q.Scale.NotApplicable)
	}
	return strings.Join(parts, ", ")
}

// writeComment writes text as YAML comment lines, wrapped. Every line of
// the text, whatever it holds, begins with "#", so nothing in a statement
// can end the comment and become part of the form's data.
func writeComment(b *bytes.Buffer, indent, text string) {
	for _, line := range wrapText(text, formWidth-len(indent)-2) {
		if line == "" {
			b.WriteString(indent + "#\n")
			continue
		}
		b.WriteString(indent + "# " + line + "\n")
	}
}

// lineBreaks are the characters some reader may take as the end of a
// line: YAML's two, and the Unicode ones an editor may honour.
var lineBreaks = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u0085", "\n", "\u2028", "\n", "\u2029", "\n")

// wrapText breaks text into lines of at most width characters, at spaces,
// keeping the text's own line breaks. A word longer than the width gets
// a line of its own.
func wrapText(text string, width int) []string {
	var out []string
	for _, para := range strings.Split(lineBreaks.Replace(text), "\n") {
		line, n := "", 0
		for _, w := range strings.Fields(para) {
			wn := len([]rune(w))
			switch {
			case n == 0:
				line, n = w, wn
			case n+1+wn <= width:
				line, n = line+" "+w, n+1+wn
			default:
				out = append(out, line)
				line, n = w, wn
			}
		}
		out = append(out, line)
	}
	return out
}

// plainKey is an id YAML reads as text when written bare; anything else
// (a number, a word YAML reads as true or null) is quoted.
var plainKey = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

var yamlWords = map[string]bool{"y": true, "n": true, "yes": true, "no": true, "on": true, "off": true,
	"true": true, "false": true, "null": true, "nan": true, "inf": true}

func yamlKey(s string) string {
	if plainKey.MatchString(s) && !yamlWords[s] {
		return s
	}
	return yamlQuoted(s)
}

// yamlQuoted writes s as a double-quoted scalar. JSON's string syntax is
// a subset of YAML's, with every control character escaped, so any text
// reads back unchanged.
func yamlQuoted(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // encoding a string cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

// dateWords writes a closing date for a sentence: "Monday 14 December 2026".
func dateWords(t time.Time) string { return t.Format("Monday 2 January 2006") }
