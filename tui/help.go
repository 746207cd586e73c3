package tui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// The help widget cuts a key line that is too wide with "…", which takes
// the keys at its end: "? more keys" on a short line, "q back" and
// "? fewer keys" in a full list. Those are the way to every other key and
// the way out, so the footer gives up other keys first and, in a full
// list, moves a column that does not fit under a shorter one.

// shortHelp is the key line at width. Where ? lists every key, keys left
// out to fit are there; where there is no ? (a text field, where ? is
// typed), the line breaks instead, so no key goes unnamed.
func shortHelp(h help.Model, bindings []key.Binding, width int) string {
	kept := fitShortHelp(h, bindings, width)
	all := slices.DeleteFunc(slices.Clone(bindings), func(b key.Binding) bool { return !b.Enabled() })
	if len(kept) == len(all) || slices.ContainsFunc(all, isHelpKey) {
		return h.ShortHelpView(kept)
	}
	h.Width = 0
	// As many lines as it takes, as even as they go: broken where it
	// overflows, the line would leave "esc leave" alone under the rest.
	lines := breakHelp(h, all, width)
	for w := lipgloss.Width(h.ShortHelpView(all)) / len(lines); w < width; w++ {
		if even := breakHelp(h, all, w); len(even) == len(lines) {
			lines = even
			break
		}
	}
	return strings.Join(lines, "\n")
}

// breakHelp puts the bindings on as few key lines width wide as they go.
func breakHelp(h help.Model, bindings []key.Binding, width int) []string {
	var lines []string
	var line []key.Binding
	for _, b := range bindings {
		if len(line) > 0 && lipgloss.Width(h.ShortHelpView(append(line, b))) > width {
			lines, line = append(lines, h.ShortHelpView(line)), nil
		}
		line = append(line, b)
	}
	return append(lines, h.ShortHelpView(line))
}

// isHelpKey reports whether b is ?, which shows every key.
func isHelpKey(b key.Binding) bool { return slices.Contains(b.Keys(), "?") }

// fitShortHelp leaves out bindings, nearest the end first, until the line
// fits width. The first (what the screen is for), the last (the help key)
// and the way back (q or esc) stay; the full list has the rest.
func fitShortHelp(h help.Model, bindings []key.Binding, width int) []key.Binding {
	var kept []key.Binding
	for _, b := range bindings {
		if b.Enabled() {
			kept = append(kept, b)
		}
	}
	h.Width = 0
	for lipgloss.Width(h.ShortHelpView(kept)) > width {
		i := len(kept) - 2
		for i > 0 && isWayBack(kept[i]) {
			i--
		}
		if i <= 0 {
			break // nothing left to give up: the widget cuts the line
		}
		kept = append(kept[:i], kept[i+1:]...)
	}
	return kept
}

// isWayBack reports whether b leaves the screen: q or esc.
func isWayBack(b key.Binding) bool {
	return slices.ContainsFunc(b.Keys(), func(k string) bool { return k == "q" || k == "esc" })
}

// fitFullHelp lays the groups out side by side, as the help widget does,
// while they fit width; a group that does not goes under the shortest
// column it fits beside, so every key stays listed at the cost of a few
// lines. It returns "" when even that does not fit, for the widget's own
// cut to take over. Groups under each other share one key column, so
// their descriptions start at the same place rather than a column apart,
// unless only keeping their own lets them fit.
func fitFullHelp(h help.Model, groups [][]key.Binding, width int) string {
	if v := layoutHelp(h, groups, width, true); v != "" {
		return v
	}
	return layoutHelp(h, groups, width, false)
}

// layoutHelp is fitFullHelp with the key columns of a stack shared
// (aligned) or each group's own.
func layoutHelp(h help.Model, groups [][]key.Binding, width int, aligned bool) string {
	h.Width = 0
	sep := h.Styles.FullSeparator.Inline(true).Render(h.FullSeparator)
	var stacks [][][]key.Binding
	join := func(s [][][]key.Binding) string { return joinStacks(h, s, sep, aligned) }
	fits := func(s [][][]key.Binding) bool { return lipgloss.Width(join(s)) <= width }
	for _, g := range groups {
		if h.FullHelpView([][]key.Binding{g}) == "" {
			continue
		}
		if tried := append(slices.Clone(stacks), [][]key.Binding{g}); fits(tried) {
			stacks = tried
			continue
		}
		placed := false
		for _, i := range byHeight(h, stacks, aligned) {
			tried := slices.Clone(stacks)
			tried[i] = append(slices.Clone(stacks[i]), g)
			if fits(tried) {
				stacks, placed = tried, true
				break
			}
		}
		if !placed {
			return ""
		}
	}
	return join(stacks)
}

// stackView renders the groups of one column under each other, aligned
// on one key column or each on its own.
func stackView(h help.Model, stack [][]key.Binding, aligned bool) string {
	if aligned {
		return h.FullHelpView([][]key.Binding{slices.Concat(stack...)})
	}
	cols := make([]string, 0, len(stack))
	for _, g := range stack {
		cols = append(cols, h.FullHelpView([][]key.Binding{g}))
	}
	return lipgloss.JoinVertical(lipgloss.Left, cols...)
}

// joinStacks puts the columns side by side with sep between them.
func joinStacks(h help.Model, stacks [][][]key.Binding, sep string, aligned bool) string {
	parts := make([]string, 0, 2*len(stacks))
	for i, s := range stacks {
		if i > 0 {
			parts = append(parts, sep)
		}
		parts = append(parts, stackView(h, s, aligned))
	}
	return strings.TrimRight(lipgloss.JoinHorizontal(lipgloss.Top, parts...), "\n")
}

// byHeight is the indexes of stacks, the shortest first; of two equally
// tall, the one further left.
func byHeight(h help.Model, stacks [][][]key.Binding, aligned bool) []int {
	order := make([]int, len(stacks))
	for i := range order {
		order[i] = i
	}
	tall := func(i int) int { return height(stackView(h, stacks[i], aligned)) }
	slices.SortStableFunc(order, func(a, b int) int { return tall(a) - tall(b) })
	return order
}
