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
	prev, err := checkInBefore(s, on)
	if err != nil {
		return err
	}
	a := newAccessibleCheckIn(env, q, s.Path(), on)
	if err := a.offerDraft(); err != nil {
		return err
	}
	defer stopOnSignal(env, a)()
	if err := a.collect(s, on); err != nil {
		return a.stopped(err)
	}
	return a.save(env, s, prev)
}

// collect asks every step from the one the draft was left in.
func (a *accessibleCheckIn) collect(s *store.Store, on time.Time) error {
	step := a.d.Step
	if step == "" || step == store.StepReview {
		open, err := s.OpenCommitments(on)
		if err != nil {
			return err
		}
		kept := func(rvs []store.Review) {
			a.d.Reviews, a.d.ReviewOf = rvs, open.ID
			a.keep(store.StepReview)
		}
		var before []store.Review
		if open != nil && a.d.ReviewOf == open.ID {
			before = a.d.Reviews // a resumed draft's answers, kept on Enter
		}
		if _, err := reviewAccessible(a.p, a.q, open, before, kept); err != nil {
			return err
		}
		a.keep(store.StepStatements)
	}
	if step != store.StepReflection && step != store.StepNote {
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
func (a *accessibleCheckIn) save(env Env, s *store.Store, prev *store.Record) error {
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
	rec := store.NewRecord(q, d.Answers, res, takenAt, d.Note)
	rec.Reflection, rec.Reviews = d.Reflection, d.Reviews
	if a.timed {
		rec.DurationSeconds = env.Now().Sub(d.StartedAt).Seconds()
	}
	err := saveOrRecover(env, s, &rec)
	p.say("")
	p.say("%s", accessibleResult(q, rec, prev))
	if err != nil {
		return err
	}
	if a.path != "" {
		_ = store.DeleteDraft(a.path) // a draft left over offers a resume: no harm
	}
	p.say("")
	p.say("Saved as %s in %s.", rec.ID, s.Path())
	return focusAccessible(p, s, rec, assessment.Suggest(q, d.Answers, res))
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

// reviewAccessible asks how each open commitment went, handing the
// reviews so far to kept after each one, for the draft. before are the
// reviews of a resumed draft: each is shown, and Enter keeps it.
func reviewAccessible(p *prompter, q *assessment.Questionnaire, prev *store.Record, before []store.Review,
	kept func([]store.Review)) ([]store.Review, error) {
	if prev == nil || len(prev.Commitments) == 0 {
		return nil, nil
	}
	p.say("First, your commitments from the check-in on %s.", prev.TakenAt.Format("Mon 2 Jan 2006"))
	progress := []store.Progress{store.NotStarted, store.SomeProgress, store.Done}
	var out []store.Review
	for i, c := range prev.Commitments {
		p.say("")
		p.say("Commitment %d of %d · %s", i+1, len(prev.Commitments), commitmentText(q, c))
		earlier, had := reviewOf(before, prev.ID, c)
		skip := "Enter to skip"
		if had {
			p.say("So far: %s", reviewWords(earlier))
			skip = "Enter keeps it"
		}
		n, ok, err := p.number("How did it go? 1 not started, 2 some progress, 3 done ("+skip+"): ", 1, 3)
		switch {
		case err != nil:
			return nil, err
		case !ok && had:
			out = append(out, earlier)
			continue
		case !ok:
			continue
		}
		note, err := p.ask("A note on it (optional, Enter to skip): ")
		if err != nil {
			return nil, err
		}
		out = append(out, store.Review{CheckIn: prev.ID, Commitment: c, Progress: progress[n-1], Note: note})
		kept(out)
	}
	p.say("")
	return out, nil
}

// reviewOf is the review of commitment c of check-in id among rvs.
func reviewOf(rvs []store.Review, id string, c store.Commitment) (store.Review, bool) {
	for _, rv := range rvs {
		if rv.CheckIn == id && rv.Commitment == c && rv.Progress.Valid() {
			return rv, true
		}
	}
	return store.Review{}, false
}

// reviewWords is a review as said back: "done · Did it twice".
func reviewWords(rv store.Review) string {
	if rv.Note == "" {
		return rv.Progress.Words()
	}
	return rv.Progress.Words() + " · " + rv.Note
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
