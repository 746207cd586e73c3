package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
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

// errLineTooLong stops a check-in whose input has a line longer than
// tui.MaxInputLine, keeping a draft as the end of input does; the forms
// stop on the same error.
var errLineTooLong = tui.ErrLineTooLong

// prompter asks questions on env.Stdout and reads the answers, one line
// each, from env.Stdin. One buffered reader serves every question, so
// piped answers are never lost between them.
type prompter struct {
	in  *bufio.Reader
	out io.Writer
	// echo repeats each answer after its prompt when the input is not
	// typed on a terminal, so the output reads as a whole conversation.
	echo bool
	// blank is set when the last line printed was blank.
	blank bool
}

func newPrompter(env Env) *prompter {
	return &prompter{in: bufio.NewReader(env.Stdin), out: plainOut(env), echo: !env.IsTerminal(env.Stdin)}
}

func (p *prompter) say(format string, args ...any) {
	line := fmt.Sprintf(format, args...)
	fmt.Fprintln(p.out, line)
	p.blank = line == ""
}

// gap starts a paragraph: a blank line, unless one was just printed.
func (p *prompter) gap() {
	if !p.blank {
		p.say("")
	}
}

// ask prints the prompt and reads one line, trimmed. A last line without a
// newline still counts; errInputEnded comes only when nothing was read.
func (p *prompter) ask(prompt string) (string, error) {
	fmt.Fprint(p.out, prompt)
	p.blank = false
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
// tui.MaxInputLine bytes of it: input that never ends a line (/dev/zero,
// a binary file) is refused rather than held in memory.
func (p *prompter) readLine() (string, error) {
	var line []byte
	for {
		chunk, err := p.in.ReadSlice('\n')
		if len(line)+len(chunk) > tui.MaxInputLine {
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

// oneLine is a name from a questionnaire, or a commitment, in a sentence
// of the accessible mode: a line break in it shows as ␊, as on the
// screens, so it cannot split the sentence into lines a screen reader
// reads as separate.
func oneLine(name string) string { return safetext.Line(name) }

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
// the next one is due, its commitments, a check-in left unfinished, and
// the commands to run. It only reads, so it opens the database read-only.
func printAccessibleHome(env Env, g *globals) error {
	q, s, err := openBothToRead(env, g)
	if err != nil {
		return err
	}
	defer s.Close()
	svc := serviceOver(env, q, s, nil, draftPath(env, s.Path()))
	last, err := svc.CheckInBefore(time.Time{})
	if err != nil {
		return err
	}
	open, err := svc.OpenCommitments(time.Time{})
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
	var latest assessment.CheckIn // zero when there is none
	if last != nil {
		latest = *last
		sayLast(p, q, latest)
	}
	due := assessment.NextDue(latest.TakenAt, last != nil, c, env.Now())
	p.say("%s", dueSentence(due, c, latest))
	if d, ok, _ := svc.Draft(); ok {
		p.say("An unfinished check-in from %s (%d of %d answered) is kept; 'leadcheck take' offers to resume it.",
			d.StartedAt.Local().Format("Mon 2 Jan, 15:04"), len(d.Answers), d.Items)
	}
	// The commitments the next check-in reviews, numbered as a review:
	// entry in an answers file names them: the latest check-in's, or
	// those an earlier one left open.
	if open != nil {
		p.say("")
		// Headed as the home screen heads them, with their status.
		if due.Now {
			p.say("Your commitments, due for review now:")
		} else {
			p.say("Your commitments, to review at your next check-in:")
		}
		for i, cm := range open.Commitments {
			p.say("%d. %s", i+1, oneLine(assessment.CommitmentLine(q, cm)))
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

// sayLast says when the last check-in was taken and how it came out.
func sayLast(p *prompter, q *assessment.Questionnaire, last assessment.CheckIn) {
	rel, res := q.RelationshipsDimension(), q.ResultsDimension()
	p.say("Last check-in: %s (%s).", last.TakenAt.Format("Mon 2 Jan 2006"), last.ID)
	p.say("%s %s, %s %s, balance %s.", oneLine(rel.Name), scoreOrNot(last.Scores.Dimensions[rel.ID]),
		oneLine(res.Name), scoreOrNot(last.Scores.Dimensions[res.ID]), balanceSpoken(q, last.Scores.Balance))
	if last.Profile != nil {
		p.say("Profile: %s.", oneLine(last.Profile.Name))
	}
}

// printTrendTable is 'trend' in accessible mode: the slopes in words and a
// table of every check-in, with no chart.
func printTrendTable(env Env, q *assessment.Questionnaire, points *tui.TrendPoints, withFlagged bool) {
	fmt.Fprintln(plainOut(env), plainText(tui.RenderTrendTableOf(q, points, printWidth, withFlagged)))
}
