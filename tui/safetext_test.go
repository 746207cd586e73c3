package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
)

// hostile retitles the window, clears the screen and turns the line
// around, in the bytes a terminal would act on.
const hostile = "before \x1b]0;pwned\x07\x1b[2J\u202eafter\u2066 \x1b]52;c;ZXZpbA==\x07\u009b31mend"

// hostileRecord is a check-in whose every piece of free text is hostile,
// as an import or another program could have stored it.
func hostileRecord(q *assessment.Questionnaire) assessment.CheckIn {
	a := assessment.Answers{}
	for i, r := range driverAnswers {
		a[q.Items[i].ID] = int(r - '0')
	}
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), oct12, "note "+hostile)
	rec.Reflection = "reflection " + hostile
	rec.Commitments = []assessment.Commitment{{Facet: "trust", Objective: "objective " + hostile}}
	rec.Profile.Name = "Driver " + hostile
	return rec
}

// terminalControl is the first byte sequence of s a terminal would act on
// (an escape, a C1 control, a bidi override), or "".
func terminalControl(s string) string {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd"):
			return s[i : i+1]
		case r == '\n':
		case r < 0x20, r >= 0x7f && r <= 0x9f, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return string(r)
		}
	}
	return ""
}

func TestHostileTextIsShownHarmless(t *testing.T) {
	q := testQuestionnaire(t)
	rec := hostileRecord(q)
	screens := []struct {
		name  string
		keys  []string
		wants []string
	}{
		{"home", nil, []string{"Driver before", "objective before"}},
		{"history", []string{"h"}, []string{"note before"}},
		{"result from history", []string{"h", "enter"}, []string{"note before", "reflection before"}},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			s := openStore(t)
			r := rec
			if err := s.Save(&r, q); err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 160, 60)
			d.press(sc.keys...)
			v := d.view()
			if c := terminalControl(v); c != "" {
				t.Fatalf("screen keeps %q:\n%s", c, v)
			}
			mustContain(t, v, sc.wants...)
			mustNotContain(t, v, "pwned", "ZXZpbA")
		})
	}
}

func TestRenderResultHostileNote(t *testing.T) {
	q := testQuestionnaire(t)
	v := RenderResult(q, hostileRecord(q), nil, 80, DefaultStyles("none"))
	if c := terminalControl(v); c != "" {
		t.Fatalf("result keeps %q:\n%s", c, v)
	}
	mustContain(t, v, "note before", "after", "end", "reflection before")
}
