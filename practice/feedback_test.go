package practice

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
)

// filled is the round's form with every statement answered x, by role.
func filled(t *testing.T, svc *Service, round string, role assessment.Role, x int, comment string) []byte {
	t.Helper()
	_, form, err := svc.Form(round, assessment.FormYAML)
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(form), "\nrole:", "\nrole: "+string(role), 1)
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "  ") && strings.HasSuffix(line, ":") && !strings.HasPrefix(line, "  #") &&
			!strings.Contains(line, "questionnaire") {
			line += " " + string(rune('0'+x))
		}
		out = append(out, line)
	}
	text = strings.Join(out, "\n")
	if comment != "" {
		text = strings.Replace(text, "\ncomment:", "\ncomment: "+comment, 1)
	}
	return []byte(text)
}

func TestFeedbackRound(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	s := openStore(t, p.db)
	ids := saved(t, s, q, 20)
	svc := service(q, s, p, day(25))

	r, err := svc.StartRound(assessment.RoundOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.ID != "2026-11-25" || r.CheckIn != ids[0] || r.Min != 3 {
		t.Errorf("round %s tied to %q, min %d; want 2026-11-25 tied to %s, min 3", r.ID, r.CheckIn, r.Min, ids[0])
	}
	again, err := svc.StartRound(assessment.RoundOptions{})
	if err != nil || again.ID != "2026-11-25-2" {
		t.Errorf("second round of the day: %q, %v; want 2026-11-25-2", again.ID, err)
	}
	for i, tc := range []struct {
		x         int
		duplicate bool
	}{{4, false}, {4, true}, {2, false}} {
		added, err := svc.AddResponse("f.yaml", filled(t, svc, r.ID, assessment.RolePeer, tc.x, ""))
		if err != nil || added.Duplicate != tc.duplicate || added.Round != r.ID {
			t.Fatalf("response %d: %+v, %v; want duplicate %v", i, added, err, tc.duplicate)
		}
	}
	rep, err := svc.ReportSeeded(r.ID, 1)
	if err != nil || rep.Report.Responses != 2 || rep.Report.Others != nil || rep.Self == nil {
		t.Errorf("report at 2 of 3: %+v, %v; want the count only", rep.Report, err)
	}
	if _, err := svc.AddResponse("g.yaml", filled(t, svc, r.ID, assessment.RoleOther, 5, "")); err != nil {
		t.Fatal(err)
	}
	rep, err = svc.ReportSeeded(r.ID, 1)
	if err != nil || rep.Report.Responses != 3 || rep.Report.Others == nil {
		t.Errorf("report at 3 of 3: %+v, %v; want others' scores", rep.Report, err)
	}
	if _, err := svc.CloseRound(r.ID); err != nil {
		t.Fatal(err)
	}
	_, err = svc.AddResponse("h.yaml", filled(t, svc, r.ID, assessment.RolePeer, 1, ""))
	if err == nil || !strings.Contains(err.Error(), "is closed") {
		t.Errorf("adding to a closed round: %v", err)
	}
	rounds, err := svc.Rounds()
	if err != nil || len(rounds) != 2 || rounds[0].Responses != 3 || rounds[0].Open || !rounds[1].Open {
		t.Errorf("Rounds = %+v, %v", rounds, err)
	}
}

func TestRoundWaitsForTheNextCheckIn(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	s := openStore(t, p.db)
	saved(t, s, q, 1)
	svc := service(q, s, p, day(30)) // 29 days after: past the 28-day window
	r, err := svc.StartRound(assessment.RoundOptions{})
	if err != nil || r.CheckIn != "" {
		t.Fatalf("round %+v, %v; want one waiting for the next check-in", r, err)
	}
	rep, err := svc.ReportSeeded("", 1)
	if err != nil || rep.Self != nil {
		t.Errorf("report before the next check-in: self %v, %v", rep.Self, err)
	}
	c := checkIn(q, 4, day(30).Add(1))
	if err := s.Save(&c, q); err != nil {
		t.Fatal(err)
	}
	rep, err = svc.ReportSeeded("", 1)
	if err != nil || rep.Self == nil || rep.Self.ID != c.ID {
		t.Errorf("report after the next check-in: self %v, %v; want %s", rep.Self, err, c.ID)
	}
}

func TestDeleteWithRounds(t *testing.T) {
	for _, drop := range []bool{true, false} {
		q := questionnaire(t)
		p := newPaths(t)
		s := openStore(t, p.db)
		ids := saved(t, s, q, 20)
		svc := service(q, s, p, day(21))
		r, err := svc.StartRound(assessment.RoundOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if tied, _ := svc.RoundsTiedTo(ids[0]); len(tied) != 1 {
			t.Fatalf("rounds tied to %s: %v", ids[0], tied)
		}
		if err := svc.DeleteWithRounds(ids[0], drop); err != nil {
			t.Fatal(err)
		}
		info, err := svc.FindRound(r.ID)
		switch {
		case drop && !errors.Is(err, ErrNoRound):
			t.Errorf("dropped round: %+v, %v", info, err)
		case !drop && (err != nil || info.CheckIn != ""):
			t.Errorf("kept round: %+v, %v; want it waiting", info, err)
		}
	}
}

// The latest check-in is in the window until the day the window ends,
// whatever the hour, counted in calendar days as when a check-in is due:
// a check-in of 09:00 summer time is four weeks old at 18:00 winter time
// that day, though 28 days and 10 hours have passed.
func TestRoundWindowInCalendarDays(t *testing.T) {
	summer, winter := time.FixedZone("CEST", 2*3600), time.FixedZone("CET", 3600)
	tests := []struct {
		now  time.Time
		tied bool
	}{
		{time.Date(2026, 10, 29, 18, 0, 0, 0, winter), true},
		{time.Date(2026, 10, 30, 8, 0, 0, 0, winter), false},
	}
	for _, tt := range tests {
		q := questionnaire(t)
		p := newPaths(t)
		s := openStore(t, p.db)
		c := checkIn(q, 3, time.Date(2026, 10, 1, 9, 0, 0, 0, summer))
		if err := s.Save(&c, q); err != nil {
			t.Fatal(err)
		}
		r, err := service(q, s, p, tt.now).PlanRound(assessment.RoundOptions{})
		if err != nil || (r.CheckIn == c.ID) != tt.tied {
			t.Errorf("at %s: round tied to %q, %v; tied want %v", tt.now, r.CheckIn, err, tt.tied)
		}
	}
}
