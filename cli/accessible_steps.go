package cli

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/tui"
)

// statements asks every statement not yet answered or skipped, with the
// scale printed first.
func (a *accessibleCheckIn) statements() error {
	p, sc := a.p, a.q.Scale
	p.say("%d statements about %s. Answer each with a number:", len(a.q.Items), a.window.Window())
	for x := sc.Min; x <= sc.Max; x++ {
		p.say("  %d  %s", x, sc.Label(x))
	}
	if sc.NotApplicable != "" {
		p.say("  n  %s", sc.NotApplicable)
	}
	p.say("Press Enter alone, or type s, to skip a statement.")
	for i, it := range a.q.Items {
		_, answered := a.d.Answers[it.ID]
		if answered || slices.Contains(a.d.Skipped, it.ID) {
			continue
		}
		if err := a.statement(i); err != nil {
			return err
		}
	}
	return nil
}

// statement asks statement i and keeps the answer, or the skip, at once.
func (a *accessibleCheckIn) statement(i int) error {
	p, q, it := a.p, a.q, a.q.Items[i]
	facet := it.Facet
	if f, ok := q.Facet(it.Facet); ok {
		facet = oneLine(f.Name)
	}
	p.say("")
	p.say("Statement %d of %d, %s", i+1, len(q.Items), facet)
	p.say("%s", assessment.FillWindow(it.Text, a.window))
	asked := a.now()
	x, ok, err := p.scaleAnswer(q.Scale)
	if err != nil {
		return err
	}
	a.d.Position = i
	a.d.Skipped = slices.DeleteFunc(a.d.Skipped, func(id string) bool { return id == it.ID })
	if ok {
		a.d.Answers[it.ID] = x
		a.d.Timings[it.ID] = a.now().Sub(asked)
	} else {
		a.d.Skipped = append(a.d.Skipped, it.ID)
	}
	a.keep(assessment.StepStatements)
	return nil
}

// cover goes back to the skipped statements while a side has too few
// answers to be scored, as the app does. After each pass still short, the
// person chooses: the skipped statements again, finishing with those
// sides not scored, or stopping with the draft kept. The sides are named,
// as the app names them, since one or both may be short.
func (a *accessibleCheckIn) cover() error {
	for {
		short, needs := shortSides(a.q, assessment.Evaluate(a.q, a.d.Answers, nil))
		if len(short) == 0 {
			return nil
		}
		a.p.say("")
		for _, n := range needs {
			a.p.say("%s", n)
		}
		skipped := a.skippedOn(short)
		if len(skipped) > 0 {
			a.p.say("Here are the statements you skipped on %s; answer them, or press Enter to skip again.", a.sideNames(short))
		}
		for _, i := range skipped {
			if err := a.statement(i); err != nil {
				return err
			}
		}
		short, needs = shortSides(a.q, assessment.Evaluate(a.q, a.d.Answers, nil))
		if len(short) == 0 {
			return nil
		}
		if again, err := a.chooseShort(short, needs); err != nil || !again {
			return err
		}
	}
}

// skippedOn are the indexes of the statements of the short sides left
// without an answer; "did not come up" is an answer, so it is not here.
func (a *accessibleCheckIn) skippedOn(short map[string]bool) []int {
	var out []int
	for i, it := range a.q.Items {
		if _, ok := a.d.Answers[it.ID]; !ok && short[a.q.DimensionOf(it)] {
			out = append(out, i)
		}
	}
	return out
}

// sideNames names the short sides in the questionnaire's order, joined
// with "and", as the app's question does.
func (a *accessibleCheckIn) sideNames(short map[string]bool) string {
	var names []string
	for _, d := range a.q.Dimensions {
		if short[d.ID] {
			names = append(names, oneLine(d.Name))
		}
	}
	return strings.Join(names, " and ")
}

// chooseShort asks what to do about sides still short: true goes through
// the skipped statements again; false with no error finishes as it is.
// With none skipped (every one answered, some "did not come up"), going
// through them again would show nothing, so only f and q are offered.
func (a *accessibleCheckIn) chooseShort(short map[string]bool, needs []string) (bool, error) {
	a.p.say("")
	for _, n := range needs {
		a.p.say("Still: %s", n)
	}
	sides := a.sideNames(short)
	prompt := fmt.Sprintf("Type a to answer the skipped statements again, f to finish with %s not scored, or q to stop and keep a draft (Enter: a): ", sides)
	retry := "Please type a, f or q."
	canAgain := len(a.skippedOn(short)) > 0
	if !canAgain {
		prompt = fmt.Sprintf("None is left skipped. Type f to finish with %s not scored, or q to stop and keep a draft: ", sides)
		retry = "Please type f or q."
	}
	for {
		line, err := a.p.ask(prompt)
		if err != nil {
			return false, err
		}
		switch l := strings.ToLower(line); {
		case canAgain && (l == "" || l == "a"):
			return true, nil
		case l == "f":
			return false, nil
		case l == "q":
			return false, errStopped
		}
		a.p.say("%s", retry)
	}
}

// shortSides are the dimensions too short of answers to be scored, and
// for each a sentence saying how many more answers it needs.
func shortSides(q *assessment.Questionnaire, res assessment.Result) (map[string]bool, []string) {
	short := map[string]bool{}
	var needs []string
	for _, d := range q.Dimensions {
		c := res.Coverage[d.ID]
		if c.Needed == 0 {
			continue
		}
		short[d.ID] = true
		needs = append(needs, fmt.Sprintf("%s needs %d more %s before it can be scored (%d of %d answered).",
			oneLine(d.Name), c.Needed, plural(c.Needed, "answer", "answers"), c.Answered, c.Total))
	}
	return short, needs
}

// words asks for a reflection, when the result has questions for it,
// and a note, with the app's forms; a resumed draft's words are offered
// back, and Enter keeps them.
func (a *accessibleCheckIn) words() error {
	p := a.p
	p.gap()
	res := assessment.Evaluate(a.q, a.d.Answers, nil)
	if prompts := assessment.ReflectionPrompts(a.q, res); len(prompts) > 0 && a.d.Step != assessment.StepNote {
		p.say("Something to reflect on:")
		for _, pr := range prompts {
			p.say("- %s", pr)
		}
		a.keep(assessment.StepReflection)
		a.soFar(a.d.Reflection)
		if err := p.form(tui.ReflectionForm(prompts, &a.d.Reflection)); err != nil {
			return err
		}
	}
	a.keep(assessment.StepNote)
	a.soFar(a.d.Note)
	return p.form(tui.NoteForm(&a.d.Note))
}

// soFar says what a draft already holds for the text asked next.
func (a *accessibleCheckIn) soFar(kept string) {
	if kept != "" {
		a.p.say("So far: %s", kept)
		a.p.say("Press Enter to keep it, or type it again.")
	}
}

// scaleAnswer asks for an answer on the scale. A scale that offers "did
// not come up" takes it as n, na or 0 (when 0 is not a point on it).
func (p *prompter) scaleAnswer(s assessment.Scale) (int, bool, error) {
	if s.NotApplicable == "" {
		return p.number(fmt.Sprintf("Your answer (%d to %d, Enter to skip): ", s.Min, s.Max), s.Min, s.Max)
	}
	for {
		line, err := p.ask(fmt.Sprintf("Your answer (%d to %d, n if it did not come up, Enter to skip): ", s.Min, s.Max))
		if err != nil {
			return 0, false, err
		}
		switch l := strings.ToLower(line); {
		case l == "n" || l == "na" || l == "0" && s.Min > 0:
			return assessment.NotApplicable, true, nil
		case l == "" || l == "s":
			return 0, false, nil
		}
		if n, err := strconv.Atoi(line); err == nil && n >= s.Min && n <= s.Max {
			return n, true, nil
		}
		p.say("Please type a number from %d to %d, n if it did not come up, or press Enter to skip.", s.Min, s.Max)
	}
}
