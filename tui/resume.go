package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/leadcheck/leadcheck/assessment"
)

// resumeModel comes before a new check-in when an unfinished one was kept
// (checkin_draft.go): resume it, discard it (after asking), or go back, with
// ResumeForm. A draft answered with a questionnaire that has changed since,
// or one that cannot be read, can only be discarded, and the screen says
// why.
type resumeModel struct {
	c    *common
	keys resumeKeys
	help help.Model

	draft assessment.Draft
	// err is why the draft cannot be read; stale is set when it was
	// answered with another questionnaire.
	err    error
	stale  bool
	choice *string
	form   form
	// discard asks before the draft is deleted; nil when not asking.
	discard *question
}

// Messages from the resume step to the check-in's flow.
type (
	resumeDraftMsg  struct{ draft assessment.Draft }
	discardDraftMsg struct{}
)

// resumeKeys are shortcuts for the form's choices, beside its arrows and
// enter.
type resumeKeys struct {
	Pick    key.Binding // help only: the form's arrows and enter
	Resume  key.Binding
	Discard key.Binding
	Back    key.Binding
}

func newResumeKeys() resumeKeys {
	return resumeKeys{
		Pick:    key.NewBinding(key.WithKeys("up", "down", "enter"), key.WithHelp("↑/↓ enter", "choose")),
		Resume:  key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "resume")),
		Discard: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "discard")),
		Back:    key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("q", "back")),
	}
}

func (k resumeKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Pick, k.Resume, k.Discard, k.Back}
}
func (k resumeKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

func newResume(c *common, d assessment.Draft, err error) resumeModel {
	m := resumeModel{c: c, keys: newResumeKeys(), help: help.New(), draft: d, err: err}
	m.stale = err == nil && !c.practice.Resumable(d)
	canResume := err == nil && !m.stale
	m.keys.Resume.SetEnabled(canResume)
	choice := DiscardDraft
	if canResume {
		choice = ResumeDraft
	}
	m.choice = &choice
	m.form = newForm(c, ResumeForm(m.question(), canResume, m.choice), m.formWidth())
	return m
}

func (m resumeModel) width() int { return min(m.c.innerWidth(), statementWidth) }

func (m resumeModel) formWidth() int { return min(m.c.innerWidth(), statementWidth+formFrame) }

func (m resumeModel) setSize(int, int) screen {
	m.form.setWidth(m.formWidth())
	if m.discard != nil {
		m.discard.setWidth(m.c.innerWidth())
	}
	return m
}

func (m resumeModel) keyMap() help.KeyMap {
	if m.discard != nil {
		return m.discard.keys
	}
	return m.keys
}

func (m resumeModel) asksBeforeQuit() bool { return false }

func (m resumeModel) waiting() bool { return false }

func (m resumeModel) update(msg tea.Msg) (screen, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	if m.discard != nil {
		switch m.discard.answer(km) {
		case saidYes:
			return m, send(discardDraftMsg{})
		case saidNo:
			m.discard = nil
			m.form = newForm(m.c, ResumeForm(m.question(), m.keys.Resume.Enabled(), m.choice), m.formWidth())
		}
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.Resume):
		*m.choice = ResumeDraft
	case key.Matches(km, m.keys.Discard):
		*m.choice = DiscardDraft
	case key.Matches(km, m.keys.Back):
		*m.choice = KeepDraft
	default:
		m.form.update(km)
		if !m.form.completed() {
			return m, nil
		}
	}
	return m.choose()
}

// choose acts on the choice: a discard asks first.
func (m resumeModel) choose() (resumeModel, tea.Cmd) {
	switch *m.choice {
	case ResumeDraft:
		return m, send(resumeDraftMsg{draft: m.draft})
	case DiscardDraft:
		q := newQuestion(m.c, DiscardQuestion(m.draft),
			"Discard", "Keep it", plainKeys("discard", "keep it"))
		m.discard = &q
		return m, nil
	}
	return m, send(leaveCheckInMsg{})
}

// question says what is unfinished, for the form's title.
func (m resumeModel) question() string { return ResumeQuestion(m.draft, m.err) }

func (m resumeModel) view() string {
	st := m.c.styles
	w := m.width()
	var lines []string
	if note := ResumeNote(m.draft, m.err, !m.stale); note != "" {
		style := st.Muted
		if m.err != nil {
			style = st.Error
		}
		lines = append(lines, wrap(style, note, w))
	}
	footer := m.c.helpView(m.help, m.keyMap())
	if m.discard != nil {
		footer = m.discard.footer(m.c, m.help)
	}
	body := stack("", m.form.view())
	if len(lines) > 0 {
		body = stack(body, "", stack(lines...))
	}
	return m.c.screen(m.c.checkInTitle(), body, footer)
}
