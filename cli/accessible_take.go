package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// errNotSaved ends an accessible check-in whose input ran out before the
// end: nothing is saved, and the message says so.
var errNotSaved = errors.New("input ended before the check-in was finished; nothing was saved")

// takeAccessible runs a check-in line by line: the review of the last
// commitments, the statements, a reflection and a note, then the result,
// saved, and what to work on next.
func takeAccessible(env Env, g *globals, on time.Time) error {
	q, s, err := openBoth(env, g)
	if err != nil {
		return err
	}
	defer s.Close()
	prev, err := checkInBefore(s, on)
	if err != nil {
		return err
	}
	p := newPrompter(env)
	// Piped answers arrive all at once: their timing says nothing about
	// how carefully they were given, so only a person's typing is timed.
	timed := env.IsTerminal(env.Stdin)
	started := env.Now()

	open, err := s.OpenCommitments(on)
	if err != nil {
		return err
	}
	reviews, err := reviewAccessible(p, q, open)
	if err != nil {
		return notSaved(err)
	}
	answers, timings, err := statementsAccessible(p, q, env.Now, timed)
	if err != nil {
		return notSaved(err)
	}
	res := assessment.Evaluate(q, answers, timings)
	if err := enoughAnswers(q, res); err != nil {
		return fmt.Errorf("%w; nothing was saved", err)
	}
	reflection, note, err := wordsAccessible(p, q, res)
	if err != nil {
		return notSaved(err)
	}

	takenAt := env.Now()
	if !on.IsZero() {
		takenAt = on
	}
	rec := store.NewRecord(q, answers, res, takenAt, note)
	rec.Reflection, rec.Reviews = reflection, reviews
	if timed {
		rec.DurationSeconds = env.Now().Sub(started).Seconds()
	}
	if err := saveOrRecover(env, s, &rec); err != nil {
		p.say("")
		p.say("%s", accessibleResult(q, rec, prev))
		return err
	}
	p.say("")
	p.say("%s", accessibleResult(q, rec, prev))
	p.say("")
	p.say("Saved as %s in %s.", rec.ID, s.Path())
	return focusAccessible(p, s, rec, assessment.Suggest(q, answers, res))
}

func notSaved(err error) error {
	if errors.Is(err, errInputEnded) {
		return errNotSaved
	}
	return fmt.Errorf("%w; nothing was saved", err)
}

// checkInBefore is the latest check-in before on, or the latest of all
// when on is zero; nil when there is none.
func checkInBefore(s *store.Store, on time.Time) (*store.Record, error) {
	recs, err := s.List()
	if err != nil {
		return nil, err
	}
	for i := len(recs) - 1; i >= 0; i-- {
		if on.IsZero() || recs[i].TakenAt.Before(on) {
			return &recs[i], nil
		}
	}
	return nil, nil
}

// reviewAccessible asks how each commitment of the last check-in went.
func reviewAccessible(p *prompter, q *assessment.Questionnaire, prev *store.Record) ([]store.Review, error) {
	if prev == nil || len(prev.Commitments) == 0 {
		return nil, nil
	}
	p.say("First, your commitments from the check-in on %s.", prev.TakenAt.Format("Mon 2 Jan 2006"))
	progress := []store.Progress{store.NotStarted, store.SomeProgress, store.Done}
	var out []store.Review
	for i, c := range prev.Commitments {
		p.say("")
		p.say("Commitment %d of %d · %s", i+1, len(prev.Commitments), commitmentText(q, c))
		n, ok, err := p.number("How did it go? 1 not started, 2 some progress, 3 done (Enter to skip): ", 1, 3)
		if err != nil {
			return nil, err
		}
		if !ok {
			continue
		}
		note, err := p.ask("A note on it (optional, Enter to skip): ")
		if err != nil {
			return nil, err
		}
		out = append(out, store.Review{CheckIn: prev.ID, Commitment: c, Progress: progress[n-1], Note: note})
	}
	p.say("")
	return out, nil
}

// statementsAccessible asks every statement once, with the scale printed
// before the first.
func statementsAccessible(p *prompter, q *assessment.Questionnaire, now func() time.Time, timed bool) (assessment.Answers, assessment.Timings, error) {
	sc := q.Scale
	p.say("%d statements about the last four weeks. Answer each with a number:", len(q.Items))
	for x := sc.Min; x <= sc.Max; x++ {
		p.say("  %d  %s", x, sc.Label(x))
	}
	p.say("Press Enter alone, or type s, to skip a statement.")
	prompt := fmt.Sprintf("Your answer (%d to %d, Enter to skip): ", sc.Min, sc.Max)
	answers, timings := assessment.Answers{}, assessment.Timings{}
	for i, it := range q.Items {
		facet := it.Facet
		if f, ok := q.Facet(it.Facet); ok {
			facet = f.Name
		}
		p.say("")
		p.say("Statement %d of %d · %s", i+1, len(q.Items), facet)
		p.say("%s", it.Text)
		asked := now()
		x, ok, err := p.number(prompt, sc.Min, sc.Max)
		if err != nil {
			return nil, nil, err
		}
		if ok {
			answers[it.ID] = x
			timings[it.ID] = now().Sub(asked)
		}
	}
	if !timed {
		timings = nil
	}
	return answers, timings, nil
}

// wordsAccessible asks for one line of reflection, when the result has
// prompts for it, and a note.
func wordsAccessible(p *prompter, q *assessment.Questionnaire, res assessment.Result) (reflection, note string, err error) {
	p.say("")
	if prompts := assessment.ReflectionPrompts(q, res); len(prompts) > 0 {
		p.say("Something to reflect on:")
		for _, pr := range prompts {
			p.say("- %s", pr)
		}
		if reflection, err = p.ask("Your reflection, one line (Enter to skip): "); err != nil {
			return "", "", err
		}
	}
	note, err = p.ask("A note for this check-in, one line (Enter to skip): ")
	return reflection, note, err
}

// focusAccessible offers what to work on until the next check-in and
// saves the picks onto the saved check-in. The check-in is saved already,
// so the end of input here only means nothing was picked.
func focusAccessible(p *prompter, s *store.Store, rec store.Record, sugs []assessment.Suggestion) error {
	if len(sugs) == 0 {
		return nil
	}
	p.say("")
	p.say("What to work on until the next check-in:")
	for i, sg := range sugs {
		p.say("%d. %s: %s", i+1, sg.Facet.Name, sg.Practice)
		p.say("   Why: %s", sg.Why)
	}
	picks, err := pickNumbers(p, len(sugs))
	if errors.Is(err, errInputEnded) || err == nil && len(picks) == 0 {
		p.say("Nothing picked; the check-in is saved without commitments.")
		return nil
	}
	if err != nil {
		return err
	}
	var cs []store.Commitment
	for _, i := range picks {
		sg := sugs[i-1]
		obj, err := p.ask(fmt.Sprintf("Objective for %s, in your own words (Enter keeps the practice): ", sg.Facet.Name))
		if err != nil && !errors.Is(err, errInputEnded) {
			return err
		}
		if obj == "" {
			obj = sg.Practice
		}
		cs = append(cs, store.Commitment{Facet: sg.Facet.ID, Item: sg.Item.ID, Practice: sg.Practice, Objective: obj})
	}
	if err := s.SetCommitments(rec.ID, cs); err != nil {
		return err
	}
	p.say("Saved %d commitment(s); the next check-in starts by asking how they went.", len(cs))
	return nil
}

// pickNumbers reads a list like "1 3" of distinct numbers in 1..n; empty
// picks nothing.
func pickNumbers(p *prompter, n int) ([]int, error) {
	for {
		line, err := p.ask(fmt.Sprintf("Pick by number, e.g. 1 3 (1 to %d; Enter to skip): ", n))
		if err != nil {
			return nil, err
		}
		var picks []int
		seen := map[int]bool{}
		valid := true
		for _, f := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == ',' }) {
			x, err := strconv.Atoi(f)
			if err != nil || x < 1 || x > n {
				valid = false
				break
			}
			if !seen[x] {
				seen[x] = true
				picks = append(picks, x)
			}
		}
		if valid {
			return picks, nil
		}
		p.say("Please type numbers from 1 to %d separated by spaces, or press Enter to skip.", n)
	}
}
