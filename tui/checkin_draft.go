package tui

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/leadcheck/leadcheck/assessment"
)

// An unfinished check-in is kept as a draft (Practice.KeepDraft) after
// every change to the answers, the review, the reflection or the note.
// Nothing needs flushing on the way out, so a check-in left by the leave
// question, a closed terminal, a signal or even SIGKILL keeps everything
// up to the last key press. The draft is deleted once the check-in is
// saved, or kept safe in a recovery file.

// draftKeeper writes the drafts of one database through the use cases,
// and only when something changed.
type draftKeeper struct {
	p Practice
	// last is the draft as last written, without its times, so a message
	// that changed nothing writes nothing.
	last []byte
	err  error
	// kept is set while a draft written this run is on disk: it says,
	// once the program ends, that a check-in was left unfinished.
	kept bool
	// held is set while the keys of one read are handled (release): a
	// pasted paragraph is hundreds of keys, and a write for each, every
	// one synced to disk, froze the screen for seconds before it showed
	// the text. pending is the last draft asked for meanwhile.
	held    bool
	pending *heldDraft
}

// heldDraft is a write put off while keys are held.
type heldDraft struct {
	d     assessment.Draft
	stamp func(*assessment.Draft)
}

// hold puts off writes until flush.
func (k *draftKeeper) hold() {
	if k != nil {
		k.held = true
	}
}

// flush writes the last draft asked for while held, once.
func (k *draftKeeper) flush() {
	if k == nil {
		return
	}
	k.held = false
	if p := k.pending; p != nil {
		k.pending = nil
		k.write(p.d, p.stamp)
	}
}

// keeps reports whether drafts are written at all; tests and callers
// without a state directory run without.
func (k *draftKeeper) keeps() bool { return k != nil && k.p != nil && k.p.KeepsDrafts() }

// load reads the draft; ok is false when there is none (or no keeper).
func (k *draftKeeper) load() (assessment.Draft, bool, error) {
	if !k.keeps() {
		return assessment.Draft{}, false, nil
	}
	return k.p.Draft()
}

// write saves d unless it equals the draft last written; stamp adds the
// time spent, which changes on every write and so never causes one alone.
func (k *draftKeeper) write(d assessment.Draft, stamp func(*assessment.Draft)) {
	if k.held {
		k.pending = &heldDraft{d: d, stamp: stamp}
		return
	}
	body, err := json.Marshal(d)
	if err != nil || bytes.Equal(body, k.last) {
		return
	}
	stamp(&d)
	k.err = k.p.KeepDraft(d)
	if k.err == nil {
		k.last, k.kept = body, true
	}
}

// discard deletes the draft and forgets it.
func (k *draftKeeper) discard() {
	if k.keeps() {
		k.last, k.kept, k.pending = nil, false, nil
		k.err = k.p.DiscardDraft()
	}
}

// keptAsDraft says what leaving does with the answers, for the leave
// questions: kept when drafts are written and the last write worked.
func (c *common) keptAsDraft() bool { return c.drafts.keeps() && c.drafts.err == nil }

// draftSteps are the steps a check-in is kept as a draft on, with the
// name the draft records, so a resumed check-in opens where it was left.
var draftSteps = map[step]string{
	stepReview:     assessment.StepReview,
	stepStatements: assessment.StepStatements,
	stepReflection: assessment.StepReflection,
	stepNote:       assessment.StepNote,
}

// keepDraft writes the check-in in progress as a draft, once anything in
// it has been touched.
func (f checkIn) keepDraft() {
	at, drafted := draftSteps[f.at]
	if !f.c.drafts.keeps() || !drafted {
		return
	}
	d := f.draft(at)
	if d.Empty() {
		return
	}
	started := f.take().started
	f.c.drafts.write(d, func(d *assessment.Draft) {
		d.SpentSeconds = max(0, f.c.now().Sub(started).Seconds())
	})
}

// draft is the check-in in progress as a draft, left at step at.
func (f checkIn) draft(at string) assessment.Draft {
	c, t, r := f.c, f.take(), f.review()
	d := assessment.Draft{
		Questionnaire: assessment.RefOf(c.q),
		Items:         len(c.q.Items),
		Answers:       maps.Clone(t.answers),
		Skipped:       slices.Sorted(maps.Keys(t.skipped)),
		Timings:       maps.Clone(t.timings),
		Position:      t.i,
		Step:          at,
		Reviews:       r.reviews(),
		StartedAt:     t.begun,
		TakenAt:       c.takenAt,
	}
	if d.StartedAt.IsZero() {
		d.StartedAt = t.started
	}
	if len(d.Reviews) > 0 {
		d.ReviewOf = r.prev.ID
	}
	if rf := f.reflection(); rf.ready() {
		d.Reflection = rf.text()
	}
	if n := f.note(); n.ready() {
		d.Note = n.text()
	}
	return d
}

// resumeAt opens the step draft d was left in. The review reopens when
// its commitments arrive (reviewLoadedMsg), so it is only marked here;
// the reflection's prompts are drawn afresh from the answers.
func (f checkIn) resumeAt(d assessment.Draft) (checkIn, tea.Cmd) {
	switch d.Step {
	case assessment.StepReview:
		r := f.review()
		r.resumeHere = true
		f.steps[stepReview] = r
	case assessment.StepReflection:
		return f.afterStatements()
	case assessment.StepNote:
		// The reflection was passed on the way: it gets its prompts, so
		// its text is saved and going back finds it.
		f, _ = f.promptReflection()
		return f.toNote()
	}
	return f, nil
}

// restore takes over a draft's answers, for the statements step, and goes
// on at the statement the draft was left on. The clock is set back by the
// time already spent, so the check-in records its time answering, not the
// hours between sittings.
func (m takeModel) restore(d assessment.Draft) takeModel {
	for id, x := range d.Answers {
		m.answers[id] = x
	}
	for _, id := range d.Skipped {
		m.skipped[id] = true
	}
	maps.Copy(m.timings, d.Timings)
	m.begun = d.StartedAt
	m.started = m.started.Add(-time.Duration(d.SpentSeconds * float64(time.Second)))
	m.show(min(max(0, d.Position), len(m.items)-1))
	return m
}
