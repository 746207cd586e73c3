package tui

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// The accessible mode asks a form's fields one line at a time, through
// huh's own accessible prompts (Field.RunAccessible), so each form is
// defined once for the screen and for the line-by-line mode. huh v1.0.0's
// runner cannot be used as it is, for two reasons this file works around:
//
//   - every prompt reads through a new buffered scanner, which takes as
//     much of piped input as it can get, so every answer after the first
//     is lost. Here each prompt reads from lineReader, which hands out one
//     line per read from a reader shared by every prompt of the run, so a
//     scanner never holds more than the line it is on; a prompt asked
//     again after a bad answer reads the next line.
//   - at the end of input a prompt takes its default, the first option
//     when there is none, and goes on as if answered. Here the end of
//     input stops the form with ErrInputEnded before any prompt sees it.
//
// A field can also take its answer in a shorter form than huh's prompt
// does (accessible_rules.go).

// ErrInputEnded is the end of input in the middle of a form: nothing the
// form asked for is complete, and a caller saves nothing on it.
var ErrInputEnded = errors.New("input ended")

// MaxInputLine bounds one line of input, its newline included. The
// longest answer, a reflection, is a few thousand characters; input
// without line breaks (/dev/zero, a binary file) would otherwise be read
// until memory runs out. It is also as much as huh's scanner holds, which
// would end a prompt silently on a longer line.
const MaxInputLine = 64 << 10

// ErrLineTooLong stops a form, or the check-in it is part of, on a line
// longer than MaxInputLine; a caller keeps a draft as at the end of input.
var ErrLineTooLong = fmt.Errorf("a line of standard input is longer than %s, more than any answer takes (check what is piped in)",
	assessment.SizeText(MaxInputLine))

// maxPrompts bounds the prompts of one form, so a form whose fields keep
// failing validation on each other cannot ask forever.
const maxPrompts = 200

// AccessibleRunner runs forms line by line. In is shared with every other
// prompt of the run (the statements have their own line prompter), so no
// line is lost between them; Echo repeats each answer after its prompt,
// for input that is not typed on a terminal, so the output reads as the
// whole exchange. Rules read the lines of the fields they name.
type AccessibleRunner struct {
	In    *bufio.Reader
	Out   io.Writer
	Echo  bool
	Rules []AccessibleRule
}

// RunFormAccessible asks form's fields one after the other, reading one
// line of in per prompt. It returns ErrInputEnded if the input ends first.
func RunFormAccessible(form *huh.Form, in *bufio.Reader, out io.Writer) error {
	return AccessibleRunner{In: in, Out: out}.Run(form)
}

// Run asks each field the form reaches, in order: groups that earlier
// answers hide are passed over, as on the screen. Fields are themed
// plainly, as a screen reader reads no styling.
func (a AccessibleRunner) Run(f *huh.Form) error {
	f.WithTheme(huh.ThemeBase()).WithKeyMap(formKeyMap())
	f.Init()
	lines := &lineReader{in: a.In, out: a.Out}
	if a.Echo {
		lines.echo = a.Out
	}
	for n := 0; f.State == huh.StateNormal; n++ {
		if n == maxPrompts {
			return fmt.Errorf("the form asked %d questions without finishing; stopped", n)
		}
		field := f.GetFocusedField()
		if err := askField(field, lines.forField(ruleFor(a.Rules, field.GetKey()))); err != nil {
			return err
		}
		fmt.Fprintln(a.Out)
		// Moving on through the form itself keeps huh's order, and lets
		// an answer hide the groups it makes pointless.
		form{f: f}.update(huh.NextField())
	}
	return nil
}

// inputEnded and readFailed travel as panics out of huh's prompts, which
// have no way to return an error, to askField.
type (
	inputEnded struct{}
	readFailed struct{ err error }
)

// askField runs one field's accessible prompt and turns the end of input
// into ErrInputEnded.
func askField(f huh.Field, in *lineReader) (err error) {
	defer func() {
		switch p := recover().(type) {
		case nil:
		case inputEnded:
			fmt.Fprintln(in.out)
			err = ErrInputEnded
		case readFailed:
			err = fmt.Errorf("reading the answers: %w", p.err)
			if errors.Is(p.err, ErrLineTooLong) {
				fmt.Fprintln(in.out)
				err = p.err
			}
		default:
			panic(p)
		}
	}()
	f.Focus()
	return f.RunAccessible(in.quiet, in)
}

// lineReader hands out in one line per Read call (in parts when the
// caller's buffer is smaller), never the start of the next line. A last
// line without a newline gets one, so it still counts as an answer.
type lineReader struct {
	in   *bufio.Reader
	line []byte // what is left of the line being handed out
	out  io.Writer
	echo io.Writer
	// rule reads the lines of the field being asked, nil for none;
	// pending are the lines it gave that the prompt has still to read,
	// and quiet is where the prompt prints.
	rule    *AccessibleRule
	pending []string
	quiet   *quietWriter
}

// forField readies r for the next field, read by rule (nil for none).
func (r *lineReader) forField(rule *AccessibleRule) *lineReader {
	r.rule, r.pending, r.line = rule, nil, nil
	r.quiet = &quietWriter{w: r.out}
	if rule != nil {
		r.quiet.says = rule.says
	}
	return r
}

func (r *lineReader) Read(p []byte) (int, error) {
	if len(r.line) == 0 {
		r.line = r.next()
	}
	n := copy(p, r.line)
	r.line = r.line[n:]
	return n, nil
}

// next is the next line for the prompt: one the field's rule gave, or
// the next line typed.
func (r *lineReader) next() []byte {
	if len(r.pending) > 0 {
		line := r.pending[0]
		r.pending = r.pending[1:]
		return []byte(line + "\n")
	}
	for {
		line := r.typed()
		if r.rule == nil {
			return line
		}
		lines, ok := r.rule.read(string(bytes.TrimSpace(line)))
		if !ok || len(lines) == 0 {
			fmt.Fprintln(r.out, r.rule.hint)
			fmt.Fprint(r.out, r.rule.ask)
			continue
		}
		r.quiet.hushed = r.rule.quiet
		r.pending = lines[1:]
		return []byte(lines[0] + "\n")
	}
}

// typed reads the next line, or stops the prompt at the end of input.
func (r *lineReader) typed() []byte {
	var line []byte
	for {
		part, err := r.in.ReadSlice('\n')
		line = append(line, part...)
		if len(line) > MaxInputLine {
			panic(readFailed{ErrLineTooLong})
		}
		switch {
		case err == nil:
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF) && len(line) > 0:
			line = append(line, '\n')
			if len(line) > MaxInputLine {
				panic(readFailed{ErrLineTooLong})
			}
		case errors.Is(err, io.EOF):
			panic(inputEnded{})
		default:
			panic(readFailed{err})
		}
		if r.echo != nil {
			fmt.Fprintln(r.echo, safetext.Line(string(bytes.TrimSpace(line))))
		}
		return line
	}
}
