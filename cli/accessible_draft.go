package cli

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// An accessible check-in keeps its draft the way the app does (store
// Draft, one file per database): rewritten after every answer, so the end
// of input, ctrl+c or a signal loses nothing, and the next check-in in
// either mode offers to resume it where it was left.

// accessibleCheckIn is an accessible check-in in progress.
type accessibleCheckIn struct {
	p     *prompter
	q     *assessment.Questionnaire
	now   func() time.Time
	timed bool
	d     store.Draft
	// path is the draft file, "" to keep none; err the last write's error.
	path string
	err  error
}

func newAccessibleCheckIn(env Env, q *assessment.Questionnaire, dbPath string, on time.Time) *accessibleCheckIn {
	return &accessibleCheckIn{
		p: newPrompter(env), q: q, now: env.Now,
		// Piped answers arrive all at once: their timing says nothing
		// about how carefully they were given.
		timed: env.IsTerminal(env.Stdin),
		path:  draftPath(env, dbPath),
		d: store.Draft{
			Questionnaire: store.QuestionnaireRef{ID: q.ID, Version: q.Version, Hash: q.Hash},
			Items:         len(q.Items), Answers: assessment.Answers{}, Timings: assessment.Timings{},
			StartedAt: env.Now(), TakenAt: on,
		},
	}
}

// keep writes the draft as left in step, once anything has been given.
func (a *accessibleCheckIn) keep(step string) {
	a.d.Step = step
	d := a.d
	if a.path == "" || len(d.Answers) == 0 && len(d.Skipped) == 0 && len(d.Reviews) == 0 && d.Reflection == "" && d.Note == "" {
		return
	}
	d.UpdatedAt = a.now()
	a.err = store.SaveDraft(a.path, d)
}

// kept reports whether the draft on disk holds what was given.
func (a *accessibleCheckIn) kept() bool {
	return a.path != "" && a.err == nil && (len(a.d.Answers) > 0 || len(a.d.Skipped) > 0 || len(a.d.Reviews) > 0)
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
// mode: resume it (the default) or discard it. One answered with another
// questionnaire can only be discarded, and the person is asked first.
func (a *accessibleCheckIn) offerDraft() error {
	if a.path == "" {
		return nil
	}
	d, ok, err := store.LoadDraft(a.path)
	if !ok {
		return nil
	}
	if err == nil && d.Questionnaire.Hash == a.q.Hash {
		a.p.say("You have an unfinished check-in from %s (%d of %d answered).",
			d.StartedAt.Local().Format("Mon 2 Jan, 15:04"), len(d.Answers), d.Items)
		for {
			line, err := a.p.ask("Resume it? Enter or r resumes, d discards it and starts afresh: ")
			if errors.Is(err, errInputEnded) {
				return errors.New("input ended before the check-in was finished; nothing was saved to the history, and the unfinished check-in is still kept as a draft")
			}
			if err != nil {
				return err
			}
			switch strings.ToLower(line) {
			case "", "r":
				a.resume(d)
				return nil
			case "d":
				return a.discard()
			}
			a.p.say("Please type r to resume or d to discard.")
		}
	}
	why := fmt.Sprintf("it was answered with another version of the questionnaire (%s version %d)", d.Questionnaire.ID, d.Questionnaire.Version)
	if err != nil {
		why = err.Error()
	}
	a.p.say("You have an unfinished check-in that cannot be resumed: %s.", why)
	line, err := a.p.ask("Discard it and start a new check-in? y discards, Enter keeps it and stops: ")
	if err != nil || !strings.EqualFold(line, "y") {
		return fmt.Errorf("the unfinished check-in %s is kept; nothing was changed", a.path)
	}
	return a.discard()
}

func (a *accessibleCheckIn) discard() error {
	if err := store.DeleteDraft(a.path); err != nil {
		return err
	}
	a.p.say("Discarded; starting a new check-in.")
	return nil
}

// resume takes over draft d: its answers, review, words and date.
func (a *accessibleCheckIn) resume(d store.Draft) {
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
