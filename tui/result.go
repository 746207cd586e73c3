package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
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
	rec     store.Record
	prev    *store.Record
	saving  bool
	saveErr error
	prevErr error
	// recovery is the file the check-in was written to when the database
	// could not take it; recoveryErr why not even that worked.
	recovery    string
	recoveryErr error
	// viewing is set for a check-in opened from the history: nothing to
	// save, and closing goes back there.
	viewing bool
	// suggestions are the focus areas offered once the check-in is saved.
	suggestions []assessment.Suggestion
}

// savedMsg reports the save, with the check-in before it for comparison.
type savedMsg struct {
	rec     store.Record
	prev    *store.Record
	err     error
	prevErr error
	// recovery and recoveryErr report the recovery file, written when
	// the save failed.
	recovery    string
	recoveryErr error
}

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
	rec := store.NewRecord(c.q, f.answers, res, takenAt, f.note)
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

		suggestions: assessment.Suggest(c.q, f.answers, res),
	}
}

// viewResult shows a saved check-in, opened from the history, with the
// change since prev, the check-in before it (nil for the first).
func viewResult(c *common, rec store.Record, prev *store.Record) resultModel {
	return resultModel{
		c:       c,
		keys:    newResultKeys("back"),
		help:    help.New(),
		vp:      viewport.New(0, 0),
		q:       answeredWith(c, rec),
		rec:     rec,
		prev:    prev,
		viewing: true,
	}
}

// answeredWith is the questionnaire rec was answered with, when the store
// kept it; otherwise the current one stands in.
func answeredWith(c *common, rec store.Record) *assessment.Questionnaire {
	q, _ := knownQuestionnaire(c, rec)
	return q
}

// knownQuestionnaire is answeredWith, with ok false when the current
// questionnaire only stands in: then rec's answers were never given to
// its statements.
func knownQuestionnaire(c *common, rec store.Record) (*assessment.Questionnaire, bool) {
	if rec.Questionnaire.Hash == c.q.Hash {
		return c.q, true
	}
	if c.store != nil {
		if q, ok, err := c.store.Questionnaire(rec.Questionnaire.Hash); err == nil && ok {
			return q, true
		}
	}
	return c.q, false
}

// init saves the check-in. The previous one is read first, so that even a
// failed save can still show what changed. A check-in the database cannot
// take goes to a recovery file instead, to be imported later. Once it is
// kept either way, its draft is deleted.
func (m resultModel) init() tea.Cmd {
	s, rec, before, c := m.c.store, m.rec, m.c.takenAt, m.c
	draft, dir, version, storeErr := "", c.recoveryDir, c.version, c.storeErr
	if c.drafts.keeps() {
		draft = c.drafts.path
	}
	return func() tea.Msg {
		msg := savedMsg{rec: rec, err: errNoStore}
		if storeErr != nil {
			msg.err = storeErr
		}
		if s != nil {
			// A back-filled check-in compares with the one before its date.
			msg.prev, msg.prevErr = previousCheckIn(s, before)
			msg.err = s.Save(&rec)
			msg.rec = rec
		}
		if msg.err != nil && dir != "" {
			msg.recovery, msg.recoveryErr = store.WriteRecovery(dir, rec, version)
		}
		if draft != "" && (msg.err == nil || msg.recovery != "") {
			_ = store.DeleteDraft(draft) // a draft left over offers a resume: no harm
		}
		return msg
	}
}

func (m *resultModel) setSize(int, int) { m.layout() }

func (m resultModel) update(msg tea.Msg) (resultModel, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		m.saving = false
		m.rec, m.prev, m.saveErr, m.prevErr = msg.rec, msg.prev, msg.err, msg.prevErr
		m.recovery, m.recoveryErr = msg.recovery, msg.recoveryErr
		if m.recovery != "" {
			m.c.recovered = append(m.c.recovered, m.recovery)
		}
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
			return m, send(showHistoryMsg{})
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
	title := st.Title.Render("leadcheck") +
		st.Subtitle.Render(" · check-in of "+m.rec.TakenAt.Format("Mon 2 Jan 2006"))
	status := st.Success.Render(st.Glyphs.Saved + " saved")
	if m.viewing {
		title = st.Title.Render("leadcheck") +
			st.Subtitle.Render(" · check-in of "+m.rec.TakenAt.Format(historyDate))
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
	return stack(append(append([]string{spread(title, status, w)}, notes...), "")...)
}

func (m resultModel) footer() string {
	st := m.c.styles
	more := m.keys.whereInPage(st, m.vp)
	h := m.help
	h.Width = max(0, m.c.innerWidth()-lipgloss.Width(more)-2)
	h.Styles = st.Help
	return spread(h.View(m.keys), more, m.c.innerWidth())
}

// recoveryNote says where the answers of a check-in that was not saved are.
func (m resultModel) recoveryNote() string {
	switch {
	case m.recovery != "":
		return store.RecoveryAdvice(m.recovery)
	case m.c.drafts.keeps() && m.recoveryErr != nil:
		return fmt.Sprintf("No recovery file could be written either (%v); your answers are kept as a draft, which the next check-in offers to resume.", m.recoveryErr)
	}
	return "This result is shown once only; leaving this screen discards it."
}
