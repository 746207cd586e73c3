package tui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// Styles are the semantic tokens every screen draws with. Screens never pick
// a colour themselves, so a theme is one function and "none" really means
// no colour anywhere.
type Styles struct {
	Title    lipgloss.Style // the product name in screen headers
	Subtitle lipgloss.Style // what the screen is about, next to the title
	Heading  lipgloss.Style // a section inside a screen
	Text     lipgloss.Style // running text
	Muted    lipgloss.Style // secondary information: dates, hints, axis labels
	Strong   lipgloss.Style // a value that should stand out: a score, a name

	Facet        lipgloss.Style // the facet a statement belongs to
	Statement    lipgloss.Style // the statement being answered
	Option       lipgloss.Style // an answer option
	OptionCursor lipgloss.Style // the highlighted answer option
	OptionChosen lipgloss.Style // the answer given earlier

	// Dimension colours the filled part of a bar, by dimension position:
	// [0] relationships, [1] results.
	Dimension [2]lipgloss.Style
	BarEmpty  lipgloss.Style // the unfilled part of a bar
	Track     lipgloss.Style // the balance meter's line
	Marker    lipgloss.Style // the balance meter's marker
	Band      lipgloss.Style // the balance meter's margin
	Weakest   lipgloss.Style // the facet to work on
	Better    lipgloss.Style // a score that rose since the last check-in
	Worse     lipgloss.Style // a score that fell
	Trap      lipgloss.Style // the profile this stage of leadership warns about
	Selected  lipgloss.Style // the highlighted row of a table, with Glyphs.Cursor

	// Trend charts. Series are the two dimensions' lines by dimension
	// position, like Dimension; Glyphs.Series tells them apart without
	// colour.
	Series       [2]lipgloss.Style
	SeriesLatest [2]lipgloss.Style // a series' latest point
	BalanceLine  lipgloss.Style    // the balance over time
	ZeroLine     lipgloss.Style    // the balance chart's zero
	Axis         lipgloss.Style    // chart axes and their labels
	Region       lipgloss.Style    // a profile's area on the grid map
	RegionTrap   lipgloss.Style    // the trap profile's area
	Trail        lipgloss.Style    // earlier check-ins on the grid map
	Latest       lipgloss.Style    // the latest check-in on the grid map

	Warning lipgloss.Style // data-quality warnings, too-small notice
	Error   lipgloss.Style // something failed: the answers were not saved
	Success lipgloss.Style // saved
	Confirm lipgloss.Style // a question that needs y or n
	Due     lipgloss.Style // a check-in, or a review of commitments, due now

	Help   help.Styles
	Glyphs Glyphs

	// Colours for widgets that take colour strings rather than styles.
	progressFull, progressEmpty string
	colorless                   bool
}

// Glyphs carry meaning that must survive without colour (theme "none",
// NO_COLOR, monochrome terminals): selection, bars and markers are all
// readable as characters.
type Glyphs struct {
	Cursor     string // the highlighted option
	Chosen     string // an option given as the answer
	Open       string // an option not chosen
	BarFull    string
	BarEmpty   string
	TrackLine  string
	TrackStart string
	TrackMid   string
	TrackEnd   string
	Marker     string
	Band       string // the balance meter's margin either side of the marker
	BandMid    string // the margin where it covers zero
	Weakest    string
	Warning    string
	Error      string
	Saved      string
	Marked     string // a history row picked for a comparison
	Note       string // a check-in that has a note
	LeanLeft   string // a balance leaning to relationships, the grid's left
	LeanRight  string // a balance leaning to results, the grid's right
	Even       string // balanced, or a change within noise
	Improved   string // a reliable improvement
	Declined   string // a reliable decline
	Picked     string // a focus area picked to work on
	Unpicked   string // a focus area not picked
	Met        string // a check-in that reviewed a commitment as done
	// NewQuestions marks a check-in taken with another questionnaire
	// than the one before it.
	NewQuestions string

	// Trend charts: a point of each series, by dimension position, and
	// both in one cell; the balance's point and its zero line; the axes;
	// the grid map's path, earlier and latest check-ins, and the edge
	// between two profiles' areas.
	Series       [2]string
	SeriesBoth   string
	BalancePoint string
	Zero         string
	AxisV        string
	AxisTick     string
	AxisZero     string
	AxisCorner   string
	AxisH        string
	AxisHTick    string
	Trail        string
	TrailPoint   string
	Latest       string
	RegionEdge   string
}

func defaultGlyphs() Glyphs {
	return Glyphs{
		Cursor: "›", Chosen: "●", Open: "○",
		BarFull: "█", BarEmpty: "░",
		TrackLine: "─", TrackStart: "├", TrackMid: "┼", TrackEnd: "┤",
		Marker: "●", Band: "═", BandMid: "╪", Weakest: "▸", Warning: "!", Error: "✗", Saved: "✓",
		Series: [2]string{"●", "◆"}, SeriesBoth: "✱", BalancePoint: "•", Zero: "┄",
		AxisV: "│", AxisTick: "┤", AxisZero: "┼", AxisCorner: "└", AxisH: "─", AxisHTick: "┬",
		Trail: "·", TrailPoint: "•", Latest: "◉", RegionEdge: "│",
		Marked: "◆", Note: "✎", LeanLeft: "←", LeanRight: "→", Even: "≈",
		Improved: "▲", Declined: "▼",
		Picked: "[x]", Unpicked: "[ ]",
		Met: "✓", NewQuestions: "Q",
	}
}

// palette turns a light/dark colour pair into the colour a theme uses.
type palette string

func (p palette) color(light, dark string) lipgloss.TerminalColor {
	switch p {
	case "none":
		return lipgloss.NoColor{}
	case "light":
		return lipgloss.Color(light)
	default:
		return lipgloss.Color(dark)
	}
}

// hex picks one of a pair for widgets that want a plain colour string.
func (p palette) hex(light, dark string) string {
	switch p {
	case "none":
		return ""
	case "light":
		return light
	default:
		return dark
	}
}

// DefaultStyles returns the styles of a theme: "auto" (or "") adapts to the
// terminal background, "dark" and "light" force one, and "none" uses no
// colour at all. Unknown names fall back to "auto"; the command line
// validates --theme before it gets here.
func DefaultStyles(theme string) Styles {
	p := palette(theme)
	switch theme {
	case "none", "light", "dark":
	default:
		// Ask the terminal now, once, before any program runs: a query
		// made later would race Bubble Tea for the terminal's replies.
		p = "light"
		if lipgloss.HasDarkBackground() {
			p = "dark"
		}
	}
	fg := func(light, dark string) lipgloss.Style {
		return lipgloss.NewStyle().Foreground(p.color(light, dark))
	}
	accent := fg("#6D28D9", "#B69CFF")
	muted := fg("#6B6B6B", "#8C8C8C")
	rel := fg("#0F766E", "#2EC4B6")
	res := fg("#B45309", "#F4A261")
	warn := fg("#92400E", "#FBBF24")
	bad := fg("#B91C1C", "#F87171")
	good := fg("#15803D", "#4ADE80")
	plain := lipgloss.NewStyle()

	return Styles{
		Title:    accent.Bold(true),
		Subtitle: muted,
		Heading:  plain.Bold(true),
		Text:     plain,
		Muted:    muted,
		Strong:   plain.Bold(true),

		Facet:        accent,
		Statement:    plain.Bold(true),
		Option:       plain,
		OptionCursor: accent.Bold(true),
		OptionChosen: plain.Bold(true),

		Dimension: [2]lipgloss.Style{rel, res},
		BarEmpty:  fg("#D0D0D0", "#3A3A3A"),
		Track:     muted,
		Marker:    accent.Bold(true),
		Band:      accent,
		Weakest:   warn.Bold(true),
		Better:    good,
		Worse:     bad,
		Trap:      warn.Bold(true),
		Selected:  accent.Bold(true),

		Series:       [2]lipgloss.Style{rel, res},
		SeriesLatest: [2]lipgloss.Style{rel.Bold(true), res.Bold(true)},
		BalanceLine:  accent,
		ZeroLine:     muted,
		Axis:         muted,
		Region:       fg("#A8A8A8", "#5A5A5A"),
		RegionTrap:   warn,
		Trail:        accent,
		Latest:       accent.Bold(true),

		Warning: warn,
		Error:   bad.Bold(true),
		Success: good,
		Confirm: warn.Bold(true),
		Due:     warn.Bold(true),

		Help: help.Styles{
			Ellipsis:       muted,
			ShortKey:       plain.Bold(true),
			ShortDesc:      muted,
			ShortSeparator: muted,
			FullKey:        plain.Bold(true),
			FullDesc:       muted,
			FullSeparator:  muted,
		},
		Glyphs: defaultGlyphs().forPalette(p),

		progressFull:  p.hex("#6D28D9", "#B69CFF"),
		progressEmpty: p.hex("#D0D0D0", "#3A3A3A"),
		colorless:     p == "none",
	}
}

// progressOptions style the check-in's progress bar. Its colours go
// through termenv rather than lipgloss, so "none" must switch its profile
// off explicitly.
func (s Styles) progressOptions() []progress.Option {
	profile := lipgloss.ColorProfile()
	if s.colorless {
		profile = termenv.Ascii
	}
	return []progress.Option{
		progress.WithoutPercentage(),
		progress.WithColorProfile(profile),
		progress.WithFillCharacters([]rune(s.Glyphs.BarFull)[0], []rune(s.Glyphs.BarEmpty)[0]),
		withBarColours(s.progressFull, s.progressEmpty),
	}
}

// forPalette swaps the trend charts' glyphs for ASCII in theme "none":
// without colour the two series differ by glyph alone, and plain output
// must survive a pipe into a file. The axes stay box characters.
func (g Glyphs) forPalette(p palette) Glyphs {
	if p != "none" {
		return g
	}
	g.Series, g.SeriesBoth, g.BalancePoint, g.Zero = [2]string{"o", "x"}, "*", "+", "-"
	g.Trail, g.TrailPoint, g.Latest = ".", "+", "@"
	g.Met = "v"
	return g
}

func withBarColours(full, empty string) progress.Option {
	return func(m *progress.Model) {
		m.FullColor = full
		m.EmptyColor = empty
	}
}
