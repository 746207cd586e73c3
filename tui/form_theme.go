package tui

import (
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// formTheme is huh's theme drawn from the app's styles, so a form looks
// like the rest of the app: the same accent for what has the cursor, the
// same muted grey for explanations, the same glyphs for the cursor and for
// picked items, which keep their meaning without colour (theme "none",
// NO_COLOR). huh's own layout stays: a bar left of the field being
// filled in, the others indented under it.
func formTheme(st Styles) *huh.Theme {
	g := st.Glyphs
	t := huh.ThemeBase()
	accent := st.Facet.GetForeground()

	f := &t.Focused
	f.Base = f.Base.BorderForeground(accent)
	f.Card = f.Base
	f.Title = st.Statement
	f.NoteTitle = st.Statement
	f.Description = st.Muted
	f.ErrorIndicator = st.Error.SetString(" " + g.Error)
	f.ErrorMessage = st.Error.SetString(g.Error)
	f.SelectSelector = st.OptionCursor.SetString(g.Cursor + " ")
	f.MultiSelectSelector = f.SelectSelector
	f.NextIndicator = st.OptionCursor.MarginLeft(1).SetString("→")
	f.PrevIndicator = st.OptionCursor.MarginRight(1).SetString("←")
	f.Option = st.Option
	f.SelectedOption = st.OptionCursor
	f.UnselectedOption = st.Option
	f.SelectedPrefix = st.OptionChosen.SetString(g.Picked + " ")
	f.UnselectedPrefix = st.Option.SetString(g.Unpicked + " ")
	// A button names itself; the one enter presses carries the cursor,
	// so the choice reads without colour.
	f.FocusedButton = st.OptionCursor.MarginRight(2).SetString(g.Cursor)
	f.BlurredButton = st.Option.MarginRight(2).SetString(" ")
	f.Next = f.FocusedButton
	f.TextInput = huh.TextInputStyles{
		Cursor:      lipgloss.NewStyle().Foreground(accent),
		CursorText:  st.Text,
		Placeholder: st.Muted,
		Prompt:      st.Facet,
		Text:        st.Text,
	}

	b := &t.Blurred
	*b = *f
	b.Base = f.Base.BorderStyle(lipgloss.HiddenBorder())
	b.Card = b.Base
	b.Title = st.Heading
	b.NoteTitle = st.Heading
	// A list left for the next field marks its answer as the statements
	// do; a multi-select has its own marks.
	b.SelectSelector = st.OptionChosen.SetString(g.Chosen + " ")
	b.MultiSelectSelector = lipgloss.NewStyle().SetString("  ")
	b.NextIndicator, b.PrevIndicator = lipgloss.NewStyle(), lipgloss.NewStyle()
	b.SelectedOption = st.OptionChosen

	t.Group.Title = st.Statement
	t.Group.Description = st.Muted
	t.Help = st.Help
	return t
}
