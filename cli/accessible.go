package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
	"github.com/leadcheck/leadcheck/tui"
)

// The accessible mode (--accessible, ACCESSIBLE=1, or TERM=dumb) asks one
// line at a time and never redraws, so a screen reader reads each prompt
// once and piped input answers it. This file holds the prompts and the
// dashboard; accessible_take.go the check-in.

// accessible reports whether leadcheck should run line by line.
func accessible(env Env, g *globals) bool {
	if g.accessible || env.Getenv("TERM") == "dumb" {
		return true
	}
	switch strings.ToLower(strings.TrimSpace(env.Getenv("ACCESSIBLE"))) {
	case "", "0", "false", "no", "off":
		return false
	}
	return true
}

// errInputEnded is the end of standard input in the middle of a question.
var errInputEnded = errors.New("input ended")

// maxInputLine bounds one line of input. The longest answer, a
// reflection, is a few thousand characters; input without line breaks
// (/dev/zero, a binary file) would otherwise be read until memory runs
// out.
const maxInputLine = 64 << 10

// errLineTooLong stops a check-in whose input has a line longer than
// maxInputLine, keeping a draft as the end of input does.
var errLineTooLong = fmt.Errorf("a line of standard input is longer than %s, more than any answer takes (check what is piped in)",
	assessment.SizeText(maxInputLine))

// prompter asks questions on env.Stdout and reads the answers, one line
// each, from env.Stdin. One buffered reader serves every question, so
// piped answers are never lost between them.
type prompter struct {
	in  *bufio.Reader
	out io.Writer
	// echo repeats each answer after its prompt when the input is not
	// typed on a terminal, so the output reads as a whole conversation.
	echo bool
}

func newPrompter(env Env) *prompter {
	return &prompter{in: bufio.NewReader(env.Stdin), out: plainOut(env), echo: !env.IsTerminal(env.Stdin)}
}

func (p *prompter) say(format string, args ...any) { fmt.Fprintf(p.out, format+"\n", args...) }

// ask prints the prompt and reads one line, trimmed. A last line without a
// newline still counts; errInputEnded comes only when nothing was read.
func (p *prompter) ask(prompt string) (string, error) {
	fmt.Fprint(p.out, prompt)
	line, err := p.readLine()
	if errors.Is(err, errLineTooLong) {
		fmt.Fprintln(p.out)
		return "", err
	}
	if err != nil && (!errors.Is(err, io.EOF) || line == "") {
		fmt.Fprintln(p.out)
		if errors.Is(err, io.EOF) {
			return "", errInputEnded
		}
		return "", fmt.Errorf("reading standard input: %w", err)
	}
	line = strings.TrimSpace(line)
	if p.echo {
		fmt.Fprintln(p.out, line)
	}
	return line, nil
}

// readLine reads up to and including the next newline, at most
// maxInputLine bytes of it.
func (p *prompter) readLine() (string, error) {
	var line []byte
	for {
		chunk, err := p.in.ReadSlice('\n')
		if len(line)+len(chunk) > maxInputLine {
			return "", errLineTooLong
		}
		line = append(line, chunk...)
		if !errors.Is(err, bufio.ErrBufferFull) {
			return string(line), err
		}
	}
}

// number asks until the answer is a whole number in lo..hi, or empty (or
// "s") for a skip, which gives ok false.
func (p *prompter) number(prompt string, lo, hi int) (n int, ok bool, err error) {
	for {
		line, err := p.ask(prompt)
		if err != nil {
			return 0, false, err
		}
		if line == "" || strings.EqualFold(line, "s") {
			return 0, false, nil
		}
		if n, err := strconv.Atoi(line); err == nil && n >= lo && n <= hi {
			return n, true, nil
		}
		p.say("Please type a number from %d to %d, or press Enter to skip.", lo, hi)
	}
}

// plainText strips what a styled renderer adds even without colour (bold,
// padding), so the output reads cleanly aloud and in a file.
func plainText(s string) string { return trimLines(ansi.Strip(s)) }

// printable is rendered output as a command prints it: plain text in the
// accessible mode, else with only the screen's padding trimmed.
func printable(env Env, g *globals, s string) string {
	if accessible(env, g) {
		return safetext.Text(plainText(s))
	}
	return safetext.Styled(trimLines(s))
}

// printAccessibleHome is the dashboard as text: the last check-in, when
// the next one is due, its commitments, and the commands to run. It only
// reads, so it creates no database.
func printAccessibleHome(env Env, g *globals) error {
	q, s, err := openBothToRead(env, g)
	if err != nil {
		return err
	}
	last, ok, err := s.Latest()
	s.Close()
	if err != nil {
		return err
	}
	c, _, err := loadCadence(env)
	if err != nil {
		return err
	}
	p := &prompter{out: plainOut(env)}
	p.say("leadcheck: %s", q.Title)
	p.say("")
	if ok {
		rel, res := q.RelationshipsDimension(), q.ResultsDimension()
		p.say("Last check-in: %s (%s).", last.TakenAt.Format("Mon 2 Jan 2006"), last.ID)
		p.say("%s %s, %s %s, balance %s.", rel.Name, score(last.Scores.Dimensions[rel.ID]),
			res.Name, score(last.Scores.Dimensions[res.ID]), balance(last.Scores.Balance))
		if last.Profile != nil {
			p.say("Profile: %s.", last.Profile.Name)
		}
	}
	p.say("%s", dueSentence(assessment.NextDue(last.TakenAt, ok, c, env.Now()), c, last))
	if ok && len(last.Commitments) > 0 {
		p.say("")
		p.say("Working on until the next check-in:")
		for i, cm := range last.Commitments {
			p.say("%d. %s", i+1, commitmentText(q, cm))
		}
	}
	p.say("")
	p.say("Commands (add --accessible, or set ACCESSIBLE=1, to keep them line by line):")
	for _, line := range []string{
		"leadcheck take      take a check-in, one statement at a time",
		"leadcheck history   list every check-in",
		"leadcheck show      show the latest result",
		"leadcheck trend     scores over time, as a table",
		"leadcheck compare   the latest check-in against the one before",
	} {
		p.say("  %s", line)
	}
	return nil
}

// commitmentText is a commitment in one line: its facet and objective.
func commitmentText(q *assessment.Questionnaire, c store.Commitment) string {
	name := c.Facet
	if f, ok := q.Facet(c.Facet); ok {
		name = f.Name
	}
	return name + ": " + c.Objective
}

// printTrendTable is 'trend' in accessible mode: the slopes in words and a
// table of every check-in, with no chart.
func printTrendTable(env Env, q *assessment.Questionnaire, recs []store.Record) {
	fmt.Fprintln(plainOut(env), plainText(tui.RenderTrendTable(q, recs, printWidth)))
}
