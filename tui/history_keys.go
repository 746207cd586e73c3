package tui

import (
	"github.com/charmbracelet/bubbles/key"
	btable "github.com/charmbracelet/bubbles/table"
)

// historyKeys drive the history table. The table widget's own paging keys
// are replaced: its defaults give space and d to paging, which here mark
// and delete.
type historyKeys struct {
	// empty lists the key that takes a first check-in in the short help;
	// narrow leaves out mark, so that "? more keys" still fits; single
	// leaves out compare and mark, which need a second check-in.
	empty, narrow, single bool

	Move     key.Binding // help only: stands for up and down
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Open     key.Binding
	Compare  key.Binding
	Mark     key.Binding
	Delete   key.Binding
	Take     key.Binding
	Back     key.Binding
	Help     key.Binding
}

func newHistoryKeys() historyKeys {
	return historyKeys{
		Move:     key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "move")),
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f"), key.WithHelp("pgdn/f", "page down")),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "newest")),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "oldest")),
		Open:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Compare:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "compare")),
		Mark:     key.NewBinding(key.WithKeys(" "), key.WithHelp("space", "mark")),
		Delete:   key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "delete")),
		Take:     key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "take a check-in")),
		Back:     key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "back")),
		Help:     helpKey(),
	}
}

// table gives the table widget the keys it moves by.
func (k historyKeys) table() btable.KeyMap {
	return btable.KeyMap{
		LineUp: k.Up, LineDown: k.Down, PageUp: k.PageUp, PageDown: k.PageDown,
		HalfPageUp:   key.NewBinding(key.WithKeys("ctrl+u")),
		HalfPageDown: key.NewBinding(key.WithKeys("ctrl+d")),
		GotoTop:      k.Top, GotoBottom: k.Bottom,
	}
}

func (k historyKeys) ShortHelp() []key.Binding {
	switch {
	case k.empty:
		return []key.Binding{k.Take, k.Back, k.Help}
	case k.single:
		return []key.Binding{k.Open, k.Delete, k.Back, k.Help}
	case k.narrow:
		return []key.Binding{k.Open, k.Compare, k.Delete, k.Back, k.Help}
	}
	return []key.Binding{k.Open, k.Compare, k.Mark, k.Delete, k.Back, k.Help}
}

func (k historyKeys) FullHelp() [][]key.Binding {
	if k.empty {
		return [][]key.Binding{{k.Take}, {k.Back, k.Help}}
	}
	picks := []key.Binding{k.Compare, k.Mark, k.Delete}
	if k.single {
		picks = picks[2:]
	}
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown},
		{k.Top, k.Bottom, k.Open, k.Take},
		picks,
		{k.Back, k.Help},
	}
}
