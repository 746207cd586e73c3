package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/leadcheck/leadcheck/assessment"
)

// observerQuestionnaire is the test questionnaire with each statement in
// an observer's words.
func observerQuestionnaire(t *testing.T) *assessment.Questionnaire {
	q := *testQuestionnaire(t)
	q.Items = append([]assessment.Item(nil), q.Items...)
	for i := range q.Items {
		q.Items[i].Text = "My manager: " + q.Items[i].ID
	}
	return &q
}

func TestObserverFillsInTheForm(t *testing.T) {
	q := observerQuestionnaire(t)
	roles := []assessment.Role{assessment.RoleDirectReport, assessment.RolePeer}
	d := &driver{t: t, m: NewObserver(ObserverOptions{Questionnaire: q, Roles: roles,
		Start: assessment.Response{Round: "r1", Questionnaire: assessment.RefOf(q)}, Now: newClock().now})}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, d.view(), "Feedback form", "How do you work with the person who asked?", "direct report", "peer")
	d.press("down", "enter")
	mustContain(t, d.view(), "My manager: "+q.Items[0].ID, "Statement 1 of ")
	for i := range q.Items {
		if i == 1 {
			d.press("s")
			continue
		}
		d.press("4")
	}
	mustContain(t, d.view(), "Anything else you want them to know?")
	d.typeText("Clear goals.")
	d.press("enter")
	if !d.quit {
		t.Fatalf("the form did not finish:\n%s", d.view())
	}
	resp, done, err := d.m.(observerModel).Result()
	want := assessment.Answers{}
	for i, it := range q.Items {
		if i != 1 {
			want[it.ID] = 4
		}
	}
	if err != nil || !done || resp.Role != assessment.RolePeer || resp.Comment != "Clear goals." || len(resp.Answers) != len(want) {
		t.Fatalf("Result = %+v, %v, %v", resp, done, err)
	}
	for id, x := range want {
		if resp.Answers[id] != x {
			t.Errorf("answer %s = %d; want %d", id, resp.Answers[id], x)
		}
	}
}

func TestObserverLeavesWithoutWriting(t *testing.T) {
	q := observerQuestionnaire(t)
	d := &driver{t: t, m: NewObserver(ObserverOptions{Questionnaire: q, Roles: []assessment.Role{assessment.RolePeer}, Now: newClock().now})}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.press("enter", "3", "esc")
	mustContain(t, d.view(), "Leave the form? Your 1 answer will be dropped")
	d.press("y")
	if _, done, _ := d.m.(observerModel).Result(); !d.quit || done {
		t.Errorf("quit %v, done %v; want left without a result", d.quit, done)
	}
}

// A form comes from someone else: its statements reach the screen with
// no escape sequence in them.
func TestObserverScreenIsSafe(t *testing.T) {
	q := observerQuestionnaire(t)
	q.Items[0].Text = "My manager \x1b]52;c;aGk=\x07listened\x1b[2J."
	d := &driver{t: t, m: NewObserver(ObserverOptions{Questionnaire: q, Roles: []assessment.Role{assessment.RolePeer}, Now: newClock().now})}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.press("enter")
	if v := d.view(); strings.ContainsAny(v, "\x1b\x07") || !strings.Contains(v, "listened") {
		t.Errorf("the statement reached the screen as:\n%q", v)
	}
}

// Keys read together (typed fast, or pasted) each count, on the step
// they lead to, as in the app: they were dropped whole.
func TestObserverKeysTogether(t *testing.T) {
	q := observerQuestionnaire(t)
	tests := []struct {
		name, keys string
		answers    int
		want       string
	}{
		{"four answers", "3425", 4, "Statement 5 of 8"},
		{"an answer, back, another", "3h4", 1, "Statement 2 of 8"},
		{"back to the role", "h", 0, "How do you work with the person who asked?"},
		{"all, then the comment", "3425342" + "5ok", 8, "ok"},
	}
	for _, tt := range tests {
		d := &driver{t: t, m: NewObserver(ObserverOptions{Questionnaire: q, Roles: []assessment.Role{assessment.RolePeer}, Now: newClock().now})}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.press("enter")
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tt.keys)})
		if got := len(d.m.(observerModel).take.answers); got != tt.answers {
			t.Errorf("%s: %d answers, want %d", tt.name, got, tt.answers)
		}
		if !strings.Contains(d.view(), tt.want) {
			t.Errorf("%s: the screen does not show %q:\n%s", tt.name, tt.want, d.view())
		}
	}
}

// Below the smallest window the form says how to leave and takes no
// other key: q and esc leave while nothing was answered, else only
// ctrl+c, as in the app. Keys typed there answered statements unseen.
func TestObserverTooSmall(t *testing.T) {
	q := observerQuestionnaire(t)
	tests := []struct {
		name    string
		answers []string
		key     string
		notice  string
		quits   bool
	}{
		{"nothing answered, q", nil, "q", "Make the window at least 60×20 — it is 50×15 now. q to quit.", true},
		{"nothing answered, esc", nil, "esc", "Make the window at least 60×20 — it is 50×15 now. q to quit.", true},
		{"nothing answered, an answer key", nil, "3", "q to quit.", false},
		{"answered, q", []string{"4"}, "q", "Make the window at least 60×20 — it is 50×15 now. ctrl+c quits, losing what is not saved yet.", false},
		{"answered, an answer key", []string{"4"}, "3", "ctrl+c quits", false},
		{"answered, ctrl+c", []string{"4"}, "ctrl+c", "ctrl+c quits", true},
	}
	for _, tt := range tests {
		d := &driver{t: t, m: NewObserver(ObserverOptions{Questionnaire: q, Roles: []assessment.Role{assessment.RolePeer}, Now: newClock().now})}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		d.press("enter")
		d.press(tt.answers...)
		d.send(tea.WindowSizeMsg{Width: 50, Height: 15})
		if !strings.Contains(collapse(d.view()), tt.notice) {
			t.Errorf("%s: notice lacks %q:\n%s", tt.name, tt.notice, d.view())
		}
		d.press(tt.key)
		if d.quit != tt.quits {
			t.Errorf("%s: quit = %v, want %v", tt.name, d.quit, tt.quits)
		}
		if d.quit {
			if _, done, _ := d.m.(observerModel).Result(); done {
				t.Errorf("%s: the form counts as finished", tt.name)
			}
			continue
		}
		d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		if got := len(d.m.(observerModel).take.answers); got != len(tt.answers) {
			t.Errorf("%s: %d answers after the window grew back, want %d", tt.name, got, len(tt.answers))
		}
	}
}
