package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/leadcheck/leadcheck/assessment"
)

// resumeModel comes before a new check-in when an unfinished one was kept
// (draft.go): resume it, discard it (after asking), or go back. A draft
// answered with another version of the questionnaire, or one that cannot
// be read, can only be discarded, and the screen says why.
type resumeModel struct {
	c       *common
	keys    resumeKeys
	confirm confirmKeys
	help    help.Model

	draft assessment.Draft
	// err is why the draft cannot be read; stale is set when it was
	// answered with another questionnaire.
	err        error
	stale      bool
	confirming bool
}

// Messages from the resume screen to the router.
type (
	resumeDraftMsg  struct{ draft assessment.Draft }
	discardDraftMsg struct{}
)

type resumeKeys struct {
	Resume  key.Binding
	Discard key.Binding
	Back    key.Binding
}

func newResumeKeys() resumeKeys {
	return resumeKeys{
		Resume:  key.NewBinding(key.WithKeys("r", "enter"), key.WithHelp("r", "resume")),
		Discard: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "discard")),
		Back:    key.NewBinding(key.WithKeys("esc", "q"), key.WithHelp("esc", "back")),
	}
}

func (k resumeKeys) ShortHelp() []key.Binding  { return []key.Binding{k.Resume, k.Discard, k.Back} }
func (k resumeKeys) FullHelp() [][]key.Binding { return [][]key.Binding{k.ShortHelp()} }

func newResume(c *common, d assessment.Draft, err error) resumeModel {
	m := resumeModel{c: c, keys: newResumeKeys(), confirm: newConfirmKeys(), help: help.New(), draft: d, err: err}
	m.confirm.Yes.SetHelp("y", "discard")
	m.confirm.No.SetHelp("n/esc", "keep it")
	m.stale = err == nil && !c.practice.Resumable(d)
	m.keys.Resume.SetEnabled(err == nil && !m.stale)
	return m
}

func (m *resumeModel) setSize(int, int) {}

func (m resumeModel) update(msg tea.Msg) (resumeModel, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	if m.confirming {
		switch {
		case key.Matches(km, m.confirm.Yes):
			return m, send(discardDraftMsg{})
		case key.Matches(km, m.confirm.No):
			m.confirming = false
		}
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.Resume):
		return m, send(resumeDraftMsg{draft: m.draft})
	case key.Matches(km, m.keys.Discard):
		m.confirming = true
	case key.Matches(km, m.keys.Back):
		return m, send(leaveCheckInMsg{})
	}
	return m, nil
}

// answered is "7 of 24 answered".
func (m resumeModel) answered() string {
	return fmt.Sprintf("%d of %d answered", len(m.draft.Answers), m.draft.Items)
}

func (m resumeModel) view() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), statementWidth)
	started := m.draft.StartedAt.Local().Format("Mon 2 Jan, 15:04")
	var lines []string
	switch {
	case m.err != nil:
		lines = append(lines, wrap(st.Statement, "You have an unfinished check-in, but it cannot be read.", w),
			"", wrap(st.Error, m.err.Error()+".", w),
			"", wrap(st.Muted, "Discard it to start a new check-in.", w))
	case m.stale:
		q := m.draft.Questionnaire
		lines = append(lines, wrap(st.Statement, fmt.Sprintf("You have an unfinished check-in from %s (%s).", started, m.answered()), w),
			"", wrap(st.Muted, fmt.Sprintf(
				"It was answered with another version of the questionnaire (%s version %d) than the one in use now, so it cannot be resumed. Discard it to start a new check-in.",
				q.ID, q.Version), w))
	default:
		lines = append(lines, wrap(st.Statement, fmt.Sprintf("You have an unfinished check-in from %s (%s).", started, m.answered()), w))
		if !m.draft.TakenAt.IsZero() {
			lines = append(lines, wrap(st.Muted, "It is recorded for "+m.draft.TakenAt.Format("Mon 2 Jan 2006")+".", w))
		}
		lines = append(lines, "", wrap(st.Muted, "Resume it where you left off, or discard it and start afresh.", w))
	}
	footer := m.c.helpView(m.help, m.keys)
	if m.confirming {
		n := len(m.draft.Answers)
		q := fmt.Sprintf("Discard the unfinished check-in? Its %d %s will be deleted. (y/n)", n, plural(n, "answer", "answers"))
		footer = joinVertical(wrap(st.Confirm, q, m.c.innerWidth()), m.c.helpView(m.help, m.confirm))
	}
	return m.c.screen(m.c.checkInTitle(), stack(append([]string{""}, lines...)...), footer)
}
