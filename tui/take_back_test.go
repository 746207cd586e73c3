package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// The footer names back only where there is something to go back to: on
// the first statement of a check-in with no commitments to review, back
// did nothing, yet the footer offered it.
func TestBackNamedOnlyWhereItGoes(t *testing.T) {
	observer := func(t *testing.T) *driver {
		d := &driver{t: t, m: NewObserver(ObserverOptions{Questionnaire: observerQuestionnaire(t),
			Roles: []assessment.Role{assessment.RolePeer}, Now: newClock().now})}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.press("enter")
		return d
	}
	checkIn := func(t *testing.T) *driver {
		return newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Start: ScreenTake, Now: newClock().now}, 80, 24)
	}
	tests := []struct {
		name  string
		start func(*testing.T) *driver
		keys  []string
		want  string // the statement on view
		back  bool
	}{
		{"check-in, first statement, nothing before it", checkIn, nil, "Statement 1 of 8", false},
		{"check-in, second statement", checkIn, []string{"4"}, "Statement 2 of 8", true},
		{"check-in, back at the first", checkIn, []string{"4", "left"}, "Statement 1 of 8", false},
		{"feedback form, first statement, after the role", observer, nil, "Statement 1 of 8", true},
	}
	for _, tt := range tests {
		d := tt.start(t)
		d.press(tt.keys...)
		v := d.view()
		if !strings.Contains(v, tt.want) {
			t.Fatalf("%s: not on %q:\n%s", tt.name, tt.want, v)
		}
		if got := strings.Contains(v, "←/h back"); got != tt.back {
			t.Errorf("%s: footer names back %v, want %v:\n%s", tt.name, got, tt.back, v)
		}
	}
}
