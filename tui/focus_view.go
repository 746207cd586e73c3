package tui

import (
	"fmt"

	"github.com/charmbracelet/huh"
	"github.com/leadcheck/leadcheck/assessment"
)

func (m focusModel) view() string {
	st := m.c.styles
	w := m.width()
	footer := m.c.helpView(m.help, m.keyMap())
	if m.leave != nil {
		footer = m.leave.footer(m.c, m.help)
	}
	title := st.Title.Render("leadcheck") + st.Subtitle.Render(" · What to work on")
	var right string
	switch m.phase {
	case focusPicking:
		right = fmt.Sprintf("%d of %d picked", len(*m.picked), len(m.suggestions))
	case focusWriting:
		right = counter("Objective", m.position()+1, len(*m.picked))
	}
	header := spread(title, st.Muted.Render(right), w)
	avail := m.c.height - height(header) - height(footer)
	var body string
	switch m.phase {
	case focusPicking:
		if body = m.pickView(w, true); height(body) > avail {
			body = m.pickView(w, false)
		}
	case focusWriting:
		if body = m.writeView(w, true); height(body) > avail {
			body = m.writeView(w, false)
		}
	case focusSaving:
		body = stack("", st.Muted.Render("Saving your commitments…"))
	case focusSaved:
		body = m.savedView(w)
	case focusFailed:
		msg := fmt.Sprintf("%s Your commitments were not saved: %v. Your check-in itself is saved. Press r to try again.",
			st.Glyphs.Error, m.err)
		body = stack("", wrap(st.Error, msg, w))
	}
	return m.c.screen(header, body, footer)
}

// pickView is the form, then why and what to try for the suggestion with
// the cursor. When the window is short, the line on skipping goes.
func (m focusModel) pickView(w int, all bool) string {
	st := m.c.styles
	lines := []string{"", m.form.view()}
	if i, ok := m.form.f.GetFocusedField().(*huh.MultiSelect[int]).Hovered(); ok {
		s := m.suggestions[i]
		lines = append(lines, "", wrap(st.Heading, safe(s.Facet.Name), w),
			wrap(st.Muted, s.Why, w), hanging("Try: ", s.Practice, st.Text, w))
	}
	if all {
		lines = append(lines, "", wrap(st.Muted, "Your check-in is saved either way; press q to skip this.", w))
	}
	return stack(lines...)
}

// writeView asks for the objectives, the explanation first unless the
// window is short.
func (m focusModel) writeView(w int, all bool) string {
	st := m.c.styles
	lines := []string{"", wrap(st.Statement, "Now say what you will do, in your own words.", w)}
	if all {
		lines = append(lines, wrap(st.Muted, "Make it something you could later say you did. A line left as it is keeps the suggested practice.", w))
	}
	lines = append(lines, "", m.form.view())
	if more := m.writeMore(); more != "" {
		lines = append(lines, padLeft(more, w))
	}
	return stack(lines...)
}

func (m focusModel) savedView(w int) string {
	st := m.c.styles
	cs := m.commitments()
	msg := st.Glyphs.Saved + " " + assessment.SavedCommitmentsWords(len(cs))
	lines := []string{"", wrap(st.Success, msg, w), ""}
	for i, c := range cs {
		lines = append(lines, hanging(fmt.Sprintf("%d. ", i+1), c.Objective, st.Text, w))
	}
	return stack(lines...)
}
