package tui

import (
	"strings"
	"testing"
)

// Every toggle on the trends screen goes where its footer said it would,
// from each view, narrow (the map on a page of its own) and wide (the map
// beside the charts).
func TestTrendsTogglesGoWhereTheFooterSays(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	for _, c := range []struct {
		name string
		w, h int
		// each step: the key, the title after it, and the footer's
		// word for t and m after it ("" when m is not offered)
		steps []struct{ key, title, t, m string }
	}{
		{"narrow", 80, 24, []struct{ key, title, t, m string }{
			{"", "Trends ", "table", "map"},
			{"t", "Trends · table", "charts", ""},
			{"t", "Trends ", "table", "map"},
			{"m", "Trends · map", "table", "charts"},
			{"t", "Trends · table", "charts", ""},
			{"t", "Trends ", "table", "map"}, // the charts, not back to the map
			{"m", "Trends · map", "table", "charts"},
			{"m", "Trends ", "table", "map"},
			{"m", "Trends · map", "table", "charts"},
			{"t", "Trends · table", "charts", ""},
			{"m", "Trends · table", "charts", ""}, // m is not offered on the table
		}},
		{"wide", 160, 48, []struct{ key, title, t, m string }{
			{"", "Trends ", "table", ""},
			{"t", "Trends · table", "charts", ""},
			{"t", "Trends ", "table", ""},
			{"m", "Trends ", "table", ""}, // the map is already beside the charts
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := trendsOpen(t, q, s, c.w, c.h)
			for i, st := range c.steps {
				if st.key != "" {
					d.press(st.key)
				}
				v := d.view()
				title := trendsTitleLine(v)
				// Compared without case: the title's capitals are not
				// what this test is about.
				if !strings.Contains(strings.ToLower(title+" "), strings.ToLower(st.title)) {
					t.Errorf("step %d (%q): title %q, want %q", i, st.key, title, st.title)
				}
				mustContain(t, v, "t "+st.t)
				if st.m == "" {
					mustNotContain(t, v, "m map", "m charts")
				} else {
					mustContain(t, v, "m "+st.m)
				}
			}
		})
	}
}

// trendsTitleLine is the line of the view that holds the app's name.
func trendsTitleLine(v string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "leadcheck ·") {
			return l
		}
	}
	return ""
}

// The map's sentence never breaks a date in brackets across lines, at
// any width down to the width of the longest bracket.
func TestUnbrokenKeepsDatesWhole(t *testing.T) {
	text := "From Harmonizer (8 Dec 2025) to Production (16 Nov)."
	for _, c := range []struct {
		width int
		want  string
	}{
		{60, "From Harmonizer (8 Dec 2025) to Production (16 Nov)."},
		{44, "From Harmonizer (8 Dec 2025) to Production\n(16 Nov)."},
		{30, "From Harmonizer (8 Dec 2025)\nto Production (16 Nov)."},
		{20, "From Harmonizer\n(8 Dec 2025) to\nProduction (16 Nov)."},
		{10, "From\nHarmonizer\n(8 Dec\n2025) to\nProduction\n(16 Nov)."},
	} {
		if got := flow(unbroken(text, c.width), " ", c.width); got != c.want {
			t.Errorf("width %d:\n%s\nwant\n%s", c.width, got, c.want)
		}
	}
}

// Where the trends screen scrolls, its footer says whether more lies
// below, as the result and comparison do; where all of it shows, nothing.
func TestTrendsSaysMoreBelow(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	for _, tc := range []struct {
		name string
		w, h int
		keys []string
		want string
	}{
		{"table, all shown", 80, 24, []string{"t"}, ""},
		{"table, rows hidden by the keys", 80, 24, []string{"t", "?"}, "↓ more below"},
		{"table at its end", 80, 24, []string{"t", "?", "end"}, "↑ end"},
		{"map, legend hidden", 80, 20, []string{"m"}, "↓ more below"},
		{"charts, drawn to fit", 80, 24, []string{"?"}, ""},
	} {
		d := trendsOpen(t, q, s, tc.w, tc.h)
		d.press(tc.keys...)
		v := d.view()
		for _, marker := range []string{"↓ more below", "↑ end"} {
			if got := strings.Contains(v, marker); got != (marker == tc.want) {
				t.Errorf("%s at %d×%d: %q shown %v, want %v:\n%s", tc.name, tc.w, tc.h, marker, got, !got, v)
			}
		}
	}
}

// The trends table names its columns as the history's table does.
func TestTrendsTableNamesColumnsAsHistory(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	d := trendsOpen(t, q, s, 80, 24)
	d.press("t")
	trends := strings.Fields(lineWith(d.view(), "Date "))
	d = dashOpen(t, s, dashSettings(t, ""), 80, 24)
	d.press("h")
	history := strings.Fields(lineWith(d.view(), "Date "))
	want := []string{"Date", "Relationships", "Results", "Balance", "Profile"}
	if strings.Join(trends, " ") != strings.Join(want, " ") {
		t.Errorf("trends table heads %q, want %q", trends, want)
	}
	if strings.Join(history[:len(want)], " ") != strings.Join(want, " ") {
		t.Errorf("history table heads %q, want %q first", history, want)
	}
}
