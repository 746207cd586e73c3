package tui

import tea "github.com/charmbracelet/bubbletea"

// Every key goes through one queue, so each counts, in order, on the
// screen it was meant for:
//
//   - Bubble Tea v1 hands over everything it read in one go as one key
//     message: fast typing, a slow link or a paste turns "34" into a single
//     KeyMsg with two runes. Screens match one key at a time, so such a
//     message would be dropped whole; it is split into keys of one rune.
//   - A key whose command has to run first ("h" opens the history, enter
//     in the note saves the check-in) holds back the keys after it, read
//     with it or later, until that command's message is handled, so a
//     screen change comes before the keys meant for the new screen.
//   - A screen still reading what it shows (the history, the trends, the
//     commitments to review, a check-in being saved) holds back every key
//     until it has: "hjj" typed at once lands two rows down, as it would
//     typed slowly, instead of moving through an empty list.

// keyQueue is the keys not handled yet, oldest first; awaiting is set
// while a key's command runs and the keys after it wait for its message.
type keyQueue struct {
	keys     []queuedKey
	awaiting bool
}

// queuedKey is a key waiting its turn, and whether it came in a paste:
// a pasted key counts as typed everywhere but in a question (confirm.go),
// so pasted text that holds "dy" never deletes a check-in.
type queuedKey struct {
	msg    tea.KeyMsg
	pasted bool
}

// pendingKeysMsg carries what the command of a key returned, so the keys
// queued behind that key can follow once it is handled.
type pendingKeysMsg struct{ msg tea.Msg }

// oneByOne splits a key message holding several runes, or a pasted one,
// into keys of one rune each. A pasted key names itself in brackets
// ("[3]"), so no binding matches it until it is passed on as typed.
func oneByOne(km tea.KeyMsg) []tea.KeyMsg {
	if km.Type != tea.KeyRunes || (len(km.Runes) <= 1 && !km.Paste) {
		return []tea.KeyMsg{km}
	}
	keys := make([]tea.KeyMsg, len(km.Runes))
	for i, r := range km.Runes {
		keys[i] = km
		keys[i].Runes, keys[i].Paste = []rune{r}, false
	}
	return keys
}

// waiting reports whether the screen on view is still reading what it
// shows, or saving, so that a key now would act on what is not there yet.
func (m Model) waiting() bool {
	s := m.screens[m.active]
	return s != nil && s.waiting()
}

// release handles the queued keys while nothing holds them back; cmd is
// the command of the message just handled, run alongside.
func (m Model) release(cmd tea.Cmd) (Model, tea.Cmd) {
	// The check-in in progress is written once for all the keys handled
	// here, not once for each (draftKeeper.hold).
	m.common.drafts.hold()
	defer m.common.drafts.flush()
	for len(m.keyq.keys) > 0 && !m.keyq.awaiting && !m.waiting() {
		k := m.keyq.keys[0]
		m.keyq.keys = m.keyq.keys[1:]
		var kcmd tea.Cmd
		m.common.pasting = k.pasted
		m, kcmd = m.key(k.msg)
		m.common.pasting = false
		if kcmd != nil {
			// Keys read before its message, in this read or a later
			// one, are meant for where it leads.
			m.keyq.awaiting = true
			cmd = tea.Batch(cmd, func() tea.Msg { return pendingKeysMsg{msg: kcmd()} })
		}
	}
	return m, cmd
}

// resumeKeys handles the message a key's command returned; the keys
// queued behind it follow in release. A batch or a sequence is left to
// the program: its parts run side by side anyway, as they would between
// two typed keys.
func (m Model) resumeKeys(p pendingKeysMsg) (Model, tea.Cmd) {
	m.keyq.awaiting = false
	switch msg := p.msg.(type) {
	case nil:
		return m, nil
	case tea.QuitMsg:
		m.keyq.keys = nil // nothing after quitting
		return m, tea.Quit
	case tea.BatchMsg:
		return m, tea.Batch(msg...)
	}
	m, cmd := m.route(p.msg)
	if cmd == nil {
		return m, nil
	}
	// The message led on (first run saved, then the check-in opens): the
	// keys keep waiting for where it leads, or they would land on the
	// screen being left.
	m.keyq.awaiting = true
	return m, func() tea.Msg { return pendingKeysMsg{msg: cmd()} }
}
