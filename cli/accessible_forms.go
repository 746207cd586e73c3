package cli

import (
	"bytes"
	"errors"
	"io"
	"strconv"

	"github.com/charmbracelet/huh"

	"github.com/leadcheck/leadcheck/tui"
)

// The accessible check-in asks its forms (the review, the reflection and
// the note, what to work on, what to do with a draft) through the very
// form definitions the app shows, run line by line by tui's accessible
// runner over the prompter's input, so no answer is lost between a form
// and a statement. huh's accessible prompts print only the fields'
// titles: the check-in prints what the screen shows around a form (the
// commitment, the questions drawn from the answers, the reasons) first.

// errInputEnded is the end of standard input in the middle of a question,
// a statement's or a form's alike.
var errInputEnded = tui.ErrInputEnded

// form asks f's fields one line at a time; rules let a field take its
// answer as the screens do ("1 3" for two picks, r to resume).
func (p *prompter) form(f *huh.Form, rules ...tui.AccessibleRule) error {
	run := tui.AccessibleRunner{In: p.in, Out: optionLines{p.out}, Echo: p.echo, Rules: rules}
	err := run.Run(f)
	p.blank = err == nil // each answered field ends with a blank line
	return err
}

// optionLines drops the number an option's label starts with when huh
// numbers the option anyway: the app's labels carry their shortcut key
// ("1  Not started"), which read line by line would come out as
// "1. 1  Not started". huh writes each option line whole, so each write
// is taken on its own. Its retry lines are said as the check-in says
// them (accessible_retry.go).
type optionLines struct{ w io.Writer }

func (o optionLines) Write(p []byte) (int, error) {
	lines := bytes.Split(p, []byte("\n"))
	for i, l := range lines {
		lines[i] = sayRetry(dropLabelNumber(l))
	}
	if _, err := o.w.Write(bytes.Join(lines, []byte("\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// dropLabelNumber turns "2. 2  Some progress" into "2. Some progress",
// and "2.   2  Trust" (huh's unpicked option) into "2. Trust"; a picked
// one keeps its tick. Any other line is left as it is.
func dropLabelNumber(line []byte) []byte {
	dot := bytes.Index(line, []byte(". "))
	if dot < 1 {
		return line
	}
	n := line[:dot]
	if _, err := strconv.Atoi(string(n)); err != nil {
		return line
	}
	rest := bytes.TrimLeft(line[dot+2:], " ")
	tick := []byte{}
	if t := []byte("✓ "); bytes.HasPrefix(rest, t) {
		tick, rest = t, rest[len(t):]
	}
	label, ok := bytes.CutPrefix(rest, []byte(string(n)+"  "))
	if !ok {
		return line
	}
	return []byte(string(n) + ". " + string(tick) + string(label))
}

// inputEnded reports whether err is the end of the input.
func inputEnded(err error) bool { return errors.Is(err, errInputEnded) }
