package tui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// The steps of a check-in, in order: the review of the last check-in's
// commitments (when it made any), the statements, a reflection (when the
// questionnaire has prompts), the note, the result, and picking what to
// work on (when there are suggestions). This file moves between them; each
// step is its own screen.

// Messages from the check-in's steps to the router.
type (
	startCheckInMsg struct{}
	leaveCheckInMsg struct{}
	reviewDoneMsg   struct{}
	// firstBackMsg is "back" on the first statement.
	firstBackMsg   struct{}
	answeredAllMsg struct{}
	noteBackMsg    struct{}
	noteDoneMsg    struct{ note string }
	closeResultMsg struct{}
)

// finishedCheckIn is everything the steps before the result collected.
type finishedCheckIn struct {
	answers    assessment.Answers
	timings    assessment.Timings
	started    time.Time
	note       string
	reflection string
	reviews    []store.Review
}

// startCheckIn opens the statements at once and reads the last check-in
// alongside; its commitments, if any, come first when they arrive. Keys
// typed meanwhile wait for them (keys_together.go).
// An unfinished check-in kept as a draft is offered first.
func (m Model) startCheckIn() (Model, tea.Cmd) {
	if d, ok, err := m.common.drafts.load(); ok {
		m.resume, m.state = newResume(m.common, d, err), stateResume
		return m, nil
	}
	return m.beginCheckIn(nil)
}

// beginCheckIn starts a check-in afresh, or from draft d when not nil: its
// answers, review, reflection, note and back-filled date come back, and
// the statements go on at the first one not answered.
func (m Model) beginCheckIn(d *store.Draft) (Model, tea.Cmd) {
	c := m.common
	m.take, m.note, m.reflect = newTake(c), noteModel{}, reflectModel{}
	m.review = newReview(c)
	c.drafts.last = nil
	if d != nil {
		if !d.TakenAt.IsZero() {
			c.takenAt = d.TakenAt
		}
		m.take, m.review.restore = m.take.restore(*d), d.Reviews
		if d.Reflection != "" {
			m.reflect = newReflect(c)
			m.reflect.area.SetValue(d.Reflection)
		}
		if d.Note != "" {
			m.note = newNote(c)
			m.note.area.SetValue(d.Note)
		}
	}
	m.state = stateTake
	load := m.review.init()
	if d == nil {
		return m, load
	}
	m, cmd := m.resumeAt(*d)
	return m, tea.Batch(load, cmd)
}

// navigate moves between the steps of a check-in.
func (m Model) navigate(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case startCheckInMsg:
		m, cmd = m.startCheckIn()
	case resumeDraftMsg:
		m, cmd = m.beginCheckIn(&msg.draft)
	case discardDraftMsg:
		m.common.drafts.discard()
		m, cmd = m.beginCheckIn(nil)
	case reviewLoadedMsg:
		var show bool
		if m.review, show = m.review.load(msg); show && m.state == stateTake && (m.take.untouched() || m.review.resumeHere) {
			m.state = stateReview
			m.review, cmd = m.review.show(m.review.firstOpen())
		}
	case reviewDoneMsg:
		m.take, m.state = m.take.first(), stateTake
	case firstBackMsg:
		if m.review.hasItems() {
			m.state = stateReview
			m.review, cmd = m.review.last()
		}
	case leaveCheckInMsg, closeResultMsg:
		if m.common.fromTake {
			return m, tea.Quit
		}
		m.home = newHome(m.common)
		m.state = stateHome
		cmd = m.home.init()
	case answeredAllMsg:
		return m.afterStatements()
	case reflectBackMsg:
		m.reflect.blur()
		m.take, m.state = m.take.resume(), stateTake
	case reflectDoneMsg:
		m.reflect.blur()
		return m.toNote()
	case noteBackMsg:
		m.note.blur()
		if m.reflect.ready() && len(m.reflect.prompts) > 0 {
			m.state = stateReflect
			cmd = m.reflect.focus()
			break
		}
		m.take, m.state = m.take.resume(), stateTake
	case noteDoneMsg:
		m.result = newResult(m.common, m.finished(msg.note))
		m.state = stateResult
		cmd = m.result.init()
	case pickFocusMsg:
		m.focus, m.state = newFocus(m.common, msg.rec, msg.suggestions), stateFocus
	}
	m.resizeActive()
	m.keepDraft() // a step reached and left untouched is where to resume
	return m, cmd
}

// afterStatements goes on to the reflection, with prompts drawn from the
// answers as they are now, or straight to the note when there are none.
func (m Model) afterStatements() (Model, tea.Cmd) {
	m, ok := m.promptReflection()
	if !ok {
		return m.toNote()
	}
	m.state = stateReflect
	m.resizeActive()
	return m, m.reflect.focus()
}

// promptReflection readies the reflection with prompts drawn from the
// answers as they are now, keeping what was written; ok is false when
// the questionnaire gives none, and the step is passed over.
func (m Model) promptReflection() (Model, bool) {
	answers, timings, _ := m.take.checkIn()
	prompts := assessment.ReflectionPrompts(m.common.q, assessment.Evaluate(m.common.q, answers, timings))
	if len(prompts) == 0 {
		return m, false
	}
	if !m.reflect.ready() {
		m.reflect = newReflect(m.common)
	}
	m.reflect = m.reflect.withPrompts(prompts)
	m.reflect.leave.answers = len(answers)
	return m, true
}

func (m Model) toNote() (Model, tea.Cmd) {
	if !m.note.ready() {
		m.note = newNote(m.common)
	}
	m.note.leave.answers = len(m.take.answers)
	m.state = stateNote
	m.resizeActive()
	return m, m.note.focus()
}

func (m Model) finished(note string) finishedCheckIn {
	answers, timings, started := m.take.checkIn()
	f := finishedCheckIn{answers: answers, timings: timings, started: started, note: note, reviews: m.review.reviews()}
	if m.reflect.ready() && len(m.reflect.prompts) > 0 {
		f.reflection = m.reflect.text()
	}
	return f
}

// updateCheckIn hands a message to the check-in step on view; the result
// is one too, also when opened from the history.
func (m Model) updateCheckIn(msg tea.Msg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.state {
	case stateReview:
		m.review, cmd = m.review.update(msg)
	case stateTake:
		m.take, cmd = m.take.update(msg)
	case stateReflect:
		m.reflect, cmd = m.reflect.update(msg)
	case stateNote:
		m.note, cmd = m.note.update(msg)
	case stateResult:
		m.result, cmd = m.result.update(msg)
	case stateFocus:
		m.focus, cmd = m.focus.update(msg)
	}
	m.keepDraft()
	return m, cmd
}

func (m *Model) resizeCheckIn(w, h int) {
	switch m.state {
	case stateReview:
		m.review.setSize(w, h)
	case stateTake:
		m.take.setSize(w, h)
	case stateReflect:
		m.reflect.setSize(w, h)
	case stateNote:
		m.note.setSize(w, h)
	case stateResult:
		m.result.setSize(w, h)
	case stateFocus:
		m.focus.setSize(w, h)
	}
}

func (m Model) viewCheckIn() string {
	switch m.state {
	case stateReview:
		return m.review.view()
	case stateReflect:
		return m.reflect.view()
	case stateNote:
		return m.note.view()
	case stateResult:
		return m.result.view()
	case stateFocus:
		return m.focus.view()
	}
	return m.take.view()
}

// asksBeforeQuit reports whether ctrl+c is the step's own key, asking
// before answers are thrown away, rather than the router's quit.
func (s state) asksBeforeQuit() bool {
	return s == stateReview || s == stateTake || s == stateReflect || s == stateNote
}

// checkInTitle heads every step before the result. A back-filled
// check-in names its date, so the person answers for that time.
func (c *common) checkInTitle() string {
	st := c.styles
	sub := " · check-in"
	if !c.takenAt.IsZero() {
		sub += " for " + c.takenAt.Format("Mon 2 Jan 2006")
	}
	return st.Title.Render("leadcheck") + st.Subtitle.Render(sub)
}

// previousCheckIn is the latest check-in taken before the given time, or
// the latest of all when before is zero; nil when there is none.
func previousCheckIn(s *store.Store, before time.Time) (*store.Record, error) {
	latest, ok, err := s.Latest()
	if err != nil || !ok {
		return nil, err
	}
	if before.IsZero() || latest.TakenAt.Before(before) {
		return &latest, nil
	}
	recs, err := s.List()
	if err != nil {
		return nil, err
	}
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].TakenAt.Before(before) {
			return &recs[i], nil
		}
	}
	return nil, nil
}
