package tui

import (
	"fmt"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
)

// The benchmarks behind BENCHMARKS.md: the real questionnaire, and for
// the screens that read the history, a database of 10,000 generated
// check-ins (internal/benchdata), all at 80×24. Run with
// go test ./tui/ -bench . -benchmem -run '^$'

// BenchmarkCheckInKey is one key press answering a statement, through
// the root model as the program delivers it, and the frame after it.
func BenchmarkCheckInKey(b *testing.B) {
	q, err := benchdata.Questionnaire()
	if err != nil {
		b.Fatal(err)
	}
	clock := newClock()
	d := newDriver(b, appOptions{Questionnaire: q, Start: ScreenTake, Now: clock.now}, 80, 24)
	// A model on each statement but the last (whose answer ends the
	// statements): the loop answers them in turn, each from the same state.
	key := keyMsg("3")
	var on []tea.Model
	for range q.Items[1:] {
		on = append(on, d.m)
		d.press("3")
	}
	i := 0
	for b.Loop() {
		m, _ := on[i%len(on)].Update(key)
		if m.View() == "" {
			b.Fatal("no frame")
		}
		i++
	}
}

// BenchmarkFirstFrame opens the app on 10,000 check-ins: New, Init's
// command (the dashboard's read of the store), the window size, and the
// first View of the home dashboard. The dashboard's read opens the
// database and closes it again, as the app does for every read.
func BenchmarkFirstFrame(b *testing.B) {
	path, q := benchdata.DB(b)
	h := store.NewHandle(path)
	for b.Loop() {
		m := tea.Model(New(appOptions{Questionnaire: q, Handle: h, Now: benchNow}.options()))
		msg := m.Init()()
		m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		m, _ = m.Update(msg)
		if v := m.View(); len(v) == 0 {
			b.Fatal("no frame")
		}
	}
}

// BenchmarkTrendsView10k draws the trends screen of 10,000 check-ins
// once they are loaded: View only, as on every message the program gets.
func BenchmarkTrendsView10k(b *testing.B) {
	d := benchTrends(b)
	for b.Loop() {
		_ = d.m.View()
	}
}

// BenchmarkTrendsResize10k is the page rebuilt for a new window size,
// with the frame after it.
func BenchmarkTrendsResize10k(b *testing.B) {
	d := benchTrends(b)
	sizes := []tea.WindowSizeMsg{{Width: 81, Height: 24}, {Width: 80, Height: 24}}
	i := 0
	for b.Loop() {
		d.m, _ = d.m.Update(sizes[i%2])
		_ = d.m.View()
		i++
	}
}

// BenchmarkTrendsOpen10k opens the trends screen from home: the read of
// 10,000 summaries, the points, the first layout and its frame.
func BenchmarkTrendsOpen10k(b *testing.B) {
	s, q := benchStore(b)
	d := newDriver(b, appOptions{Questionnaire: q, Store: s, Now: benchNow}, 80, 24)
	home := d.m
	for b.Loop() {
		d.m = home
		d.press("g")
		_ = d.m.View()
	}
}

// BenchmarkHistoryOpen10k opens the history screen from home: the listing
// of 10,000 check-ins read, the table laid out and drawn. At 120 columns
// the table is wide, so it shows how each note begins.
func BenchmarkHistoryOpen10k(b *testing.B) {
	for _, w := range []int{80, 120} {
		b.Run(fmt.Sprintf("width=%d", w), func(b *testing.B) {
			s, q := benchStore(b)
			d := newDriver(b, appOptions{Questionnaire: q, Store: s, Now: benchNow}, w, 40)
			home := d.m
			for b.Loop() {
				d.m = home
				d.press("h")
				_ = d.m.View()
			}
		})
	}
}

func benchTrends(b *testing.B) *driver {
	s, q := benchStore(b)
	d := newDriver(b, appOptions{Questionnaire: q, Store: s, Now: benchNow}, 80, 24)
	d.press("g")
	mustContain(b, d.view(), "Trends")
	return d
}

// benchStore opens the shared database of 10,000 check-ins until the
// benchmark ends.
func benchStore(b *testing.B) (*store.Store, *assessment.Questionnaire) {
	b.Helper()
	path, q := benchdata.DB(b)
	s, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s, q
}

// benchNow is the day after the generated history ends.
func benchNow() time.Time { return benchdata.End.Add(24 * time.Hour) }
