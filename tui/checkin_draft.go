package tui

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"

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
	body, err := json.Marshal(d)
	if err != nil || bytes.Equal(body, k.last) {
		return
	}
	stamp(&d)
	k.err = k.p.KeepDraft(d)
	if k.err == nil {
		k.last = body
	}
}

// discard deletes the draft and forgets it.
func (k *draftKeeper) discard() {
	if k.keeps() {
		k.last = nil
		k.err = k.p.DiscardDraft()
	}
}

// keptAsDraft says what leaving does with the answers, for the leave
// questions: kept when drafts are written and the last write worked.
func (c *common) keptAsDraft() bool { return c.drafts.keeps() && c.drafts.err == nil }

// keepDraft writes the check-in in progress as a draft, once anything in
// it has been touched.
func (m *Model) keepDraft() {
	if !m.common.drafts.keeps() || !m.state.asksBeforeQuit() {
		return
	}
	d := m.draft()
	if d.Empty() {
		return
	}
	m.common.drafts.write(d, func(d *assessment.Draft) {
		d.SpentSeconds = max(0, m.common.now().Sub(m.take.started).Seconds())
	})
}

// draft is the check-in in progress as a draft.
func (m Model) draft() assessment.Draft {
	c, t := m.common, m.take
	d := assessment.Draft{
		Questionnaire: assessment.RefOf(c.q),
		Items:         len(c.q.Items),
		Answers:       maps.Clone(t.answers),
		Skipped:       slices.Sorted(maps.Keys(t.skipped)),
		Timings:       maps.Clone(t.timings),
		Position:      t.i,
		Step:          m.state.draftStep(),
		Reviews:       m.review.reviews(),
		StartedAt:     t.begun,
		TakenAt:       c.takenAt,
	}
	if d.StartedAt.IsZero() {
		d.StartedAt = t.started
	}
	if len(d.Reviews) > 0 {
		d.ReviewOf = m.review.prev.ID
	}
	if m.reflect.ready() {
		d.Reflection = m.reflect.text()
	}
	if m.note.ready() {
		d.Note = m.note.text()
	}
	return d
}

// draftStep names the step of a check-in for its draft, so a resumed
// check-in opens where it was left.
func (s state) draftStep() string {
	switch s {
	case stateReview:
		return assessment.StepReview
	case stateReflect:
		return assessment.StepReflection
	case stateNote:
		return assessment.StepNote
	}
	return assessment.StepStatements
}

// resumeAt opens the step draft d was left in. The review reopens when
// its commitments arrive (reviewLoadedMsg), so it is only marked here;
// the reflection's prompts are drawn afresh from the answers.
func (m Model) resumeAt(d assessment.Draft) (Model, tea.Cmd) {
	switch d.Step {
	case assessment.StepReview:
		m.review.resumeHere = true
	case assessment.StepReflection:
		return m.afterStatements()
	case assessment.StepNote:
		return m.toNote()
	}
	return m, nil
}
