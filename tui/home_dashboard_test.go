package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// The last check-in on Sat 1 Nov 2025 at 09:00 and the default four
// weeks: due on Sat 29 Nov.
func TestDueText(t *testing.T) {
	last := time.Date(2025, 11, 1, 9, 0, 0, 0, time.UTC)
	at := func(y int, m time.Month, d, h int) time.Time { return time.Date(y, m, d, h, 0, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name    string
		last    time.Time
		hasLast bool
		cadence assessment.Cadence
		now     time.Time
		want    string
	}{
		{"first run", time.Time{}, false, assessment.DefaultCadence, at(2025, 11, 29, 9), "due now: it will be your first"},
		{"due today, early in the day", last, true, assessment.DefaultCadence, at(2025, 11, 29, 7), "due today"},
		{"overdue one day", last, true, assessment.DefaultCadence, at(2025, 11, 30, 9), "due since Sat 29 Nov, 1 day overdue"},
		{"overdue three days", last, true, assessment.DefaultCadence, at(2025, 12, 2, 9), "due since Sat 29 Nov, 3 days overdue"},
		{"due tomorrow", last, true, assessment.DefaultCadence, at(2025, 11, 28, 23), "due tomorrow, Sat 29 Nov"},
		{"due in nine days", last, true, assessment.DefaultCadence, at(2025, 11, 20, 9), "due in 9 days, on Sat 29 Nov"},
		// 10 days after Sat 1 Nov is Tue 11 Nov.
		{"ten-day cadence", last, true, assessment.Cadence{Days: 10}, at(2025, 11, 5, 9), "due in 6 days, on Tue 11 Nov"},
		// Sat 20 Dec + 28 days is Sat 17 Jan, in the next year.
		{"due next year", at(2025, 12, 20, 9), true, assessment.DefaultCadence, at(2025, 12, 29, 9), "due in 19 days, on Sat 17 Jan 2026"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			due := assessment.NextDue(tc.last, tc.hasLast, tc.cadence, tc.now)
			if got := dueText(due, tc.now); got != tc.want {
				t.Errorf("dueText = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"Hold steady. Then push.":        "Hold steady.",
		"One sentence only.":             "One sentence only.",
		"Wrapped\n  over lines. Second.": "Wrapped over lines.",
		"":                               "",
	} {
		if got := firstSentence(in); got != want {
			t.Errorf("firstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}

// Twelve monthly check-ins, the last on Thu 20 Nov 2025, nine days before
// t0: not due for 19 days on the default cadence; a weekly one was due on
// Thu 27 Nov.
func TestDashboardDueLineFollowsTheCadence(t *testing.T) {
	for _, tc := range []struct{ settings, want, cadence string }{
		{"", "Next check-in  due in 19 days, on Thu 18 Dec", "every 4 weeks (the default)"},
		{"cadence: 1w\n", "Next check-in  due since Thu 27 Nov, 2 days overdue", "every week"},
		{"cadence: 9d\n", "Next check-in  due today", "every 9 days"},
	} {
		s := openStore(t)
		trendsSeed(t, s, testQuestionnaire(t), 12)
		d := dashOpen(t, s, dashSettings(t, tc.settings), 80, 24)
		mustContain(t, d.view(), tc.want, "Cadence "+tc.cadence, "12 check-ins so far")
	}
}

func TestDashboardShowsScoresAndChange(t *testing.T) {
	s := openStore(t)
	trendsSeed(t, s, testQuestionnaire(t), 12)
	v := dashOpen(t, s, dashSettings(t, ""), 80, 24).view()
	// Relationships 75 75 68.75 68.75 62.5 56.25 50 50 56.25 62.5 62.5
	// 68.75: ×7/100 rounds to 5 5 5 5 4 4 4 4 4 4 4 5. Results 50 50 56.25
	// 62.5 68.75 75 81.25 87.5 87.5 81.25 87.5 93.75: 4 4 4 4 5 5 6 6 6 6
	// 6 7. The last step, in whole points: 63 → 69 and 88 → 94.
	mustContain(t, v, "Last check-in  Thu 20 Nov 2025 · 9 days ago · 12 check-ins so far",
		"12 check-ins  since 12 Oct   now",
		"Relationship-building  ▆▆▆▆▅▅▅▅▅▅▅▆  +6    69",
		"Results focus          ▅▅▅▅▆▆▇▇▇▇▇█  +6    94",
		"Balance  ", "±0   +25 ±19 leans results",
		"No commitments from your last check-in.")
}

func TestDashboardShowsCommitmentsAndReviews(t *testing.T) {
	s := openStore(t)
	q := testQuestionnaire(t)
	dashSave(t, s, dashLoopRecords(q))
	v := dashOpen(t, s, dashSettings(t, ""), 80, 24).view()
	mustContain(t, v, "Your commitments · not yet reviewed; due for review at your next check-in",
		"· Hand the release checklist to Priya and coach her through it.",
		"· Let each person finish, then sum up what they said before giving your\n",
		"Earlier commitments  1 done · 1 some progress · 1 not started")

	v = dashOpen(t, s, dashSettings(t, "cadence: 1w\n"), 80, 24).view()
	mustContain(t, v, "Your commitments · due for review now: take your check-in")

	// Wide: each commitment with its practice, each review with its note.
	v = dashOpen(t, s, dashSettings(t, ""), 160, 48).view()
	mustContain(t, v, "Developing people: Hand one task you would usually keep to a team",
		"How the commitments before went",
		"done           Share the quarter's top three results on one page.",
		"Shared it on Tuesday; two people asked good questions.",
		"some progress  Answer every waiting decision within a day.",
		"not started    Agree one stretch task with each person.",
		"Facets, weakest first")
}

// A window with rows to spare shows each commitment whole, wrapped under
// its bullet; only one too short for that cuts them to a line each.
func TestDashboardCommitmentsWholeWhereRoom(t *testing.T) {
	s := openStore(t)
	dashSave(t, s, dashLoopRecords(testQuestionnaire(t)))
	for _, tc := range []struct {
		w, h  int
		wants []string
	}{
		{80, 21, []string{"· Let each person finish, then sum up what they said before giving your vie…"}},
		{100, 30, []string{"· Let each person finish, then sum up what they said before giving your\n",
			"\n            view.", "· Hand the release checklist to Priya and coach her through it."}},
		{118, 40, []string{"· Let each person finish, then sum up what they said before giving your\n",
			"\n                      view.", "· Hand the release checklist to Priya and coach her through it."}},
	} {
		v := dashOpen(t, s, dashSettings(t, ""), tc.w, tc.h).view()
		dashFits(t, v, tc.w, tc.h)
		mustContain(t, v, tc.wants...)
	}
}

// The dashboard gives up detail rather than run off a small window.
func TestDashboardFitsEverySize(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	dashSave(t, s, dashLoopRecords(q))
	for _, size := range [][2]int{{60, 20}, {80, 24}, {100, 30}, {120, 36}, {160, 48}} {
		w, h := size[0], size[1]
		d := dashOpen(t, s, dashSettings(t, "cadence: 1w\n"), w, h)
		v := d.view()
		dashFits(t, v, w, h)
		mustContain(t, v, "Next check-in", "Balance", "Your commitments", "t check-in", "? more keys")
		d.press("s")
		dashFits(t, d.view(), w, h)
	}
}

// At 80 columns the help line has no room for s, so the dashboard names it
// beside the cadence; the full help lists it too.
func TestDashboardCadenceKey(t *testing.T) {
	s := openStore(t)
	trendsSeed(t, s, testQuestionnaire(t), 2)
	d := dashOpen(t, s, dashSettings(t, ""), 80, 24)
	mustContain(t, d.view(), "every 4 weeks (the default) · s to change")
	mustNotContain(t, d.view(), "s cadence")
	d.press("?")
	mustContain(t, d.view(), "s cadence")
	d = dashOpen(t, s, dashSettings(t, ""), 100, 30)
	mustContain(t, d.view(), "s cadence • q quit")
	mustNotContain(t, d.view(), "s to change")
}

func TestDashboardWithOneCheckIn(t *testing.T) {
	s := openStore(t)
	trendsSeed(t, s, testQuestionnaire(t), 1)
	v := dashOpen(t, s, dashSettings(t, ""), 80, 24).view()
	// Nothing to draw or compare: the scores alone, with no headings.
	mustContain(t, v, "1 check-in so far", "Relationship-building    75 ±13", "Balance                 −25 ±19 leans relationships")
}

func TestDashboardSettingsError(t *testing.T) {
	s := openStore(t)
	trendsSeed(t, s, testQuestionnaire(t), 2)
	v := dashOpen(t, s, dashSettings(t, "cadence: often\n"), 80, 24).view()
	mustContain(t, v, "! settings file", `cadence "often" is not a number of days or weeks`,
		"checking in every 4 weeks until then.", "Cadence        every 4 weeks (the default)")
}

// A side left unscored has no margin to show: "–", as on the result
// screen, not "– ±13"; the balance then has none either.
func TestDashboardUnscoredSideHasNoMargin(t *testing.T) {
	q := testQuestionnaire(t)
	recs := trendsRecords(q, 2)
	a := trendsAnswers(q, 10, 16) // results: a mean of 4 of 1–5, 75
	for _, it := range q.ItemsIn(q.RelationshipsDimension().ID) {
		delete(a, it.ID)
	}
	recs[1] = assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), recs[1].TakenAt, "")
	s := openStore(t)
	dashSave(t, s, recs)
	v := dashOpen(t, s, dashSettings(t, ""), 80, 24).view()
	for _, tc := range []struct{ label, want string }{
		{"Relationship-building", "–"},
		{"Results focus", "75 ±13"},
		{"Balance", "–"},
	} {
		line := lineWith(v, tc.label+"  ")
		if got := strings.TrimSpace(line[strings.LastIndex(line, "  "):]); got != tc.want {
			t.Errorf("%s ends %q, want %q:\n%s", tc.label, got, tc.want, v)
		}
	}
}

// lineWith is the first line of v holding s, without its trailing blanks.
func lineWith(v, s string) string {
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, s) {
			return strings.TrimRight(l, " ")
		}
	}
	return ""
}

// How long ago the last check-in was is counted from the date shown
// beside it, which is the date where it was taken: Sat 28 Nov at 23:50 in
// New York (−5) is the 29th in UTC, yet two days before Mon 30 Nov.
func TestAgoFromTheDateShown(t *testing.T) {
	newYork := time.FixedZone("", -5*3600)
	now := time.Date(2026, 11, 30, 22, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name  string
		taken time.Time
		want  string
	}{
		{"late evening elsewhere", time.Date(2026, 11, 28, 23, 50, 0, 0, newYork), "2 days ago"},
		{"last night here", time.Date(2026, 11, 29, 23, 0, 0, 0, time.UTC), "yesterday"},
		{"this morning", time.Date(2026, 11, 30, 7, 0, 0, 0, time.UTC), "today"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := ago(now, tc.taken); got != tc.want {
				t.Errorf("ago = %q, want %q", got, tc.want)
			}
		})
	}
}
