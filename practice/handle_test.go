package practice

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/store"
)

// shortWait keeps the wait for a lock the tests expect to fail short.
var shortWait = store.WithLockTimeout(20 * time.Millisecond)

// appService is the app's Service: the database opened for each use
// case through a Handle.
func appService(t *testing.T, p paths, now time.Time) *Service {
	return New(Config{Questionnaire: questionnaire(t), Handle: store.NewHandle(p.db, shortWait),
		SettingsPath: p.settings, DraftPath: p.draft, RecoveryDir: p.recovery, Version: "test",
		Now: func() time.Time { return now }})
}

// recentCount is how many check-ins svc's dashboard read counts.
func recentCount(t *testing.T, svc *Service) int {
	t.Helper()
	_, n, err := svc.Recent(3)
	if err != nil {
		t.Fatalf("Recent: %v", err)
	}
	return n
}

// TestAppServiceLeavesTheDatabaseFree: an app-like Service, idle, keeps
// no lock, so a command in another pane reads and saves; the app's next
// read sees that check-in, and its own save works after it.
func TestAppServiceLeavesTheDatabaseFree(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	app := appService(t, p, day(20))
	if n := recentCount(t, app); n != 0 {
		t.Fatalf("a missing database counts %d check-ins", n)
	}
	if _, err := os.Stat(p.db); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("reading made the database (%v); only the first save may", err)
	}

	// 'take --answers' in another pane: its own store, closed at the end.
	other, err := store.Open(p.db, shortWait)
	if err != nil {
		t.Fatalf("the app is idle, yet another writer cannot open: %v", err)
	}
	if f := service(q, other, p, day(18)).Finish(checkIn(q, 3, day(18))); !f.Saved() {
		t.Fatalf("the other pane's save: %v", f.Err)
	}
	other.Close()
	if n := recentCount(t, app); n != 1 {
		t.Errorf("the app counts %d check-ins after the other pane saved one, want 1", n)
	}

	f := app.Finish(checkIn(q, 4, day(20)))
	if !f.Saved() || f.Previous == nil || !f.Previous.TakenAt.Equal(day(18)) {
		t.Fatalf("the app's save: %v, previous %v; want saved after the check-in of the 18th", f.Err, f.Previous)
	}
	reader, err := store.OpenReadOnly(p.db, shortWait)
	if err != nil {
		t.Fatalf("the app saved and is idle, yet a reader cannot open: %v", err)
	}
	defer reader.Close()
	if n, err := reader.Count(); err != nil || n != 2 {
		t.Errorf("the other pane reads %d check-ins (%v), want 2", n, err)
	}
}

// TestAppServiceMeetsAHeldLock: while another process holds the write
// lock, the app's reads say the database is in use, and its save waits
// out the timeout and keeps the check-in in a recovery file.
func TestAppServiceMeetsAHeldLock(t *testing.T) {
	q := questionnaire(t)
	p := newPaths(t)
	held := openStore(t, p.db)
	saved(t, held, q, 1)
	app := appService(t, p, day(20))

	if _, _, err := app.Recent(3); !errors.Is(err, store.ErrInUse) {
		t.Errorf("Recent = %v, want ErrInUse", err)
	}
	f := app.Finish(checkIn(q, 4, day(20)))
	if !errors.Is(f.Err, store.ErrInUse) || f.Recovery == "" {
		t.Fatalf("Finish: err %v, recovery %q; want ErrInUse and a recovery file", f.Err, f.Recovery)
	}
	if msg := f.NotSaved().Error(); !strings.Contains(msg, "in use") || !strings.Contains(msg, "leadcheck import "+f.Recovery) {
		t.Errorf("NotSaved = %q; want it to say the database is in use and how to import %s", msg, f.Recovery)
	}
	if n, err := held.Count(); err != nil || n != 1 {
		t.Errorf("the holder's database has %d check-ins (%v), want its 1", n, err)
	}
}
