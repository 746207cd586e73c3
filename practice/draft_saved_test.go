package practice

import (
	"os"
	"testing"
	"time"
)

// A stop between a check-in's save and its draft's deletion leaves the
// draft, marked by Finish before the save. Its check-in in the history,
// the draft is discarded instead of offered, which would save it twice;
// not there (the stop came before the save), it is offered as ever.
func TestDraftOfACheckInAlreadySaved(t *testing.T) {
	tests := []struct {
		name      string
		saved     bool // the check-in reached the history
		answers   int  // the draft's answer to every statement
		wantDraft bool
	}{
		{"saved: discarded", true, 4, false},
		{"not saved: offered", false, 4, true},
		{"another check-in in that second: offered", true, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := questionnaire(t)
			p := newPaths(t)
			s := openStore(t, p.db)
			svc := service(q, s, p, day(20))
			c := checkIn(q, 4, day(20).Add(1500*time.Millisecond))
			d := svc.NewDraft(time.Time{})
			for _, it := range q.Items {
				d.Answers[it.ID] = tt.answers
			}
			if err := svc.KeepDraft(d); err != nil {
				t.Fatal(err)
			}
			svc.markSaving(c) // as Finish does, just before the save
			if tt.saved {
				if tt.answers != 4 {
					c = checkIn(q, tt.answers+1, c.TakenAt)
				}
				if err := s.Save(&c, q); err != nil {
					t.Fatal(err)
				}
			}
			got, ok, err := svc.Draft()
			if ok != tt.wantDraft || err != nil {
				t.Fatalf("Draft = %v, %v; want %v", ok, err, tt.wantDraft)
			}
			_, statErr := os.Stat(p.draft)
			if kept := statErr == nil; kept != tt.wantDraft {
				t.Errorf("draft file kept: %v, want %v", kept, tt.wantDraft)
			}
			wantID := ""
			if !tt.wantDraft {
				wantID = c.ID
			}
			if svc.SavedDraft() != wantID {
				t.Errorf("SavedDraft = %q, want %q", svc.SavedDraft(), wantID)
			}
			if tt.wantDraft && got.Answers[q.Items[0].ID] != tt.answers {
				t.Errorf("draft offered with %v", got.Answers)
			}
		})
	}
}

// Finish marks the draft before it saves: left by a save that failed, the
// draft carries the second it was to be saved under.
func TestFinishMarksTheDraft(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	s := openStore(t, p.db)
	svc := service(q, s, p, day(20))
	d := svc.NewDraft(time.Time{})
	d.Note = "kept"
	if err := svc.KeepDraft(d); err != nil {
		t.Fatal(err)
	}
	p.recovery = ""
	s.Close() // the save fails, and no recovery file is written
	svc = service(q, s, p, day(20))
	f := svc.Finish(checkIn(q, 4, day(20).Add(time.Second/2)))
	if f.Saved() {
		t.Fatal("saved to a closed database")
	}
	got, ok, err := svc.Draft()
	if !ok || err != nil || !got.SavingAt.Equal(day(20)) || got.Note != "kept" {
		t.Errorf("Draft = %+v, %v, %v; want the note, marked %s", got, ok, err, day(20))
	}
}
