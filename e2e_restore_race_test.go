package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestTakeRacingRestoreLosesNothing runs many 'take --answers' against
// several 'restore's at once. Every check-in a take reported saved must
// be, with its own note, in the database or in a copy a restore made of
// the database before replacing it. Takes and restores may fail (the
// database is in use), but never after reporting success.
func TestTakeRacingRestoreLosesNothing(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	env := dataEnv(db)
	first := writeSheet(t, dir, 0)
	if code, _, stderr := runBin(t, bin, env, "take", "--answers", first); code != 0 {
		t.Fatalf("first take: exit %d\n%s", code, stderr)
	}
	source := filepath.Join(dir, "source.db")
	if code, _, stderr := runBin(t, bin, env, "backup", source); code != 0 {
		t.Fatalf("backup: exit %d\n%s", code, stderr)
	}
	const takes, restores = 36, 12
	sheets := make([]string, takes+1)
	for i := 1; i <= takes; i++ { // job i takes sheet i - i/4
		sheets[i] = writeSheet(t, dir, i)
	}
	var mu sync.Mutex
	reported := map[string]string{} // note -> id
	var wg sync.WaitGroup
	slots := make(chan struct{}, 12)
	for i := 1; i <= takes+restores; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			if i%4 == 0 { // restores spread among the takes
				runBin(t, bin, env, "restore", source)
				return
			}
			code, stdout, _ := runBin(t, bin, env, "take", "--answers", sheets[i-i/4], "--json")
			var r assessment.CheckIn
			if code != 0 || json.Unmarshal([]byte(stdout), &r) != nil {
				return // not reported saved
			}
			mu.Lock()
			reported[r.Note] = r.ID
			mu.Unlock()
		}()
	}
	wg.Wait()
	t.Logf("%d takes reported saved", len(reported))
	if len(reported) == 0 {
		t.Fatal("no take succeeded; the race was not run")
	}
	kept := raceNotes(t, db)
	backups, _ := filepath.Glob(filepath.Join(dir, "history-*.db"))
	for _, b := range backups {
		for k := range raceNotes(t, b) {
			kept[k] = true
		}
	}
	for note, id := range reported {
		if !kept[id+" "+note] {
			t.Errorf("check-in %s (%s) was reported saved but is in neither the database nor %d pre-restore backups", id, note, len(backups))
		}
	}
}

// raceNotes is every "id note" pair the database at path holds.
func raceNotes(t *testing.T, path string) map[string]bool {
	t.Helper()
	s, err := store.OpenReadOnly(path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer s.Close()
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, r := range recs {
		out[fmt.Sprintf("%s %s", r.ID, r.Note)] = true
	}
	return out
}
