package tui

import (
	"errors"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// The Feedback screen: the latest feedback round's report, the leader's
// scores beside the team's. Below the round's minimum it shows only the
// count and how many more are needed. The page is in feedback_view.go.

type feedbackLoadedMsg struct {
	view FeedbackView
	err  error
}

type feedbackModel struct {
	c    *common
	keys feedbackKeys
	help help.Model
	vp   viewport.Model

	loaded bool
	report FeedbackView
	err    error
}

func newFeedback(c *common) feedbackModel {
	return feedbackModel{c: c, keys: newFeedbackKeys(), help: help.New(), vp: viewport.New(0, 0)}
}

// openFeedback shows the latest round's report, read afresh.
func openFeedback(c *common) openMsg {
	return openMsg{to: screenFeedback, build: func() (screen, tea.Cmd) {
		m := newFeedback(c)
		return m, m.init()
	}}
}

// init reads the report in the background; what comes back is a copy.
func (m feedbackModel) init() tea.Cmd {
	p := m.c.practice
	return replyTo(screenFeedback, func() tea.Msg {
		v, err := p.Report("")
		return feedbackLoadedMsg{view: v, err: err}
	})
}

func (m feedbackModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m feedbackModel) keyMap() help.KeyMap { return m.keys }

func (m feedbackModel) asksBeforeQuit() bool { return false }

func (m feedbackModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case feedbackLoadedMsg:
		m.loaded, m.report, m.err = true, msg.view, msg.err
		m.layout()
	case tea.MouseMsg:
		scrollWheel(&m.vp, msg)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Back):
			return m, send(openHome(m.c))
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
			m.layout()
		default:
			m.keys.scroll(&m.vp, msg)
		}
	}
	return m, nil
}

// layout draws the page at the window's size and lists the scroll keys
// only when it does not fit.
func (m *feedbackModel) layout() {
	if !m.loaded || m.c.width == 0 {
		return
	}
	w := min(m.c.innerWidth(), feedbackWidth)
	body := m.body(w)
	avail := max(1, m.c.height-height(m.header())-1-height(m.footer()))
	m.keys.setScroll(height(body) > avail)
	avail = max(1, m.c.height-height(m.header())-1-height(m.footer()))
	offset := m.vp.YOffset
	m.vp.Width, m.vp.Height = w, max(1, min(height(body), avail))
	m.vp.SetContent(body)
	m.vp.SetYOffset(offset)
}

func (m feedbackModel) body(w int) string {
	st := m.c.styles
	switch {
	case errors.Is(m.err, ErrNoRound):
		return wrap(st.Text, "No feedback round yet. To hear how your team sees you, run "+
			"'leadcheck feedback start' in a terminal: it writes a form to hand out.", w)
	case m.err != nil:
		return wrap(st.Error, st.Glyphs.Error+" Could not read the feedback: "+m.err.Error(), w)
	}
	return feedbackPage(m.c, m.report, w)
}

// ErrNoRound is what Report says when there is no feedback round yet;
// the screen then says how to start one.
var ErrNoRound = errors.New("no feedback round yet")

// feedbackWidth is the measure of the Feedback page: the table of
// scores, and the statements under it.
const feedbackWidth = 76

func (m feedbackModel) header() string {
	st := m.c.styles
	sub := " · Feedback from your team"
	if m.loaded && m.err == nil {
		sub += " · round " + safe(m.report.Round.ID)
	}
	return st.Title.Render("leadcheck") + st.Subtitle.Render(sub)
}

func (m feedbackModel) footer() string {
	return m.c.scrollFooter(m.help, m.keys, m.keys.whereInPage(m.c.styles, m.vp), m.vp.Width)
}

func (m feedbackModel) view() string {
	if !m.loaded {
		return m.c.screen("", m.c.styles.Muted.Render("Reading the feedback…"), "")
	}
	return m.c.screen(stack(m.header(), ""), m.vp.View(), m.footer())
}

type feedbackKeys struct {
	scrollKeys
	Back key.Binding
	Help key.Binding
}

func newFeedbackKeys() feedbackKeys {
	return feedbackKeys{
		scrollKeys: newScrollKeys(),
		Back:       key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "back")),
		Help:       helpKey(),
	}
}

func (k feedbackKeys) ShortHelp() []key.Binding { return []key.Binding{k.Scroll, k.Back, k.Help} }

func (k feedbackKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.scrollHelp(), {k.Back, k.Help}}
}
func (m feedbackModel) waiting() bool { return !m.loaded }
