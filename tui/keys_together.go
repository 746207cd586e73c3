package tui

import tea "github.com/charmbracelet/bubbletea"

// Bubble Tea v1 hands over everything it read in one go as one key
// message: fast typing, a slow link or a paste turns "34" into a single
// KeyMsg with two runes. Screens match one key at a time, so such a
// message would be dropped whole. The root model splits it here, once,
// and every screen sees each key in order, as if typed one by one.

// pendingKeysMsg carries the keys still to be handled after a key whose
// command had to run first; msg is what that command returned. Running
// the command before the next key keeps a screen change ("t" opens the
// check-in) ahead of the keys meant for the new screen.
type pendingKeysMsg struct {
	msg  tea.Msg
	rest []rune
	key  tea.KeyMsg // the original message, for its Alt and Paste flags
}

// together reports whether km holds several keys at once, or is pasted:
// a pasted key names itself in brackets ("[3]"), so no binding matches it
// until it is passed on as typed.
func together(km tea.KeyMsg) bool { return km.Type == tea.KeyRunes && (len(km.Runes) > 1 || km.Paste) }

// splitKeys handles the runes of km one at a time through Update. Keys
// whose update returns no command follow at once; after one that does,
// the rest wait for that command's message (pendingKeysMsg).
func (m Model) splitKeys(km tea.KeyMsg, runes []rune) (tea.Model, tea.Cmd) {
	var model tea.Model = m
	for i, r := range runes {
		one := km
		one.Runes, one.Paste = []rune{r}, false
		var cmd tea.Cmd
		model, cmd = model.Update(one)
		if cmd == nil {
			continue
		}
		rest := runes[i+1:]
		if len(rest) == 0 {
			return model, cmd
		}
		return model, func() tea.Msg { return pendingKeysMsg{msg: cmd(), rest: rest, key: km} }
	}
	return model, nil
}

// resumeKeys handles the message a key's command returned, then the keys
// that came after it. A batch or a sequence is left to the program: its
// parts run side by side anyway, as they would between two typed keys.
func (m Model) resumeKeys(p pendingKeysMsg) (tea.Model, tea.Cmd) {
	var model tea.Model = m
	var first tea.Cmd
	switch msg := p.msg.(type) {
	case nil:
	case tea.QuitMsg:
		return m, tea.Quit
	case tea.BatchMsg:
		first = tea.Batch(msg...)
	default:
		model, first = model.Update(msg)
	}
	model, next := model.(Model).splitKeys(p.key, p.rest)
	if first == nil {
		return model, next
	}
	if next == nil {
		return model, first
	}
	return model, tea.Batch(first, next)
}
