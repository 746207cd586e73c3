package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/tui"
)

// An accessible check-in keeps its draft the way the app does (through
// the use cases, one file per database): rewritten after every answer, so the end
// of input, ctrl+c or a signal loses nothing, and the next check-in in
// either mode offers to resume it where it was left.

// accessibleCheckIn is an accessible check-in in progress.
type accessibleCheckIn struct {
	p     *prompter
	q     *assessment.Questionnaire
	svc   *practice.Service
	now   func() time.Time
	timed bool
	// window is the cadence the statements' {window} is filled from.
	window assessment.Cadence
	d      assessment.Draft
	// err is the last write's error.
	err error
}

func newAccessibleCheckIn(env Env, svc *practice.Service, on time.Time) *accessibleCheckIn {
	return &accessibleCheckIn{
		p: newPrompter(env), q: svc.Questionnaire(), svc: svc, now: env.Now, window: statementWindow(svc),
		// Piped answers arrive all at once: their timing says nothing
		// about how carefully they were given.
		timed: env.IsTerminal(env.Stdin),
		d:     svc.NewDraft(on),
	}
}

// keep writes the draft as left in step, once anything has been given.
func (a *accessibleCheckIn) keep(step string) {
	a.d.Step = step
	a.err = a.svc.KeepDraft(a.d)
}

// kept reports whether the draft on disk holds what was given.
func (a *accessibleCheckIn) kept() bool {
	return a.svc.KeepsDrafts() && a.err == nil && (len(a.d.Answers) > 0 || len(a.d.Skipped) > 0 || len(a.d.Reviews) > 0)
}

// stopped is the error for a check-in ended before it was saved: the
// input ran out, or the person chose to stop. It says what was kept.
func (a *accessibleCheckIn) stopped(err error) error {
	what := "the check-in was stopped before it was finished"
	switch {
	case errors.Is(err, errInputEnded):
		what = "input ended before the check-in was finished"
	case errors.Is(err, errLineTooLong):
		what = err.Error()
	case !errors.Is(err, errStopped):
		return fmt.Errorf("%w; nothing was saved", err)
	}
	if !a.kept() {
		return fmt.Errorf("%s; nothing was saved", what)
	}
	n := len(a.d.Answers)
	given := fmt.Sprintf("your %d %s %s", n, plural(n, "answer", "answers"), plural(n, "is", "are"))
	if n == 0 {
		given = "what you gave is"
	}
	return fmt.Errorf("%s; nothing was saved to the history, but %s kept as a draft: run 'leadcheck take' again to resume it", what, given)
}

// errStopped is the person choosing to stop, keeping the draft.
var errStopped = errors.New("stopped")

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// offerDraft offers the draft left by an earlier check-in, in either
// mode, with the app's ResumeForm: resume it (the default), discard it
// after asking, or leave it for now. One answered with another
// questionnaire, or that cannot be read, can only be discarded, and
// Enter leaves it as it is.
func (a *accessibleCheckIn) offerDraft(st practice.Start) error {
	if st.Draft == nil {
		return nil
	}
	d, readErr := *st.Draft, st.DraftErr
	canResume := readErr == nil && a.svc.Resumable(d)
	if note := tui.ResumeNote(d, readErr, canResume); note != "" {
		a.p.say("%s", note)
	}
	choice := tui.KeepDraft
	if canResume {
		choice = tui.ResumeDraft
	}
	for {
		discard, err := a.chooseDraft(d, readErr, canResume, &choice)
		if inputEnded(err) {
			return errors.New("input ended before the check-in was finished; nothing was saved to the history, and the unfinished check-in is still kept as a draft")
		}
		switch {
		case err != nil:
			return err
		case choice == tui.ResumeDraft:
			a.resume(d)
			return nil
		case choice == tui.KeepDraft:
			return fmt.Errorf("the unfinished check-in %s is kept; nothing was changed: run 'leadcheck take' again to choose", a.svc.DraftPath())
		case discard:
			return a.discard()
		}
	}
}

// chooseDraft asks what to do with draft d (readErr: why it cannot be
// read) into choice, and, for a discard, whether it is meant.
func (a *accessibleCheckIn) chooseDraft(d assessment.Draft, readErr error, canResume bool, choice *string) (discard bool, err error) {
	err = a.p.form(tui.ResumeForm(tui.ResumeQuestion(d, readErr), canResume, choice), tui.ResumeLetters(canResume))
	if err != nil || *choice != tui.DiscardDraft {
		return false, err
	}
	err = a.p.form(tui.ConfirmForm(tui.DiscardQuestion(d), "Discard", "Keep it", &discard))
	return discard, err
}

func (a *accessibleCheckIn) discard() error {
	if err := a.svc.DiscardDraft(); err != nil {
		return err
	}
	a.p.say("Discarded; starting a new check-in.")
	return nil
}

// resume takes over draft d: its answers, review, words and date.
func (a *accessibleCheckIn) resume(d assessment.Draft) {
	if d.Answers == nil {
		d.Answers = assessment.Answers{}
	}
	if d.Timings == nil {
		d.Timings = assessment.Timings{}
	}
	if !a.d.TakenAt.IsZero() {
		d.TakenAt = a.d.TakenAt // --date given now wins
	}
	a.d = d
}

// stopOnSignal keeps the promise of the draft when the process is told to
// stop (ctrl+c, a closed terminal, SIGTERM): the draft is on disk already,
// so it only says so and exits. Only the real standard input is read
// this way; the returned function stops listening.
func stopOnSignal(env Env, a *accessibleCheckIn) func() {
	if f, ok := env.Stdin.(*os.File); !ok || f != os.Stdin {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case <-ch:
			fmt.Fprintf(env.Stderr, "\nleadcheck: %v\n", a.stopped(errStopped))
			os.Exit(1)
		case <-done:
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

// statementWindow is the cadence a check-in's statements ask about; the
// default when the settings cannot be read, so a statement still reads as
// a sentence.
func statementWindow(svc interface {
	Cadence() (assessment.Cadence, bool, error)
}) assessment.Cadence {
	c, _, err := svc.Cadence()
	if err != nil || c.Days <= 0 {
		return assessment.DefaultCadence
	}
	return c
}
