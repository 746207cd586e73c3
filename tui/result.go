package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// resultModel saves the finished check-in and shows its result. The result
// scrolls when it does not fit, so nothing is ever cut off.
type resultModel struct {
	c    *common
	keys resultKeys
	help help.Model
	vp   viewport.Model

	// q is the questionnaire the check-in was answered with: the current
	// one for a new check-in, possibly an older snapshot for one from the
	// history, so old check-ins keep their own names and statements.
	q       *assessment.Questionnaire
	rec     assessment.CheckIn
	prev    *assessment.CheckIn
	saving  bool
	saveErr error
	prevErr error
	// recovery is the file the check-in was written to when the database
	// could not take it, with advice on what to do with it; recoveryErr
	// why not even that worked.
	recovery, advice string
	recoveryErr      error
	// viewing is set for a check-in opened from the history: nothing to
	// save, and closing goes back there.
	viewing bool
	// suggestions are the focus areas offered once the check-in is saved.
	suggestions []assessment.Suggestion
}

// savedMsg reports what became of the check-in, with the one before it
// for comparison.
type savedMsg struct{ Finished }

// newResult builds the record of a finished check-in, to be saved by init.
// A back-filled check-in takes its date from the options; its duration
// is still the time spent answering.
func newResult(c *common, f finishedCheckIn) resultModel {
	res := assessment.Evaluate(c.q, f.answers, f.timings)
	now := c.now()
	takenAt := now
	if !c.takenAt.IsZero() {
		takenAt = c.takenAt
	}
	rec := assessment.NewCheckIn(c.q, f.answers, res, takenAt, f.note)
	rec.DurationSeconds = now.Sub(f.started).Seconds()
	rec.Reflection, rec.Reviews = f.reflection, f.reviews
	closeDesc := "home"
	if c.fromTake {
		closeDesc = "quit"
	}
	return resultModel{
		c:      c,
		keys:   newResultKeys(closeDesc),
		help:   help.New(),
		vp:     viewport.New(0, 0),
		rec:    rec,
		saving: true,

		suggestions: c.practice.Suggestions(rec),
	}
}

// viewResult shows a saved check-in, opened from the history, with the
// change since prev, the check-in before it (nil for the first).
func viewResult(c *common, rec assessment.CheckIn, prev *assessment.CheckIn) resultModel {
	return resultModel{
		c:       c,
		keys:    newResultKeys("back"),
		help:    help.New(),
		vp:      viewport.New(0, 0),
		q:       c.practice.AnsweredWith(rec),
		rec:     rec,
		prev:    prev,
		viewing: true,
	}
}

// openRecord shows a saved check-in, opened from the history, with the
// change since prev, the check-in before it (nil for the first).
func openRecord(c *common, rec assessment.CheckIn, prev *assessment.CheckIn) openMsg {
	return openMsg{to: screenRecord, build: func() (screen, tea.Cmd) { return viewResult(c, rec, prev), nil }}
}

// init keeps the check-in: saved, or in a recovery file when the
// database cannot take it (Practice.Finish, which also reads the one
// before it and deletes the draft once the check-in is kept).
func (m resultModel) init() tea.Cmd {
	p, rec := m.c.practice, m.rec
	return replyTo(screenCheckIn, func() tea.Msg { return savedMsg{p.Finish(rec)} })
}

func (m resultModel) setSize(int, int) screen {
	m.layout()
	return m
}

func (m resultModel) keyMap() help.KeyMap { return m.keys }

func (m resultModel) asksBeforeQuit() bool { return false }

// waiting is true while the check-in is saved.
func (m resultModel) waiting() bool { return m.saving }

func (m resultModel) update(msg tea.Msg) (screen, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		m.saving = false
		m.rec, m.prev, m.saveErr, m.prevErr = msg.CheckIn, msg.Previous, msg.Err, msg.PreviousErr
		m.recovery, m.recoveryErr, m.advice = msg.Recovery, msg.RecoveryErr, msg.Advice
		m.c.finished(msg.Finished)
		// What to work on is saved onto the check-in, so it is offered
		// only once the check-in itself is.
		if m.saveErr == nil && len(m.suggestions) > 0 {
			m.keys.offerFocus()
		}
		m.layout()
	case tea.MouseMsg:
		scrollWheel(&m.vp, msg)
	case tea.KeyMsg:
		if m.saving {
			return m, nil // a moment; closing now would race the save
		}
		switch {
		case key.Matches(msg, m.keys.Focus):
			return m, send(pickFocusMsg{rec: m.rec, suggestions: m.suggestions})
		case key.Matches(msg, m.keys.Close) && m.viewing:
			return m, send(showMsg{to: screenHistory})
		case key.Matches(msg, m.keys.Close):
			return m, send(closeResultMsg{})
		case key.Matches(msg, m.keys.Help):
			toggleHelp(&m.help, &m.keys.Help)
			m.layout()
		default:
			m.keys.scroll(&m.vp, msg)
		}
	}
	return m, nil
}

// layout sizes the viewport to what is left between header and footer.
// The scroll keys are listed only when there is something to scroll.
func (m *resultModel) layout() {
	if m.saving || m.c.width == 0 {
		return
	}
	q := m.q
	if q == nil {
		q = m.c.q
	}
	content := renderResult(resultView{q: q, rec: m.rec, prev: m.prev, st: m.c.styles},
		m.c.innerWidth(), false)
	w := lipgloss.Width(content)
	m.keys.setScroll(true)
	avail := m.c.height - height(m.header(w)) - height(m.footer())
	if height(content) <= avail {
		m.keys.setScroll(false)
		avail = m.c.height - height(m.header(w)) - height(m.footer())
	}
	offset := m.vp.YOffset
	m.vp.Width = w
	m.vp.Height = max(1, min(height(content), avail))
	m.vp.SetContent(content)
	m.vp.SetYOffset(offset)
}

func (m resultModel) view() string {
	st := m.c.styles
	if m.saving {
		return m.c.screen("", st.Muted.Render("Saving your check-in…"), "")
	}
	return m.c.screen(m.header(m.vp.Width), m.vp.View(), m.footer())
}

// header says whether the check-in was saved. A failed save is spelled out
// above the result, where it cannot be scrolled away.
func (m resultModel) header(w int) string {
	st := m.c.styles
	// Titled alike whether just saved or opened from the history, and as
	// show prints it: the day and the time.
	title := st.Title.Render("leadcheck") +
		st.Subtitle.Render(" · Check-in of "+m.rec.TakenAt.Format(historyDate))
	status := st.Success.Render(st.Glyphs.Saved + " saved")
	if m.viewing {
		status = st.Muted.Render("from your history")
		if lipgloss.Width(title)+lipgloss.Width(status)+2 > w {
			status = ""
		}
	}
	var notes []string
	if m.saveErr != nil {
		status = st.Error.Render(st.Glyphs.Error + " not saved")
		notes = append(notes, wrap(st.Error, fmt.Sprintf("%s Your answers were not saved: %v. %s",
			st.Glyphs.Error, m.saveErr, m.recoveryNote()), w))
	}
	if m.prevErr != nil {
		notes = append(notes, wrap(st.Muted, fmt.Sprintf(
			"Could not read your earlier check-in, so no changes are shown: %v", m.prevErr), w))
	}
	if lipgloss.Width(title)+lipgloss.Width(status)+2 > w {
		// Whether it was saved matters more than the time of day.
		title = st.Title.Render("leadcheck") +
			st.Subtitle.Render(" · Check-in of "+m.rec.TakenAt.Format("Mon 2 Jan 2006"))
	}
	return stack(append(append([]string{spread(title, status, w)}, notes...), "")...)
}

func (m resultModel) footer() string {
	return m.c.scrollFooter(m.help, m.keys, m.keys.whereInPage(m.c.styles, m.vp), m.vp.Width)
}

// recoveryNote says where the answers of a check-in that was not saved are.
func (m resultModel) recoveryNote() string {
	switch {
	case m.recovery != "":
		return m.advice
	case m.c.drafts.keeps() && m.recoveryErr != nil:
		return fmt.Sprintf("No recovery file could be written either (%v); your answers are kept as a draft, which the next check-in offers to resume.", m.recoveryErr)
	}
	return "This result is shown once only; leaving this screen discards it."
}

type resultKeys struct {
	scrollKeys
	// Focus goes on to picking what to work on; it is offered only after
	// a fresh check-in was saved and has suggestions.
	Focus key.Binding
	Close key.Binding
	Help  key.Binding
}

// newResultKeys names the close key after where it leads: home, or out of
// the program when the check-in was started from the command line.
func newResultKeys(closeDesc string) resultKeys {
	return resultKeys{
		scrollKeys: newScrollKeys(),
		Focus:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "pick what to work on"), key.WithDisabled()),
		Close:      key.NewBinding(key.WithKeys("enter", "q", "esc"), key.WithHelp("enter/q", closeDesc)),
		Help:       helpKey(),
	}
}

// offerFocus gives enter to the focus step; q and esc still close, which
// skips it.
func (k *resultKeys) offerFocus() {
	k.Focus.SetEnabled(true)
	k.Close.SetKeys("q", "esc")
	k.Close.SetHelp("q", k.Close.Help().Desc)
}

func (k resultKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Focus, k.Close, k.Scroll, k.Help}
}

func (k resultKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Focus, k.Close, k.Help}, k.scrollHelp()}
}
