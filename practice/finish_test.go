package practice

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/store"
)

func TestFinish(t *testing.T) {
	tests := []struct {
		name       string
		store      bool   // a database is open
		storeErr   error  // why it is not
		noRecovery bool   // no recovery directory
		saved      bool   // saved to the database
		recovery   bool   // kept in a recovery file instead
		draftKept  bool   // the draft is still there to resume
		notSaved   string // the start of NotSaved's message
	}{
		{name: "saved", store: true, saved: true},
		{name: "no database: a recovery file", storeErr: errors.New("permission denied"), recovery: true,
			notSaved: "check-in not saved to the database: permission denied\nYour answers are safe in "},
		{name: "no database, no recovery directory", noRecovery: true, draftKept: true,
			notSaved: "check-in not saved: no database is open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := questionnaire(t)
			p := newPaths(t)
			var s *store.Store
			if tt.store {
				s = openStore(t, p.db)
				saved(t, s, q, 1)
			}
			if tt.noRecovery {
				p.recovery = ""
			}
			svc := service(q, s, p, day(20))
			svc.cfg.StoreErr = tt.storeErr
			d := svc.NewDraft(time.Time{})
			d.Note = "kept"
			if err := svc.KeepDraft(d); err != nil {
				t.Fatal(err)
			}

			f := svc.Finish(checkIn(q, 4, day(20)))
			if f.Saved() != tt.saved || (f.CheckIn.ID != "") != tt.saved {
				t.Errorf("Saved = %v with id %q, want %v", f.Saved(), f.CheckIn.ID, tt.saved)
			}
			if tt.store && (f.Previous == nil || f.PreviousErr != nil) {
				t.Errorf("Previous = %v, %v; want the check-in of 1 November", f.Previous, f.PreviousErr)
			}
			files := 0
			if tt.recovery {
				files = 1
			}
			if (f.Recovery != "") != tt.recovery || len(svc.Recovered()) != files {
				t.Errorf("Recovery = %q (%v), Recovered = %v; want a file: %v", f.Recovery, f.RecoveryErr, svc.Recovered(), tt.recovery)
			}
			if tt.recovery && !strings.Contains(f.Advice, "leadcheck import "+f.Recovery) {
				t.Errorf("Advice = %q", f.Advice)
			}
			if _, err := os.Stat(p.draft); (err == nil) != tt.draftKept {
				t.Errorf("draft there: %v, want %v", err == nil, tt.draftKept)
			}
			err := f.NotSaved()
			if (err == nil) != (tt.notSaved == "") || err != nil && !strings.HasPrefix(err.Error(), tt.notSaved) {
				t.Errorf("NotSaved = %v, want one starting %q", err, tt.notSaved)
			}
		})
	}
}

// A recovery file is an export that import takes as it is.
func TestFinishRecoveryImports(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	f := service(q, nil, p, day(20)).Finish(checkIn(q, 4, day(20)))
	data, err := os.ReadFile(f.Recovery)
	if err != nil {
		t.Fatal(err)
	}
	file, err := store.DecodeExport(f.Recovery, data)
	if err != nil {
		t.Fatal(err)
	}
	s := openStore(t, p.db)
	if added, _, err := s.Import(file.CheckIns, file.Questionnaires); err != nil || added != 1 {
		t.Fatalf("Import = %d, %v; want the check-in added", added, err)
	}
}
