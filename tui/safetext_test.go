package tui

import (
	"slices"
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

// hostileStyled adds to hostile the colour and concealing sequences (SGR)
// that the screens' own styling uses, which the last check on a whole
// screen lets through: only text made safe where it is placed stops them.
const hostileStyled = hostile + "\x1b[58;5;1m\x1b[8m"

// hostileQuestionnaire is q with hostileStyled in every text a coach's
// questionnaire file can set.
func hostileQuestionnaire(q *assessment.Questionnaire) *assessment.Questionnaire {
	h := func(s string) string { return "x" + hostileStyled + s }
	hs := func(ss []string) []string {
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = h(s)
		}
		return out
	}
	c := *q
	c.Title, c.Description = h(q.Title), h(q.Description)
	c.Scale.Labels = hs(q.Scale.Labels)
	c.Dimensions = slices.Clone(q.Dimensions)
	for i := range c.Dimensions {
		d := &c.Dimensions[i]
		d.Name, d.Description, d.Prompt = h(d.Name), h(d.Description), h(d.Prompt)
	}
	c.Facets = slices.Clone(q.Facets)
	for i := range c.Facets {
		f := &c.Facets[i]
		f.Name, f.Description, f.Prompt, f.Practices = h(f.Name), h(f.Description), h(f.Prompt), hs(f.Practices)
	}
	c.Items = slices.Clone(q.Items)
	for i := range c.Items {
		c.Items[i].Text = h(c.Items[i].Text)
	}
	c.Profiles = slices.Clone(q.Profiles)
	for i := range c.Profiles {
		p := &c.Profiles[i]
		p.Name, p.Interpretation, p.Advice, p.Practices = h(p.Name), h(p.Interpretation), h(p.Advice), hs(p.Practices)
	}
	return &c
}

// Every screen shows a coach's questionnaire harmless, down to its
// profile names in the trends table and its side names in the legends.
func TestHostileQuestionnaireIsShownHarmless(t *testing.T) {
	q := hostileQuestionnaire(loopCaseQuestionnaire(t))
	screens := []struct {
		name string
		keys []string
	}{
		{"home", nil},
		{"history", []string{"h"}},
		{"result from history", []string{"h", "enter"}},
		{"comparison", []string{"c"}},
		{"trends", []string{"g"}},
		{"trends table", []string{"g", "t"}},
		{"trends map", []string{"g", "m"}},
		{"cadence", []string{"s"}},
		{"review", []string{"t"}},
		{"statement", []string{"t", "s"}},
		{"too few answers", []string{"t", "s", "s", "s", "s", "s", "s", "s", "s", "s"}},
		{"reflection", []string{"t", "s", "4", "5", "3", "4", "2", "2", "2", "1"}},
		{"note", []string{"t", "s", "4", "5", "3", "4", "2", "2", "2", "1", "enter"}},
		{"result and focus", []string{"t", "s", "4", "5", "3", "4", "2", "2", "2", "1", "enter", "enter", "enter"}},
		{"help", []string{"?"}},
	}
	for _, sc := range screens {
		t.Run(sc.name, func(t *testing.T) {
			s := openStore(t)
			historySeed(t, s, q, 3)
			prev := seed(t, s, q, "33344332", historyStart.AddDate(0, 4, 0))
			if err := s.SetCommitments(prev.ID, []assessment.Commitment{{Facet: "trust", Objective: "objective " + hostileStyled}}); err != nil {
				t.Fatal(err)
			}
			d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 160, 60)
			d.press(sc.keys...)
			v := d.view()
			if c := terminalControl(v); c != "" {
				t.Fatalf("screen keeps %q:\n%s", c, v)
			}
			mustNotContain(t, v, "pwned", "ZXZpbA")
		})
	}
}
