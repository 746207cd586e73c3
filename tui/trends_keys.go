package tui

import (
	"github.com/charmbracelet/bubbles/key"
)

// trendsKeys pick the trends screen's window and what it shows, and
// scroll what does not fit.
type trendsKeys struct {
	// narrow leaves the window keys out of the short help while the
	// scroll keys are in it; the header's tabs still show the windows.
	narrow bool

	Window  key.Binding    // help only: stands for the four window keys
	Windows [4]key.Binding // in trendWindows order
	Table   key.Binding
	Map     key.Binding
	Back    key.Binding
	Help    key.Binding

	scrollKeys
}

func newTrendsKeys() trendsKeys {
	k := trendsKeys{
		Window: key.NewBinding(key.WithKeys("3", "6", "y", "a"), key.WithHelp("3/6/y/a", "window")),
		Windows: [4]key.Binding{
			key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "last 3 months")),
			key.NewBinding(key.WithKeys("6"), key.WithHelp("6", "last 6 months")),
			key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "last year")),
			key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all check-ins")),
		},
		Table:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "table")),
		Map:        key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "map")),
		Back:       key.NewBinding(key.WithKeys("q", "esc"), key.WithHelp("q", "home")),
		Help:       helpKey(),
		scrollKeys: newScrollKeys(),
	}
	// g and G are not free here: they would read as a window key.
	k.Top = key.NewBinding(key.WithKeys("home"), key.WithHelp("home", "top"))
	k.Bottom = key.NewBinding(key.WithKeys("end"), key.WithHelp("end", "bottom"))
	return k
}

// sync names t and m after where they lead, drops m when the map is
// already beside the charts or the table is shown, and drops the keys
// that would have nothing to show.
func (k *trendsKeys) sync(mode trendsMode, wide, any, inWindow bool) {
	table, grid := "table", "map"
	switch mode {
	case trendsTable:
		table = "charts"
	case trendsMap:
		grid = "charts"
	}
	k.Table.SetHelp("t", table)
	k.Map.SetHelp("m", grid)
	k.Map.SetEnabled(!wide && mode != trendsTable && inWindow)
	k.Table.SetEnabled(inWindow)
	k.Window.SetEnabled(any)
	for i := range k.Windows {
		k.Windows[i].SetEnabled(any)
	}
}

func (k trendsKeys) ShortHelp() []key.Binding {
	if k.narrow && k.Scroll.Enabled() {
		return []key.Binding{k.Table, k.Map, k.Scroll, k.Back, k.Help}
	}
	return []key.Binding{k.Window, k.Table, k.Map, k.Scroll, k.Back, k.Help}
}

func (k trendsKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.Windows[:],
		{k.Table, k.Map, k.Back, k.Help},
		k.scrollHelp(),
	}
}
