package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/store"

	"github.com/leadcheck/leadcheck/assessment"
)

// TestCrashDuringSave kills leadcheck with SIGKILL at random moments while
// it saves check-ins in a loop, then checks the database: bbolt's
// consistency check passes, every check-in leadcheck reported as saved is
// there exactly as reported, and the summaries match the records. A kill
// can land anywhere: opening the file, reading, in the middle of the write
// transaction, or while printing.
func TestCrashDuringSave(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	// The first save creates the file; a kill between creating it and
	// bbolt's first write leaves an empty file, which Open refuses (with
	// advice) rather than guess. That is before anything was reported
	// saved, and is not what this test is about.
	saved := map[string]assessment.CheckIn{}
	first := runLoop(t, bin, db, writeSheet(t, dir, 0), 0)
	if len(first) != 1 {
		t.Fatalf("the first save reported %d check-ins", len(first))
	}
	addAll(saved, first)

	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	const rounds = 24
	for round := 1; round <= rounds; round++ {
		wait := time.Duration(50+rng.IntN(351)) * time.Millisecond
		got := runLoop(t, bin, db, writeSheet(t, dir, round), wait)
		addAll(saved, got)
		checkAfterCrash(t, db, saved, round)
		if t.Failed() {
			return
		}
	}
	t.Logf("%d rounds, %d check-ins reported saved", rounds, len(saved))
}

func addAll(into map[string]assessment.CheckIn, from []assessment.CheckIn) {
	for _, r := range from {
		into[r.ID] = r
	}
}

// writeSheet writes an answers file that differs from round to round, so
// a record found under a reported id is the one saved then.
func writeSheet(t *testing.T, dir string, round int) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("answers:\n")
	for k, it := range flowsQuestionnaire(t).Items {
		fmt.Fprintf(&b, "  %s: %d\n", it.ID, 1+(round+k)%5)
	}
	fmt.Fprintf(&b, "note: round %d\n", round)
	path := filepath.Join(dir, fmt.Sprintf("round-%d.yaml", round))
	if err := os.WriteFile(path, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// runLoop saves check-ins from sheet over and over in a shell loop of its
// own process group, kills the whole group with SIGKILL after wait (or,
// when wait is 0, saves once), and returns the check-ins leadcheck printed
// in full: only those were reported saved.
func runLoop(t *testing.T, bin, db, sheet string, wait time.Duration) []assessment.CheckIn {
	t.Helper()
	out, err := os.CreateTemp(t.TempDir(), "stdout-*")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	script := `while :; do "$0" take --answers "$1" --json || exit 3; done`
	if wait == 0 {
		script = `exec "$0" take --answers "$1" --json`
	}
	cmd := exec.Command("/bin/sh", "-c", script, bin, sheet)
	cmd.Env = append(os.Environ(), "LEADCHECK_DB="+db, "LEADCHECK_CONFIG="+filepath.Join(filepath.Dir(db), "settings.yaml"))
	cmd.Stdout = out
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if wait > 0 {
		time.Sleep(wait)
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	err = cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); wait > 0 && !(ok && ws.Signaled()) || wait == 0 && err != nil {
		// The loop stopped by itself: a save failed.
		t.Fatalf("the save loop ended with %v, not the kill:\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	var recs []assessment.CheckIn
	dec := json.NewDecoder(bytes.NewReader(data))
	for {
		var r assessment.CheckIn
		if dec.Decode(&r) != nil {
			break // the end, or a record cut short by the kill: not reported
		}
		recs = append(recs, r)
	}
	return recs
}

// checkAfterCrash is what a person relies on after a crash.
func checkAfterCrash(t *testing.T, db string, saved map[string]assessment.CheckIn, round int) {
	t.Helper()
	bdb, err := bbolt.Open(db, 0o600, &bbolt.Options{ReadOnly: true, Timeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("round %d: open after the kill: %v", round, err)
	}
	err = bdb.View(func(tx *bbolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("round %d: consistency check: %v", round, err)
		}
		return nil
	})
	bdb.Close()
	if err != nil {
		t.Fatal(err)
	}

	s, err := store.Open(db)
	if err != nil {
		t.Fatalf("round %d: store.Open after the kill: %v", round, err)
	}
	defer s.Close()
	recs, err := s.List()
	if err != nil {
		t.Fatalf("round %d: List: %v", round, err)
	}
	sums, err := s.Summaries()
	if err != nil {
		t.Fatalf("round %d: Summaries: %v", round, err)
	}
	found := map[string]assessment.CheckIn{}
	for _, r := range recs {
		found[r.ID] = r
	}
	for id, want := range saved {
		got, ok := found[id]
		if !ok {
			t.Errorf("round %d: check-in %s was reported saved and is gone", round, id)
			continue
		}
		a, _ := json.Marshal(got)
		b, _ := json.Marshal(want)
		if !bytes.Equal(a, b) {
			t.Errorf("round %d: check-in %s differs from what was reported:\n got %s\nwant %s", round, id, a, b)
		}
	}
	if len(sums) != len(recs) {
		t.Fatalf("round %d: %d summaries for %d check-ins", round, len(sums), len(recs))
	}
	for i, r := range recs {
		want := assessment.SummaryOf(r)
		got := sums[i]
		if got.ID != want.ID || !got.TakenAt.Equal(want.TakenAt) ||
			!reflect.DeepEqual(got.Dimensions, want.Dimensions) || got.Balance != want.Balance ||
			!reflect.DeepEqual(got.Profile, want.Profile) || got.HasNote != want.HasNote || got.MetCommitment != want.MetCommitment {
			t.Errorf("round %d: summary %+v does not match its check-in %+v", round, got, want)
		}
	}
}
