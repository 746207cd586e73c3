package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/leadcheck/leadcheck/assessment"

	"github.com/leadcheck/leadcheck/practice"
)

// takeAccessible runs a check-in line by line: the review of the open
// commitments, the statements (and the skipped ones again while a side
// cannot be scored), a reflection and a note, then the result, saved, and
// what to work on next. Until it is saved it is kept as a draft.
func takeAccessible(env Env, g *globals, on time.Time) error {
	q, s, err := openBoth(env, g)
	if err != nil {
		return err
	}
	defer s.Close()
	svc := serviceOver(env, q, s, nil, draftPath(env, s.Path()))
	st, err := svc.Start(on)
	if err != nil {
		return err
	}
	a := newAccessibleCheckIn(env, svc, on)
	if err := a.offerDraft(st); err != nil {
		return err
	}
	defer stopOnSignal(env, a)()
	if err := a.collect(st.Open); err != nil {
		return a.stopped(err)
	}
	return a.save(env)
}

// collect asks every step from the one the draft was left in; open is
// the check-in whose commitments are reviewed first, nil for none.
func (a *accessibleCheckIn) collect(open *assessment.CheckIn) error {
	step := a.d.Step
	if step == "" || step == assessment.StepReview {
		kept := func(rvs []assessment.Review) {
			a.d.Reviews, a.d.ReviewOf = rvs, open.ID
			a.keep(assessment.StepReview)
		}
		if _, err := reviewAccessible(a.p, a.q, open, kept); err != nil {
			return err
		}
		a.keep(assessment.StepStatements)
	}
	if step != assessment.StepReflection && step != assessment.StepNote {
		if err := a.statements(); err != nil {
			return err
		}
	}
	if err := a.cover(); err != nil {
		return err
	}
	return a.words()
}

// save records the check-in, says the result and offers what to work on.
func (a *accessibleCheckIn) save(env Env) error {
	p, q, d := a.p, a.q, a.d
	timings := d.Timings
	if !a.timed {
		timings = nil
	}
	res := assessment.Evaluate(q, d.Answers, timings)
	takenAt := env.Now()
	if !d.TakenAt.IsZero() {
		takenAt = d.TakenAt
	}
	rec := assessment.NewCheckIn(q, d.Answers, res, takenAt, d.Note)
	rec.Reflection, rec.Reviews = d.Reflection, d.Reviews
	if a.timed {
		rec.DurationSeconds = env.Now().Sub(d.StartedAt).Seconds()
	}
	f := a.svc.Finish(rec)
	p.say("")
	p.say("%s", accessibleResult(q, f.CheckIn, f.Previous))
	if !f.Saved() {
		return f.NotSaved()
	}
	p.say("")
	p.say("Saved as %s in %s.", f.CheckIn.ID, a.svc.DatabasePath())
	return focusAccessible(p, a.svc, f.CheckIn)
}

// reviewAccessible asks how each open commitment went, handing the
// reviews so far to kept after each one, for the draft.
func reviewAccessible(p *prompter, q *assessment.Questionnaire, prev *assessment.CheckIn, kept func([]assessment.Review)) ([]assessment.Review, error) {
	if prev == nil || len(prev.Commitments) == 0 {
		return nil, nil
	}
	p.say("First, your commitments from the check-in on %s.", prev.TakenAt.Format("Mon 2 Jan 2006"))
	progress := []assessment.Progress{assessment.NotStarted, assessment.SomeProgress, assessment.Done}
	var out []assessment.Review
	for i, c := range prev.Commitments {
		p.say("")
		p.say("Commitment %d of %d · %s", i+1, len(prev.Commitments), assessment.CommitmentLine(q, c))
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
		out = append(out, assessment.Review{CheckIn: prev.ID, Commitment: c, Progress: progress[n-1], Note: note})
		kept(out)
	}
	p.say("")
	return out, nil
}

// focusAccessible offers what to work on until the next check-in and
// saves the picks onto the saved check-in. The check-in is saved already,
// so the end of input here only means nothing was picked.
func focusAccessible(p *prompter, svc *practice.Service, rec assessment.CheckIn) error {
	sugs := svc.Suggestions(rec)
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
	var cs []assessment.Commitment
	for _, i := range picks {
		sg := sugs[i-1]
		obj, err := p.ask(fmt.Sprintf("Objective for %s, in your own words (Enter keeps the practice): ", sg.Facet.Name))
		if err != nil && !errors.Is(err, errInputEnded) {
			return err
		}
		if obj == "" {
			obj = sg.Practice
		}
		cs = append(cs, assessment.Commitment{Facet: sg.Facet.ID, Item: sg.Item.ID, Practice: sg.Practice, Objective: obj})
	}
	if err := svc.SetCommitments(rec.ID, cs); err != nil {
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
