package tui

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Some answers are typed more briefly line by line than huh's own
// accessible prompt takes them: every pick of a list on one line ("1 3")
// where huh wants one number a line and 0 to finish, or the letters the
// screens take ("r" resumes) where huh wants an option's number. An
// AccessibleRule reads such a line for one field and hands the field's
// prompt the lines it expects in its place, so the form is still the one
// definition and huh still asks it.

// AccessibleRule reads the lines typed at one field (named by its key).
type AccessibleRule struct {
	key string
	// read turns a typed line into the lines the prompt reads; ok false
	// means the line does not fit, and hint is said before the next one.
	read func(line string) (lines []string, ok bool)
	hint string
	// quiet hides what the prompt prints while it reads the lines read
	// gave: huh lists the options again after each pick, which says
	// nothing the person has not just typed.
	quiet bool
	// says rewrites what huh prints at this field: its prompt asks for
	// "a number between 0 and 3" and lists "0. Confirm selection", which
	// a line of picks makes untrue. ask is the prompt said in place of
	// huh's, said again after the hint.
	says map[string]string
	ask  string
}

// PicksOnOneLine is the rule of FocusPickForm: the numbers of up to limit
// of its n options on one line, spaces or commas between them; an empty
// line, or 0, picks none. The line ends the picking, so the next line
// answers the next prompt.
func PicksOnOneLine(n, limit int) AccessibleRule {
	ask := "Your picks (numbers on one line, 0 or Enter for none): "
	return AccessibleRule{
		ask:   ask,
		key:   "pick",
		quiet: true,
		hint: fmt.Sprintf("Please type up to %d numbers from 1 to %d on one line, e.g. 1 3, or 0 (or Enter) for none.",
			min(n, limit), n),
		read: func(line string) ([]string, bool) { return picks(line, n, limit) },
		says: map[string]string{
			fmt.Sprintf("Select up to %d options.\n", limit):    "",
			"0.   Confirm selection\n":                          "",
			fmt.Sprintf("Enter a number between 0 and %d: ", n): ask,
		},
	}
}

// picks are the lines huh's multi-select reads for a line of picks: each
// distinct number, then 0 to finish.
func picks(line string, n, limit int) ([]string, bool) {
	fields := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(fields) == 1 && fields[0] == "0" {
		fields = nil
	}
	var out []string
	seen := map[int]bool{}
	for _, f := range fields {
		x, err := strconv.Atoi(f)
		if err != nil || x < 1 || x > n {
			return nil, false
		}
		if !seen[x] {
			seen[x] = true
			out = append(out, strconv.Itoa(x))
		}
	}
	if len(out) > limit {
		return nil, false
	}
	return append(out, "0"), true
}

// ResumeLetters is the rule of ResumeForm: r resumes and d discards, as
// on the screen, beside the options' numbers. Anything else goes to the
// prompt as typed.
func ResumeLetters(canResume bool) AccessibleRule {
	letters := map[string]string{"d": "1"}
	if canResume {
		letters = map[string]string{"r": "1", "d": "2"}
	}
	return AccessibleRule{key: "resume", read: func(line string) ([]string, bool) {
		if n, ok := letters[strings.ToLower(strings.TrimSpace(line))]; ok {
			return []string{n}, true
		}
		return []string{line}, true
	}}
}

// ruleFor is the rule of the field with key, nil for none.
func ruleFor(rules []AccessibleRule, key string) *AccessibleRule {
	for i := range rules {
		if rules[i].key == key {
			return &rules[i]
		}
	}
	return nil
}

// quietWriter passes writes on, rewritten as says has it, until it is
// hushed. huh writes each prompt and each list of options whole, so a
// text to rewrite is never split between writes.
type quietWriter struct {
	w      io.Writer
	hushed bool
	says   map[string]string
}

func (q *quietWriter) Write(p []byte) (int, error) {
	if q.hushed {
		return len(p), nil
	}
	out := p
	for from, to := range q.says {
		out = bytes.ReplaceAll(out, []byte(from), []byte(to))
	}
	if _, err := q.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}
