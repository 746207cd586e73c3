package tui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

func TestHistorySameDay(t *testing.T) {
	at := func(day, hour int) assessment.CheckIn {
		return assessment.CheckIn{TakenAt: time.Date(2025, 10, day, hour, 0, 0, 0, time.UTC)}
	}
	for _, c := range []struct {
		name string
		recs []assessment.CheckIn
		want []bool
	}{
		{"none", nil, []bool{}},
		{"one", []assessment.CheckIn{at(1, 9)}, []bool{false}},
		{"days apart", []assessment.CheckIn{at(3, 9), at(2, 9), at(1, 9)}, []bool{false, false, false}},
		{"two on a day", []assessment.CheckIn{at(3, 9), at(2, 17), at(2, 9), at(1, 9)}, []bool{false, true, true, false}},
		{"three on a day", []assessment.CheckIn{at(2, 18), at(2, 12), at(2, 9)}, []bool{true, true, true}},
		{"midnight apart", []assessment.CheckIn{at(2, 0), at(1, 23)}, []bool{false, false}},
	} {
		if got := historySameDay(c.recs); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// At 80 columns a check-in taken on the same day as another shows its
// time; the others keep the date alone.
func TestHistoryShowsTimeOnSameDay(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	recs := historySeed(t, s, q, 3)
	again := assessment.NewCheckIn(q, historyAnswers(q, 5), assessment.Evaluate(q, historyAnswers(q, 5), nil),
		recs[2].TakenAt.Add(7*time.Hour+30*time.Minute), "")
	if err := s.Save(&again, q); err != nil {
		t.Fatal(err)
	}
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 80, 24)
	d.press("h")
	v := d.view()
	day := recs[2].TakenAt.Format(historyDateTerse)
	mustContain(t, v, day+" "+again.TakenAt.Format("15:04"), day+" "+recs[2].TakenAt.Format("15:04"))
	if row := optionLine(t, v, recs[1].TakenAt.Format(historyDateTerse)); strings.Contains(row, ":") {
		t.Errorf("a check-in alone on its day should show no time: %q", row)
	}
}

// Rows out of view are marked: "more below" under the table while there
// are, "more above" over it once the first rows scrolled away, both in
// the middle, and none when every row fits.
func TestHistoryMarksRowsOutOfView(t *testing.T) {
	for _, c := range []struct {
		name         string
		n, h         int
		keys         []string
		above, below bool
	}{
		{"all fit", 12, 24, nil, false, false},
		{"top", 20, 24, nil, false, true},
		{"cursor down, page not moved", 20, 24, []string{"down", "down"}, false, true},
		{"middle", 20, 24, strings.Split(strings.Repeat("down ", 18), " ")[:18], true, true},
		{"end", 20, 24, []string{"end"}, true, false},
		{"back to the top", 20, 24, []string{"end", "home"}, false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, _, _ := historyOpen(t, c.n, 80, c.h)
			d.press(c.keys...)
			v := d.view()
			for _, m := range []struct {
				word string
				want bool
			}{{"↑ more above", c.above}, {"↓ more below", c.below}} {
				if got := strings.Contains(v, m.word); got != m.want {
					t.Errorf("%q shown = %v, want %v:\n%s", m.word, got, m.want, v)
				}
			}
			titles, legend := strings.Index(v, "Date"), strings.Index(v, "← leans")
			if i := strings.Index(v, "↑ more above"); i >= 0 && i > titles {
				t.Errorf("more above should be over the table:\n%s", v)
			}
			if i := strings.Index(v, "↓ more below"); i >= 0 && (i < titles || i > legend) {
				t.Errorf("more below should be under the table:\n%s", v)
			}
		})
	}
}

// Twenty-five check-ins, two of them on one day, scrolled so that rows
// are out of view both above and below at 80×24; all fit at 200×50.
func TestGoldenHistoryScrolled(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			q := testQuestionnaire(t)
			s := openStore(t)
			recs := historySeed(t, s, q, 24)
			a := historyAnswers(q, 3)
			again := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), recs[20].TakenAt.Add(8*time.Hour), "")
			if err := s.Save(&again, q); err != nil {
				t.Fatal(err)
			}
			steps := []historyStep{{"h", "Date"}}
			if size[0] == 80 {
				steps = append(steps, historyStep{strings.Repeat("j", 20), "more above"})
			}
			historyGolden(t, appOptions{Questionnaire: q, Store: s}, size[0], size[1], steps...)
		})
	}
}
