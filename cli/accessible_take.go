package cli

import (
	"time"

	"github.com/leadcheck/leadcheck/assessment"

	"github.com/leadcheck/leadcheck/practice"
)

// takeAccessible runs a check-in line by line: the review of the open
// commitments, the statements (and the skipped ones again while a side
// cannot be scored), a reflection and a note, then the result, saved, and
// what to work on next. Until it is saved it is kept as a draft. As in
// the app, a database that cannot be written still takes the check-in,
// into a recovery file.
func takeAccessible(env Env, g *globals, on time.Time) error {
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return err
	}
	h, path, storeErr, err := openForApp(env, g, true)
	if err != nil {
		return err
	}
	svc := serviceOn(env, q, h, storeErr, draftPath(env, path))
	st, err := svc.Start(on)
	if err != nil {
		return err
	}
	a := newAccessibleCheckIn(env, svc, on)
	if storeErr != nil {
		a.p.say("%v", storeErr)
		a.p.say("The check-in still works: its answers will be kept in a recovery file, to import once the database can be written.")
		a.p.say("")
	}
	if id := svc.SavedDraft(); id != "" {
		a.p.say("The check-in left unfinished last time had been saved, as %s; its draft is discarded.", id)
		a.p.say("")
	}
	if err := a.offerDraft(st); err != nil {
		return err
	}
	stop := stopOnSignal(env, a)
	if err := a.collect(st.Open); err != nil {
		stop()
		return a.stopped(err)
	}
	f := a.finish()
	stop() // the draft is gone once the check-in is kept
	if !f.Saved() {
		return f.NotSaved()
	}
	a.p.say("")
	a.p.say("Saved as %s in %s.", f.CheckIn.ID, svc.DatabasePath())
	return focus(a.p, svc, f.CheckIn)
}

// collect asks every step from the one the draft was left in; open is
// the check-in whose commitments are reviewed first, nil for none.
func (a *accessibleCheckIn) collect(open *assessment.CheckIn) error {
	step := a.d.Step
	if step == "" || step == assessment.StepReview {
		if err := a.review(open); err != nil {
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

// finish keeps the check-in, in the database or else a recovery file,
// and says its result.
func (a *accessibleCheckIn) finish() practice.Finished {
	d := a.d
	timings := d.Timings
	if !a.timed {
		timings = nil
	}
	res := assessment.Evaluate(a.q, d.Answers, timings)
	takenAt := a.now()
	if !d.TakenAt.IsZero() {
		takenAt = d.TakenAt
	}
	rec := assessment.NewCheckIn(a.q, d.Answers, res, takenAt, d.Note)
	rec.Reflection, rec.Reviews = d.Reflection, d.Reviews
	if a.timed {
		rec.DurationSeconds = a.now().Sub(d.StartedAt).Seconds()
	}
	f := a.svc.Finish(rec)
	a.p.say("%s", accessibleResult(a.q, f.CheckIn, f.Previous))
	return f
}
