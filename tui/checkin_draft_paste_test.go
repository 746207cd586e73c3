package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/leadcheck/leadcheck/assessment"
)

// countingPractice counts the drafts written through it.
type countingPractice struct {
	Practice
	writes *int
}

func (p countingPractice) KeepDraft(d assessment.Draft) error {
	*p.writes++
	return p.Practice.KeepDraft(d)
}

// A paste arrives as one read of many keys: the draft is written once for
// it, with all of its text, not once per character (which kept the screen
// from showing the text for seconds).
func TestPasteWritesTheDraftOnce(t *testing.T) {
	opts, _ := draftOptions(t, openStore(t))
	o := opts.options()
	writes := 0
	o.Practice = countingPractice{Practice: o.Practice, writes: &writes}
	d := startDriver(t, New(o), 80, 24)
	d.press("4", "4", "4", "4", "4", "4", "4", "4")
	mustContain(t, d.view(), "Anything to remember")
	tests := []struct {
		name, paste, want string
	}{
		{"one line", strings.Repeat("a busy month ", 40), strings.TrimSpace(strings.Repeat("a busy month ", 40))},
		{"added to what is there", "日本語 and more", strings.Repeat("a busy month ", 40) + "日本語 and more"},
	}
	for _, tt := range tests {
		writes = 0
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tt.paste), Paste: true})
		if writes != 1 {
			t.Errorf("%s: %d drafts written for one paste, want 1", tt.name, writes)
		}
		if dr, _ := loadDraft(t, opts.DraftPath); dr.Note != tt.want {
			t.Errorf("%s: draft note = %q, want %q", tt.name, dr.Note, tt.want)
		}
	}
}
