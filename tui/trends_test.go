package tui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
	"github.com/muesli/termenv"
)

func TestTrendsFromHomeAndBack(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 2)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }}, 100, 24)
	mustContain(t, d.view(), "g trends")
	for _, back := range []string{"q", "esc"} {
		d.press("g")
		mustContain(t, d.view(), "leadcheck · Trends", "2 check-ins", "q back")
		d.press(back)
		mustContain(t, d.view(), "Last check-in")
		mustNotContain(t, d.view(), "Trends")
	}
	if d.quit {
		t.Error("leaving the trends should go home, not quit")
	}
	// At 80 columns the key is in the short help too.
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	mustContain(t, d.view(), "t check-in • h history • g trends • c compare • q quit • ? more keys")
}

func TestTrendsWindows(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	d := trendsOpen(t, q, s, 80, 24)
	mustContain(t, d.view(), "[all]", "12 check-ins", "3/6/y/a window")
	// From 29 Nov 2025: since 29 Aug are 30 Sep, 12 Oct and 20 Nov; since
	// 29 May, six; since 29 Nov 2024, all twelve.
	for _, c := range []struct{ key, tab, count string }{
		{"3", "[3 months]", "3 check-ins"},
		{"6", "[6 months]", "6 check-ins"},
		{"y", "[1 year]", "12 check-ins"},
		{"a", "[all]", "12 check-ins"},
	} {
		d.press(c.key)
		mustContain(t, d.view(), c.tab, c.count)
	}
}

func TestTrendsSlopesAndSentence(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	d := trendsOpen(t, q, s, 80, 24)
	rel, res := trendsFit(q, trendsRecords(q, 12))
	sentence := assessment.TrendSentence("relationships", rel, "results", res)
	mustContain(t, d.view(), "Per 30 days relationships "+slopeText(rel)+" · results "+slopeText(res), sentence)
	// Results up, relationships drifting down: but the relationships
	// interval (-2.5 to +0.3) includes zero, and 69 is not low, so no
	// direction is claimed for them and the trap is not raised.
	mustContain(t, sentence, "Results: rising", "relationships: no clear trend")
	mustNotContain(t, d.view(), "trap of this stage")
	d.press("3")
	rel, res = trendsFit(q, trendsRecords(q, 12)[9:])
	mustContain(t, d.view(), "relationships "+slopeText(rel), "results "+slopeText(res))
}

func TestTrendsSlopeText(t *testing.T) {
	for _, c := range []struct {
		tr   assessment.Trend
		want string
	}{
		{assessment.Trend{Slope: 3.84, Valid: true}, "+3.8"},
		{assessment.Trend{Slope: -1.06, Valid: true}, "−1.1"},
		{assessment.Trend{Slope: 0.04, Valid: true}, "0.0"},
		{assessment.Trend{Slope: -0.04, Valid: true}, "0.0"},
		{assessment.Trend{N: 1}, "–"},
	} {
		if got := slopeText(c.tr); got != c.want {
			t.Errorf("slopeText(%+v) = %q, want %q", c.tr, got, c.want)
		}
	}
}

func TestTrendsTable(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	d := trendsOpen(t, q, s, 80, 24)
	d.press("t")
	// Sums 16 and 12 of 20: relationships 75, results 50, Harmonizer.
	mustContain(t, d.view(), "Trends · table", "Date Relationships Results Balance Profile",
		"3 Dec 2024 75 50 −25 Harmonizer", "Per 30 days", "t charts")
	mustNotContain(t, d.view(), "09:00") // one check-in a day: no times
	d.press("end")
	mustContain(t, d.view(), "20 Nov 2025 69 94 +25 Production")
	d.press("t")
	mustContain(t, d.view(), "Relationship-building", "t table")
	mustNotContain(t, d.view(), "Date")
}

func TestTrendsMapPage(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	d := trendsOpen(t, q, s, 80, 24)
	d.press("m")
	v := d.view()
	mustContain(t, v, "Trends · map", "results ↑", "relationships →", "p Production", "d Driver ! trap",
		"h Harmonizer", "s Starting out", "◉ latest", "From Harmonizer (3 Dec 2024) to Production (20 Nov).", "m charts")
	// 20 Nov: relationships 69, results 94 on the 11-cell map: 6.9 → 7
	// across, 9.4 → 9 up, so row 1 under the "100" row, at character
	// 2 × 7 of the grid, right of the 6-column gutter.
	row := trendsLineAfter(t, v, " 100 ┤", 1)
	if got := []rune(row)[padX+gutterW+2*7]; got != '◉' {
		t.Errorf("latest should be at column 7 of row 1, got %q in %q", got, row)
	}
	d.send(tea.WindowSizeMsg{Width: 160, Height: 48})
	mustContain(t, d.view(), "p Production", "12 check-ins") // the map beside the charts
	mustNotContain(t, d.view(), "m map", "m charts")
}

func TestTrendsSeveralOnOneDay(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 1)
	day := time.Date(2025, 11, 28, 0, 0, 0, 0, time.UTC)
	for i, h := range []int{9, 12, 18} {
		a := trendsAnswers(q, 10+2*i, 18-i)
		r := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), day.Add(time.Duration(h)*time.Hour), "")
		if err := s.Save(&r, q); err != nil {
			t.Fatal(err)
		}
	}
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		d := trendsOpen(t, q, s, size[0], size[1])
		mustContain(t, d.view(), "4 check-ins", "Per 30 days")
		d.press("3")
		// Whatever the slope of three check-ins in nine hours, the screen
		// shows the assessment's reading of it.
		rel, res := trendsFit(q, trendsRecordsOf(t, s)[1:])
		mustContain(t, d.view(), "3 check-ins", assessment.TrendSentence("relationships", rel, "results", res))
		d.press("t")
		mustContain(t, d.view(), "28 Nov 2025 09:00", "28 Nov 2025 12:00", "28 Nov 2025 18:00")
		trendsFits(t, d.view(), size[0], size[1])
	}
}

func TestTrendsThousands(t *testing.T) {
	q := testQuestionnaire(t)
	pts := trendPoints(q, trendsMany(q, 3000))
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		c := &common{styles: DefaultStyles(""), q: q, now: func() time.Time { return t0 }}
		c.width, c.height = size[0], size[1]
		var m screen = newTrends(c)
		m, _ = m.update(trendsLoadedMsg{points: pts})
		v := m.view()
		mustContain(t, v, "3000 check-ins")
		trendsFits(t, v, size[0], size[1])
		for _, k := range []string{"3", "t", "end", "t", "m", "y"} {
			m, _ = m.update(keyMsg(k))
			trendsFits(t, m.view(), size[0], size[1])
		}
	}
}

func TestTrendsEmptyStates(t *testing.T) {
	q := testQuestionnaire(t)
	d := trendsOpen(t, q, openStore(t), 80, 24)
	mustContain(t, d.view(), "No check-ins yet. Press t to take your first one.", "t take a check-in", "q back")
	mustNotContain(t, d.view(), "window", "t table")
	d.press("m", "f", "3") // nothing to act on
	mustContain(t, d.view(), "No check-ins yet.")
	d.press("t")
	mustContain(t, d.view(), "Statement 1 of 8", stmt1)

	s := openStore(t)
	trendsSeed(t, s, q, 12)
	later := func() time.Time { return t0.AddDate(1, 0, 0) }
	d = newDriver(t, appOptions{Questionnaire: q, Store: s, Now: later}, 80, 24)
	d.press("g", "3")
	mustContain(t, d.view(), "No check-ins in the last 3 months. Press a to see all 12 check-ins.")
	mustNotContain(t, d.view(), "take a check-in")

	d = trendsOpen(t, q, nil, 80, 24)
	mustContain(t, d.view(), "Could not read your history: no database is open")
}

func TestTrendsFitTheWindow(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	for _, n := range []int{0, 1, 12} {
		for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 36}, {139, 40}, {160, 48}} {
			s := openStore(t)
			trendsSeed(t, s, q, n)
			d := trendsOpen(t, q, s, size[0], size[1])
			for _, k := range []string{"", "?", "?", "m", "?", "?", "t", "end", "?"} {
				if k != "" {
					d.press(k)
				}
				trendsFits(t, d.view(), size[0], size[1])
			}
		}
	}
}

func TestTrendsThemeNone(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	trendsSeed(t, s, q, 12)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: func() time.Time { return t0 }, Theme: "none"}, 80, 24)
	d.press("g")
	v := d.view()
	mustContain(t, v, "o Relationship-building", "x Results focus", "o 69", "x 94", "+ +25")
	if trendsHasBraille(v) {
		t.Errorf("theme none should draw glyphs, not braille:\n%s", v)
	}
}

func TestTrendsRenderPlain(t *testing.T) {
	// A colour profile, so that any styling would show as escape codes.
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	q := parseQuestionnaire(t, "../questions.yaml")
	for _, n := range []int{1, 2, 12} {
		for _, st := range []Styles{DefaultStyles("none"), DefaultStyles("dark")} {
			out := RenderTrend(q, trendsRecords(q, n), 80, 24, st, true, false)
			if strings.Contains(out, "\x1b") {
				t.Errorf("%d check-ins: plain output has escape codes:\n%q", n, out)
			}
			if trendsHasBraille(out) {
				t.Errorf("%d check-ins: plain output has braille:\n%s", n, out)
			}
			mustContain(t, out, "o Relationship-building", "x Results focus", "Per 30 days", "Balance")
			trendsFits(t, out, 80, 24)
		}
	}
	out := RenderTrend(q, trendsRecords(q, 12), 80, 24, DefaultStyles("dark"), false, false)
	if !trendsHasBraille(out) || !strings.Contains(out, "\x1b[") {
		t.Errorf("colour output should draw braille in colour:\n%s", out)
	}
	if out := RenderTrend(q, trendsMany(q, 3000), 100, 30, DefaultStyles("none"), true, false); !strings.Contains(out, "3000 check-ins") {
		t.Errorf("3000 check-ins: %s", out)
	}
}

// The page is drawn on load, resize, window and mode changes; View only
// places it. Run with: go test ./tui/ -bench Trends -run '^$'
func BenchmarkTrendsLayout(b *testing.B) {
	m := trendsBenchModel(b, 3000)
	for b.Loop() {
		m.layout()
	}
}

func BenchmarkTrendsView(b *testing.B) {
	m := trendsBenchModel(b, 3000)
	for b.Loop() {
		_ = m.view()
	}
}

func trendsBenchModel(b *testing.B, n int) trendsModel {
	q := testQuestionnaire(b)
	c := &common{styles: DefaultStyles("dark"), q: q, now: func() time.Time { return t0 }, width: 160, height: 48}
	m, _ := newTrends(c).update(trendsLoadedMsg{points: trendPoints(q, trendsMany(q, n))})
	return m.(trendsModel)
}
