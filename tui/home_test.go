package tui

import "testing"

func TestHomeWelcomesWithEmptyHistory(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	mustContain(t, d.view(), "leadcheck · Test check-in",
		"A short check on how you balance people and results.",
		"Relationship-building", "Trust, morale and growth of the people on your team.",
		"Results focus", "Clear objectives, delivery and continuous improvement.",
		"Leaders get results through people.",
		"A check-in is 8 statements and takes about 2 minutes.",
		"t check-in", "g trends", "q quit", "? more keys")
	mustNotContain(t, d.view(), "Last check-in")
}

func TestHomeSummarisesLastCheckIn(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	seed(t, s, q, "33344332", oct12)
	seed(t, s, q, driverAnswers, oct12.AddDate(0, 0, 20)) // 1 Nov, 4 weeks before t0
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, 80, 24)
	mustContain(t, d.view(), "Last check-in", "Sat 1 Nov 2025 · 4 weeks ago · 2 check-ins so far",
		"Next check-in  due today", "Cadence        every 4 weeks (the default)",
		"2 check-ins  since 12 Oct   now",
		"Relationship-building  ▄▅  +12    56", "Results focus          ▅▇  +25    88",
		"Balance                ▅▆  +12   +31 ±19 leans results", "Profile   ! Driver — the trap of this stage",
		"Try next  Hold results steady and keep every one-to-one until the next check-in.")
}

func TestHomeKeys(t *testing.T) {
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("?")
	mustContain(t, d.view(), "? fewer keys")
	d.press("?", "enter")
	mustContain(t, d.view(), "Statement 1 of 8")
	d.press("esc", "y", "q")
	if !d.quit {
		t.Error("q on home should quit")
	}
	d = newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: openStore(t), Now: newClock().now}, 80, 24)
	d.press("ctrl+c")
	if !d.quit {
		t.Error("ctrl+c on home should quit")
	}
}

func TestHomeShowsReadError(t *testing.T) {
	s := openStore(t)
	_ = s.Close()
	d := newDriver(t, appOptions{Questionnaire: testQuestionnaire(t), Store: s, Now: newClock().now}, 80, 24)
	mustContain(t, d.view(), "✗ Could not read your history: database not open")
}
