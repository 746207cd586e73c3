package tui

import (
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// Mouse support is off unless Options.Mouse is set; then the wheel scrolls
// whatever scrolls on a screen, and a click on an answer of the take
// screen picks it. Every key keeps working as before.

// wheelLines is how far one notch of the wheel scrolls a page.
const wheelLines = 3

// wheel is the direction a mouse message scrolls: -1 up, +1 down, 0 for
// anything but a wheel press.
func wheel(msg tea.MouseMsg) int {
	if msg.Action != tea.MouseActionPress {
		return 0
	}
	switch msg.Button {
	case tea.MouseButtonWheelUp:
		return -1
	case tea.MouseButtonWheelDown:
		return +1
	}
	return 0
}

// scrollWheel scrolls a viewport by a wheel notch.
func scrollWheel(vp *viewport.Model, msg tea.MouseMsg) {
	switch wheel(msg) {
	case -1:
		vp.ScrollUp(wheelLines)
	case +1:
		vp.ScrollDown(wheelLines)
	}
}
