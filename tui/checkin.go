package tui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// A check-in is one screen to the router and a small router of its own
// over its steps, in order: the review of the last check-in's commitments
// (when it made any), the statements, a reflection (when the
// questionnaire has prompts), the note, the result, and picking what to
// work on (when there are suggestions). Resuming an unfinished check-in
// comes first when one is kept. Each step is a screen of its own file;
// this file moves between them on their messages and hands them the
// rest, and checkin_draft.go keeps the check-in in progress as a draft.

// step names a step of a check-in.
type step int

const (
	stepResume step = iota
	stepReview
	stepStatements
	stepReflection
	stepNote
	stepResult
	stepFocus
	stepCount // not a step: how many there are
)

// Messages from the steps of a check-in to its flow.
type (
	leaveCheckInMsg struct{}
	reviewDoneMsg   struct{}
	// firstBackMsg is "back" on the first statement.
	firstBackMsg   struct{}
	answeredAllMsg struct{}
	noteBackMsg    struct{}
	noteDoneMsg    struct{ note string }
	closeResultMsg struct{}
)

// checkIn is the check-in on view: the step at, among the steps reached.
type checkIn struct {
	c     *common
	at    step
	steps [stepCount]screen
	// done is set once the check-in is left: what arrives after that,
	// such as a late reply, changes nothing.
	done bool
}

// finishedCheckIn is everything the steps before the result collected.
type finishedCheckIn struct {
	answers    assessment.Answers
	timings    assessment.Timings
	started    time.Time
	note       string
	reflection string
	reviews    []assessment.Review
}

// openCheckIn starts a check-in on the statements at once, reading the
// last check-in alongside; its commitments, if any, come first when they
// arrive; keys typed meanwhile wait for them (keys_together.go). An
// unfinished check-in kept as a draft is offered first.
func openCheckIn(c *common) openMsg {
	return openMsg{to: screenCheckIn, build: func() (screen, tea.Cmd) {
		f := checkIn{c: c}
		if d, ok, err := c.drafts.load(); ok {
			return f.to(stepResume, newResume(c, d, err)), nil
		}
		return f.begin(nil)
	}}
}

// openFocus opens a check-in on its last step, picking what to work on,
// for a saved check-in left without: the home screen offers it.
func openFocus(c *common, rec assessment.CheckIn, sugs []assessment.Suggestion) openMsg {
	return openMsg{to: screenCheckIn, build: func() (screen, tea.Cmd) {
		return checkIn{c: c}.to(stepFocus, newFocus(c, rec, sugs)), nil
	}}
}

// The steps as the flow reads them; a step not reached yet is its zero
// value.
func (f checkIn) review() reviewModel      { s, _ := f.steps[stepReview].(reviewModel); return s }
func (f checkIn) take() takeModel          { s, _ := f.steps[stepStatements].(takeModel); return s }
func (f checkIn) reflection() reflectModel { s, _ := f.steps[stepReflection].(reflectModel); return s }
func (f checkIn) note() noteModel          { s, _ := f.steps[stepNote].(noteModel); return s }

// to puts s at step at and shows it.
func (f checkIn) to(at step, s screen) checkIn {
	f.steps[at], f.at = s, at
	return f
}

// resized lays the step on view out for the window. A step coming into
// view so builds its form afresh, as a completed form takes no more keys.
func (f checkIn) resized() checkIn {
	f.steps[f.at] = f.steps[f.at].setSize(f.c.width, f.c.height)
	return f
}

func (f checkIn) update(msg tea.Msg) (screen, tea.Cmd) {
	if f.done {
		return f, nil
	}
	if next, cmd, ok := f.navigate(msg); ok {
		return next, cmd
	}
	var cmd tea.Cmd
	f.steps[f.at], cmd = f.steps[f.at].update(msg)
	f.keepDraft()
	return f, cmd
}

func (f checkIn) view() string { return f.steps[f.at].view() }

func (f checkIn) setSize(w, h int) screen {
	f.steps[f.at] = f.steps[f.at].setSize(w, h)
	return f
}

func (f checkIn) keyMap() help.KeyMap { return f.steps[f.at].keyMap() }

func (f checkIn) asksBeforeQuit() bool { return f.steps[f.at].asksBeforeQuit() }

// keptOnQuit reports whether quitting now loses nothing: nothing was
// touched yet, or the step is written as a draft after every key and the
// last write worked.
func (f checkIn) keptOnQuit() (bool, string) {
	at, drafted := draftSteps[f.at]
	switch {
	case !drafted:
		return false, ""
	case f.draft(at).Empty():
		return true, ""
	}
	return f.c.keptAsDraft(), "this check-in is kept as a draft"
}

// waiting is the step's on view; on the statements it is also the
// commitments to review, which come before them once read.
func (f checkIn) waiting() bool {
	if f.at == stepStatements && f.review().waiting() {
		return true
	}
	return f.steps[f.at].waiting()
}

// navigate moves between the steps on their messages; ok is false for
// any other message, which is the step's own.
func (f checkIn) navigate(msg tea.Msg) (next checkIn, cmd tea.Cmd, ok bool) {
	switch msg := msg.(type) {
	case resumeDraftMsg:
		f, cmd = f.begin(&msg.draft)
	case discardDraftMsg:
		f.c.drafts.discard()
		f, cmd = f.begin(nil)
	case reviewLoadedMsg:
		f, cmd = f.reviewLoaded(msg)
	case reviewDoneMsg:
		f = f.to(stepStatements, f.take().first())
	case firstBackMsg:
		if r := f.review(); r.hasItems() {
			f.at = stepReview
			f.steps[stepReview], cmd = r.last()
		}
	case answeredAllMsg:
		next, cmd = f.afterStatements()
		return next, cmd, true
	case reflectBackMsg:
		f = f.to(stepStatements, f.take().resume())
	case reflectDoneMsg:
		next, cmd = f.toNote()
		return next, cmd, true
	case noteBackMsg:
		f = f.noteBack()
	case noteDoneMsg:
		r := newResult(f.c, f.finished(msg.note))
		f, cmd = f.to(stepResult, r), r.init()
	case pickFocusMsg:
		f = f.to(stepFocus, newFocus(f.c, msg.rec, msg.suggestions))
	case leaveCheckInMsg, closeResultMsg:
		next, cmd = f.leave()
		return next, cmd, true
	default:
		return f, nil, false
	}
	f = f.resized()
	f.keepDraft() // a step reached and left untouched is where to resume
	return f, cmd, true
}

// begin starts a check-in afresh, or from draft d when not nil: its
// answers, review, reflection, note and back-filled date come back, and
// the statements go on at the first one not answered.
func (f checkIn) begin(d *assessment.Draft) (checkIn, tea.Cmd) {
	c := f.c
	take, review := newTake(c), newReview(c)
	var reflect reflectModel
	var note noteModel
	c.drafts.last = nil
	if d != nil {
		if !d.TakenAt.IsZero() {
			c.takenAt = d.TakenAt
		}
		take, review.restore = take.restore(*d), d.Reviews
		if d.Reflection != "" {
			reflect = newReflect(c)
			reflect.setText(d.Reflection)
		}
		if d.Note != "" {
			note = newNote(c)
			note.setText(d.Note)
		}
	}
	f.steps = [stepCount]screen{stepReview: review, stepStatements: take, stepReflection: reflect, stepNote: note}
	f.at = stepStatements
	load := review.init()
	if d == nil {
		return f, load
	}
	f, cmd := f.resumeAt(*d)
	return f, tea.Batch(load, cmd)
}

// reviewLoaded takes the last check-in's commitments, and opens their
// review while the statements are still untouched, or when a resumed
// draft was left in it.
func (f checkIn) reviewLoaded(msg reviewLoadedMsg) (checkIn, tea.Cmd) {
	r, show := f.review().load(msg)
	f.steps[stepReview] = r
	f.steps[stepStatements] = f.take().afterReview(r.hasItems())
	if !show || f.at != stepStatements || !f.take().untouched() && !r.resumeHere {
		return f, nil
	}
	var cmd tea.Cmd
	f.at = stepReview
	f.steps[stepReview], cmd = r.show(r.firstOpen())
	return f, cmd
}

// afterStatements goes on to the reflection, with prompts drawn from the
// answers as they are now, or straight to the note when there are none.
func (f checkIn) afterStatements() (checkIn, tea.Cmd) {
	f, ok := f.promptReflection()
	if !ok {
		return f.toNote()
	}
	return f.to(stepReflection, f.reflection()).resized(), nil
}

// promptReflection readies the reflection with prompts drawn from the
// answers as they are now, keeping what was written; ok is false when
// the questionnaire gives none, and the step is passed over.
func (f checkIn) promptReflection() (checkIn, bool) {
	answers, timings, _ := f.take().checkIn()
	prompts := assessment.ReflectionPrompts(f.c.q, assessment.Evaluate(f.c.q, answers, timings))
	if len(prompts) == 0 {
		return f, false
	}
	r := f.reflection()
	if !r.ready() {
		r = newReflect(f.c)
	}
	r = r.withPrompts(prompts)
	r.answered = len(answers)
	f.steps[stepReflection] = r
	return f, true
}

func (f checkIn) toNote() (checkIn, tea.Cmd) {
	n := f.note()
	if !n.ready() {
		n = newNote(f.c)
	}
	n.answered = len(f.take().answers)
	return f.to(stepNote, n).resized(), nil
}

// noteBack goes back from the note to the reflection, or to the last
// statement when there was none.
func (f checkIn) noteBack() checkIn {
	if r := f.reflection(); r.ready() && len(r.prompts) > 0 {
		f.at = stepReflection
		return f
	}
	return f.to(stepStatements, f.take().resume())
}

func (f checkIn) finished(note string) finishedCheckIn {
	answers, timings, started := f.take().checkIn()
	out := finishedCheckIn{answers: answers, timings: timings, started: started, note: note, reviews: f.review().reviews()}
	if r := f.reflection(); r.ready() && len(r.prompts) > 0 {
		out.reflection = r.text()
	}
	return out
}

// leave ends the check-in: home, or out of the program when it was
// started from the command line.
func (f checkIn) leave() (checkIn, tea.Cmd) {
	f.done = true
	if f.c.fromTake {
		return f, tea.Quit
	}
	return f, send(openHome(f.c))
}
