package tui

import (
	"bytes"

	"encoding/json"
	tea "github.com/charmbracelet/bubbletea"
	"maps"
	"slices"

	"github.com/leadcheck/leadcheck/store"
)

// An unfinished check-in is kept as a draft (store.Draft) in a file of its
// own, rewritten after every change to the answers, the review, the
// reflection or the note. Nothing needs flushing on the way out, so a
// check-in left by the leave question, a closed terminal, a signal or even
// SIGKILL keeps everything up to the last key press. The draft is deleted
// once the check-in is saved, or kept safe in a recovery file.

// draftKeeper writes the drafts of one database.
type draftKeeper struct {
	path string
	// last is the draft as last written, without its time, so a message
	// that changed nothing writes nothing.
	last []byte
	err  error
}

// keeps reports whether drafts are written at all; tests and callers
// without a state directory run without.
func (k *draftKeeper) keeps() bool { return k != nil && k.path != "" }

// load reads the draft; ok is false when there is none (or no keeper).
func (k *draftKeeper) load() (store.Draft, bool, error) {
	if !k.keeps() {
		return store.Draft{}, false, nil
	}
	return store.LoadDraft(k.path)
}

// write saves d unless it equals the draft last written; stamp adds the
// times, which change on every write and so never cause one alone.
func (k *draftKeeper) write(d store.Draft, stamp func(*store.Draft)) {
	body, err := json.Marshal(d)
	if err != nil || bytes.Equal(body, k.last) {
		return
	}
	stamp(&d)
	k.err = store.SaveDraft(k.path, d)
	if k.err == nil {
		k.last = body
	}
}

// discard deletes the draft and forgets it.
func (k *draftKeeper) discard() {
	if k.keeps() {
		k.last = nil
		k.err = store.DeleteDraft(k.path)
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
	if len(d.Answers) == 0 && len(d.Skipped) == 0 && len(d.Reviews) == 0 && d.Reflection == "" && d.Note == "" {
		return
	}
	m.common.drafts.write(d, func(d *store.Draft) {
		now := m.common.now()
		d.UpdatedAt, d.SpentSeconds = now, max(0, now.Sub(m.take.started).Seconds())
	})
}

// draft is the check-in in progress as a draft.
func (m Model) draft() store.Draft {
	c, t := m.common, m.take
	d := store.Draft{
		Questionnaire: store.QuestionnaireRef{ID: c.q.ID, Version: c.q.Version, Hash: c.q.Hash},
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
		return store.StepReview
	case stateReflect:
		return store.StepReflection
	case stateNote:
		return store.StepNote
	}
	return store.StepStatements
}

// resumeAt opens the step draft d was left in. The review reopens when
// its commitments arrive (reviewLoadedMsg), so it is only marked here;
// the reflection's prompts are drawn afresh from the answers.
func (m Model) resumeAt(d store.Draft) (Model, tea.Cmd) {
	switch d.Step {
	case store.StepReview:
		m.review.resumeHere = true
	case store.StepReflection:
		return m.afterStatements()
	case store.StepNote:
		// The reflection was passed on the way: it gets its prompts, so
		// its text is saved and going back finds it.
		m, _ = m.promptReflection()
		return m.toNote()
	}
	return m, nil
}
