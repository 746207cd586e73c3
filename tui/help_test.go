package tui

import (
	"strings"
	"testing"
	"time"
)

// Below 80 columns a key line too wide for the window gives up other keys
// before the help key and the way out, which the widget's "…" would cut.
func TestHelpKeepsTheWayToMoreKeysAndOut(t *testing.T) {
	// The questionnaire shipped: its "did not come up" lengthens the
	// statement's key line.
	q := parseQuestionnaire(t, "../questions.yaml")
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	for _, tc := range []struct {
		name  string
		w, h  int
		keys  []string
		wants []string
	}{
		{"statement, short", 79, 24, []string{"t"}, []string{"1–5 answer", "esc leave", "? more keys"}},
		{"statement, short", 60, 20, []string{"t"}, []string{"1–5 answer", "esc leave", "? more keys"}},
		{"trends map, more below", 70, 20, []string{"g", "m"}, []string{"q back", "? more keys", "↓ more below"}},
		{"statement, full", 60, 20, []string{"t", "?"}, []string{"s   skip", "esc leave", "?   fewer keys"}},
		{"history, full", 70, 20, []string{"h", "?"}, []string{"c     compare", "d     delete", "q back", "? fewer keys"}},
		{"history, full", 60, 20, []string{"h", "?"}, []string{"space mark", "q back", "? fewer keys"}},
	} {
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, SettingsPath: dashSettings(t, ""),
			Now: func() time.Time { return t0 }}, tc.w, tc.h)
		d.press(tc.keys...)
		v := d.view()
		dashFits(t, v, tc.w, tc.h)
		mustContain(t, v, tc.wants...)
		if strings.Contains(v, " …") { // the widget's cut; a column's "Leaning on r…" is not
			t.Errorf("%s at %d×%d: the key line is cut:\n%s", tc.name, tc.w, tc.h, v)
		}

	}
}

// Keys stacked under a column that does not fit beside the others share
// its key column: their descriptions start where the column's do, not a
// column to the left.
func TestStackedHelpColumnsShareKeys(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	for _, tc := range []struct {
		name  string
		w, h  int
		keys  []string
		wants []string
	}{
		{"history", 60, 20, []string{"h", "?"}, []string{
			"  pgdn/f page down    t      take a check-in\n",
			"  c      compare      q      back\n",
			"  space  mark         ?      fewer keys\n",
			"  d      delete\n"}},
		{"trends", 60, 20, []string{"g", "?"}, []string{
			"  a          all check-ins    ? fewer keys\n",
			"  ↑/k        scroll up\n"}},
	} {
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, SettingsPath: dashSettings(t, ""),
			Now: func() time.Time { return t0 }}, tc.w, tc.h)
		d.press(tc.keys...)
		v := d.view()
		dashFits(t, v, tc.w, tc.h)
		lines := strings.Split(v, "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		v = strings.Join(lines, "\n") + "\n"
		for _, want := range tc.wants {
			if !strings.Contains(v, want) {
				t.Errorf("%s at %d×%d: want the line %q in\n%s", tc.name, tc.w, tc.h, want, v)
			}
		}
	}
}
