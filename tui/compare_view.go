package tui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
)

// comparison is the pair on view, as the renderer takes it.
func (m compareModel) comparison() comparisonView {
	return comparisonView{q: m.c.q, from: m.pair[0], to: m.pair[1], cmp: m.cmp, st: m.c.styles}
}

// layout sizes the viewport as the result screen does: the scroll keys
// are listed only when there is something to scroll.
func (m *compareModel) layout() {
	m.keys.Take.SetEnabled(m.loaded && !m.ready())
	for _, b := range []*key.Binding{&m.keys.Older, &m.keys.Newer, &m.keys.OlderEarlier, &m.keys.OlderLater, &m.keys.NewerEarlier, &m.keys.NewerLater} {
		b.SetEnabled(m.ready())
	}
	m.keys.narrow = m.c.innerWidth() < narrowHelp
	if !m.ready() || m.c.width == 0 {
		m.keys.setScroll(false)
		return
	}
	content := renderComparison(m.comparison(), m.c.innerWidth(), false)
	m.vp.Width = lipgloss.Width(content) // the header's title fits to it
	m.keys.setScroll(true)
	avail := m.c.height - height(m.header()) - height(m.footer())
	if height(content) <= avail {
		m.keys.setScroll(false)
		avail = m.c.height - height(m.header()) - height(m.footer())
	}
	offset := m.vp.YOffset
	m.vp.Height = max(1, min(height(content), avail))
	m.vp.SetContent(content)
	m.vp.SetYOffset(offset)
}

func (m compareModel) view() string {
	if !m.ready() {
		return m.c.screen(m.header(), m.notReady(), m.footer())
	}
	return m.c.screen(m.header(), m.vp.View(), m.footer())
}

// header names the two check-ins and where they sit in the history; they
// stay in view while the rest scrolls.
func (m compareModel) header() string {
	st := m.c.styles
	w := m.c.innerWidth()
	title := st.Title.Render("leadcheck") + st.Subtitle.Render(" · compare")
	if !m.ready() {
		return title
	}
	where := st.Muted.Render(fmt.Sprintf("check-ins %d and %d of %d", m.shown[0]+1, m.shown[1]+1, len(m.sums)))
	return stack(spread(title, where, w), "", m.comparison().title(min(w, m.vp.Width)), "")
}

// notReady says why there is nothing to compare, and what to do.
func (m compareModel) notReady() string {
	st := m.c.styles
	w := min(m.c.innerWidth(), homeWidth)
	switch {
	case !m.loaded:
		return stack("", st.Muted.Render("Reading your history…"))
	case m.err != nil:
		return stack("", wrap(st.Error, st.Glyphs.Error+" Could not read your history: "+m.err.Error(), w))
	case len(m.sums) == 0:
		return stack("", wrap(st.Text, "A comparison needs two check-ins, and there are none yet. "+
			"Press t to take your first one.", w))
	}
	return stack("", wrap(st.Text, "A comparison needs two check-ins, and there is one so far. "+
		"Press t to take another, or come back in a few weeks.", w))
}

func (m compareModel) footer() string {
	st := m.c.styles
	more := m.keys.whereInPage(st, m.vp)
	w := m.c.innerWidth()
	h := m.help
	h.Width = max(0, w-lipgloss.Width(more)-2)
	h.Styles = st.Help
	keys := h.View(m.keys)
	if height(keys) > 1 && more != "" {
		// Beside the last line of the full help it would sit in the middle
		// of a column: it goes above, on the right, where it reads as one.
		return stack(padLeft(more, w), keys)
	}
	return spread(keys, more, w)
}
