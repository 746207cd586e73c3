package assessment

import (
	"bytes"
	"fmt"
	"maps"
	"regexp"
	"strconv"
	"strings"
)

// Filling in a form for an observer who has leadcheck: the form as it was
// handed out, with the role, answers and comment written into it, so the
// file sent back still carries every instruction and statement, and reads
// as the same response as one filled in by hand.

// answerLine is a statement's line in a form: two spaces, the id, a
// colon and whatever was written after it.
var answerLine = regexp.MustCompile(`^  ("?[A-Za-z0-9_.-]+"?):.*$`)

// FillForm writes resp into form, the form file as it was handed out,
// for questionnaire q. It keeps every other line. The result is read back
// with ParseForm and must give resp again; otherwise (a form rearranged
// by hand, say) it is refused rather than sent with other answers.
func FillForm(form []byte, resp Response, q *Questionnaire) ([]byte, error) {
	lines := strings.Split(strings.TrimRight(string(form), "\n"), "\n")
	var out []string
	inComment, inAnswers := false, false
	for _, line := range lines {
		if top := line != "" && line[0] != ' ' && line[0] != '#'; top {
			inAnswers = strings.HasPrefix(line, "answers:")
		}
		switch {
		case inComment && (strings.HasPrefix(line, " ") || line == ""):
			continue // the earlier comment is replaced
		case strings.HasPrefix(line, "role:"):
			line = "role: " + string(resp.Role)
		case strings.HasPrefix(line, "comment:"):
			inComment = true
			out = append(out, commentBlock(resp.Comment)...)
			continue
		case inAnswers && answerLine.MatchString(line):
			line = answerFor(line, resp.Answers)
		}
		inComment = false
		out = append(out, line)
	}
	filled := []byte(strings.Join(out, "\n") + "\n")
	back, err := ParseForm("the filled-in form", filled, q)
	if err != nil {
		return nil, fmt.Errorf("the form could not be filled in: %w", err)
	}
	if back.Response.Hash() != resp.Hash() {
		return nil, fmt.Errorf("the form does not read back as the answers given; its lines were rearranged, so fill in a fresh copy of the form")
	}
	return filled, nil
}

// answerFor rewrites one statement's line with its answer, blank when it
// was skipped.
func answerFor(line string, a Answers) string {
	key := answerLine.FindStringSubmatch(line)[1]
	id := strings.Trim(key, `"`)
	x, ok := a[id]
	switch {
	case !ok:
		return "  " + key + ":"
	case x == NotApplicable:
		return "  " + key + ": na"
	}
	return "  " + key + ": " + strconv.Itoa(x)
}

// commentBlock writes a comment as a YAML literal block, each line
// indented by two spaces.
func commentBlock(comment string) []string {
	comment = strings.TrimSpace(lineBreaks.Replace(comment))
	out := []string{"comment: |"}
	if comment == "" {
		return out
	}
	for _, l := range strings.Split(comment, "\n") {
		out = append(out, strings.TrimRight("  "+l, " "))
	}
	return out
}

// FormStatements are the statements of a form as its observer reads
// them, by item id: the comment lines above each statement's line but
// the last, which gives the scale. A statement whose comment is gone
// takes its observer wording for the default window.
func FormStatements(form []byte, q *Questionnaire) map[string]string {
	out := map[string]string{}
	lines := strings.Split(string(bytes.ReplaceAll(form, []byte("\r\n"), []byte("\n"))), "\n")
	inAnswers := false
	for i, line := range lines {
		if line != "" && line[0] != ' ' && line[0] != '#' {
			inAnswers = strings.HasPrefix(line, "answers:")
		}
		m := answerLine.FindStringSubmatch(line)
		if m == nil || !inAnswers {
			continue
		}
		var above []string
		for j := i - 1; j >= 0 && strings.HasPrefix(lines[j], "  #"); j-- {
			above = append([]string{strings.TrimSpace(strings.TrimPrefix(lines[j], "  #"))}, above...)
		}
		if len(above) > 1 {
			out[strings.Trim(m[1], `"`)] = strings.Join(above[:len(above)-1], " ")
		}
	}
	for _, it := range q.Items {
		if _, ok := out[it.ID]; !ok {
			out[it.ID] = ObserverWording(it, DefaultCadence)
		}
	}
	return maps.Clone(out)
}
