package tui

import (
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/leadcheck/leadcheck/assessment"
)

// The smallest terminal the screens are laid out for. A statement, its five
// options and the key line need about 16 rows; 60 columns keep a statement
// to three lines. The result screen scrolls below 80×24.
const (
	minWidth  = 60
	minHeight = 20
)

// padX is the margin left and right of every screen.
const padX = 2

// common is the context every screen shares. The router owns it and the
// screens hold a pointer, so a resize reaches all of them at once.
type common struct {
	width, height int
	styles        Styles
	// theme is the theme this run was started with; the first run
	// changes it when the person picks one and nothing outranks it.
	theme    string
	q        *assessment.Questionnaire
	practice Practice
	now      func() time.Time
	// fromTake is set when the program was started on the check-in, so
	// leaving it means leaving the program.
	fromTake bool
	// takenAt back-fills the check-in to this time; zero means now.
	takenAt time.Time
	// drafts keeps the check-in in progress (checkin_draft.go).
	drafts *draftKeeper
	// saved is the last check-in saved this run, for the line left once
	// the program ends (outcome.go).
	saved *assessment.CheckIn
	// pasting is set while a key that came in a paste is handled.
	pasting bool
}

// cadence is the leader's cadence, which the statements' window follows;
// the default when none can be read, since a statement must still read
// as a sentence.
func (c *common) cadence() assessment.Cadence {
	if c.practice == nil {
		return assessment.DefaultCadence
	}
	cd, _, err := c.practice.Cadence()
	if err != nil || cd.Days <= 0 {
		return assessment.DefaultCadence
	}
	return cd
}

func (c *common) tooSmall() bool { return c.width < minWidth || c.height < minHeight }

// innerWidth is the width inside the screen margins.
func (c *common) innerWidth() int { return max(0, c.width-2*padX) }

// screen lays out a full window: the footer pinned to the bottom, and the
// header and body as one block centred in the space above it, so a short
// screen sits in the middle of a large terminal instead of its top corner.
func (c *common) screen(header, body, footer string) string {
	blockH := c.height - height(footer)
	// Pad every line to the block's width first: Place centres line by
	// line, which would scatter a left-aligned list across the screen.
	block := joinVertical(header, body)
	block = padLines(block, lipgloss.Width(block))
	top := lipgloss.Place(c.innerWidth(), max(0, blockH), lipgloss.Center, lipgloss.Center, block)
	if height(block) > blockH {
		// Never let centring cut the header off: keep the top, drop the
		// end, and centre across as before, or the page would jump left
		// under a key line still centred (alignFooter).
		top = strings.Join(strings.Split(block, "\n")[:max(0, blockH)], "\n")
		if blockH > 0 {
			top = lipgloss.PlaceHorizontal(c.innerWidth(), lipgloss.Center, top)
		}
	}
	out := joinVertical(top, alignFooter(footer, lipgloss.Width(block), c.innerWidth()))
	return indent(out, padX)
}

// alignFooter starts the key line where the centred block starts, so the
// keys sit under what they act on, not in a far corner of a large
// window; a key line wider than the block moves left only as far as it
// must to fit. Place centres with the odd column on the right, as here.
func alignFooter(footer string, blockW, width int) string {
	left := min((width-blockW)/2, width-inkWidth(footer))
	if footer == "" || left <= 0 {
		return footer
	}
	lines := strings.Split(indent(footer, left), "\n")
	for i, l := range lines {
		lines[i] = ansi.Truncate(l, width, "") // only the padding goes
	}
	return strings.Join(lines, "\n")
}

// footerRoom is the width a key line has from where a page blockW wide
// starts, centred in the window: a key line that breaks within it stays
// under the page's left edge, where a wider one would have to move left
// of it (alignFooter).
func (c *common) footerRoom(blockW int) int {
	inner := c.innerWidth()
	return inner - max(0, (inner-blockW)/2)
}

// helpView renders a key map's help at the screen width, giving up keys
// the full list has, or a column's place, before the help key and the
// way back (help.go).
func (c *common) helpView(h help.Model, k help.KeyMap) string {
	return c.helpIn(h, k, c.innerWidth())
}

func (c *common) helpIn(h help.Model, k help.KeyMap, width int) string {
	h.Width = width
	h.Styles = c.styles.Help
	if !h.ShowAll {
		return shortHelp(h, k.ShortHelp(), width)
	}
	if v := fitFullHelp(h, k.FullHelp(), width); v != "" {
		return v
	}
	return h.View(k)
}

// scrollFooter is the key line of a screen that scrolls, with where the
// page stands (more, from whereInPage) at its right, ending where the
// content of contentW columns ends when both fit there. Beside the last
// line of a full help it would sit in the middle of a column: it goes
// above, on the right, where it reads as one.
func (c *common) scrollFooter(h help.Model, k help.KeyMap, more string, contentW int) string {
	inner := c.innerWidth()
	if more == "" {
		return c.helpView(h, k)
	}
	keys := c.helpIn(h, k, max(0, inner-lipgloss.Width(more)-2))
	w := footerWidth(keys, more, contentW, inner)
	if height(keys) > 1 {
		return stack(padLeft(more, w), keys)
	}
	return spread(keys, more, w)
}

// toggleHelp switches between the short and the full key list, and says
// so on the ? key.
func toggleHelp(h *help.Model, k *key.Binding) {
	h.ShowAll = !h.ShowAll
	if h.ShowAll {
		k.SetHelp("?", "fewer keys")
	} else {
		k.SetHelp("?", "more keys")
	}
}

// inkWidth is the width of s without the blanks that end its lines: a
// form pads its lines to the window, but only what is drawn must fit.
func inkWidth(s string) int {
	w := 0
	for _, l := range strings.Split(ansi.Strip(s), "\n") {
		w = max(w, lipgloss.Width(strings.TrimRight(l, " ")))
	}
	return w
}

// height is lipgloss.Height, except that nothing is zero lines tall.
func height(s string) int {
	if s == "" {
		return 0
	}
	return lipgloss.Height(s)
}

// stack puts the parts under each other; an empty part is a blank line.
func stack(parts ...string) string { return strings.Join(parts, "\n") }

// joinVertical stacks the non-empty parts, for optional sections.
func joinVertical(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n")
}

// spread puts left and right on one line of the given width.
func spread(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 1 {
		return left + " " + right
	}
	return left + strings.Repeat(" ", gap) + right
}

// send turns a message into a command, for children to talk to the router.
func send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// plural picks the singular or plural form of a noun for a count.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
