package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
)

// saveMany saves n check-ins an hour apart, each noted with its number.
func saveMany(t *testing.T, s *Store, n int) []string {
	t.Helper()
	ids := make([]string, n)
	for i := range n {
		ids[i] = save(t, s, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour), fmt.Sprint(i))
	}
	return ids
}

// The walk gives every check-in once, in order, with the texts it read
// and the scores of its own record, however the count falls on the
// batches: none, fewer than one batch, exactly one, one more, several
// and a part. done comes last, once; the ends are those of the walk.
func TestReportWalkGivesEveryCheckInInOrder(t *testing.T) {
	for _, n := range []int{0, 1, pipeBatch - 1, pipeBatch, pipeBatch + 1, pipeBatch*pipeBatches*2 + 5} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := openTemp(t)
			ids := saveMany(t, s, n)
			e, err := s.ReportEnds()
			if err != nil {
				t.Fatal(err)
			}
			if e.Any != (n > 0) || e.HasPrev != (n > 1) || n > 0 && (e.First.ID != ids[0] || e.Last.ID != ids[n-1]) {
				t.Errorf("ends: any %v, one before the last %v, first %q, last %q", e.Any, e.HasPrev, e.First.ID, e.Last.ID)
			}
			var got []string
			doneSeen := 0
			err = s.BeginReport().Each(func(c assessment.CheckIn) error {
				if doneSeen > 0 {
					t.Errorf("%s given after done", c.ID)
				}
				if want := fmt.Sprint(len(got)); c.Note != want {
					t.Errorf("%s: note %q, want %q", c.ID, c.Note, want)
				}
				if c.Scores.Dimensions == nil {
					t.Errorf("%s: no scores", c.ID)
				}
				got = append(got, c.ID)
				return nil
			}, func() error {
				doneSeen++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, " ") != strings.Join(ids, " ") {
				t.Errorf("gave %d check-ins, want %d in order", len(got), n)
			}
			if doneSeen != 1 {
				t.Errorf("done called %d times, want once", doneSeen)
			}
		})
	}
}

// A report that stops, at its first check-in, in the middle of a batch,
// at its last or in done, gets its own error back, and the reader lets
// go: a write and the database's close after it go through at once.
func TestReportWalkStopsWhenTheReportDoes(t *testing.T) {
	stop := errors.New("stopped")
	n := pipeBatch*pipeBatches*3 + 7
	for _, at := range []int{0, pipeBatch / 2, n - 1, n} {
		t.Run(fmt.Sprint(at), func(t *testing.T) {
			s := openTemp(t)
			saveMany(t, s, n)
			seen := 0
			err := s.BeginReport().Each(func(assessment.CheckIn) error {
				if seen == at {
					return stop
				}
				seen++
				return nil
			}, func() error {
				if at == n {
					return stop
				}
				return nil
			})
			if !errors.Is(err, stop) {
				t.Fatalf("got %v, want the report's error", err)
			}
			writeNow(t, s)
		})
	}
}

// A record that cannot be read stops the walk with an error that names
// it; the check-ins before it were given, done is not called.
func TestReportWalkStopsAtADamagedRecord(t *testing.T) {
	s := openTemp(t)
	ids := saveMany(t, s, pipeBatch*2+3)
	bad := ids[pipeBatch+1]
	k, _ := parseID(bad)
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return tx.Bucket(bucketCheckins).Put(k, []byte(`{"id":"x","schema":3,"taken_at":"not a time"}`))
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	err = s.BeginReport().Each(func(assessment.CheckIn) error {
		seen++
		return nil
	}, func() error {
		t.Error("done was called after a damaged record")
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), bad) {
		t.Fatalf("got %v, want an error naming %s", err, bad)
	}
	if seen != pipeBatch+1 {
		t.Errorf("gave %d check-ins before the damaged one, want %d", seen, pipeBatch+1)
	}
	writeNow(t, s)
}

// writeNow saves a check-in and closes the database, failing if either
// waits: Close waits for every read still open, so a reader left
// holding its read would hold it up.
func writeNow(t *testing.T, s *Store) {
	t.Helper()
	finished := make(chan error, 1)
	go func() {
		r := newTestRecord(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), "after")
		err := s.Save(&r, testQuestionnaire())
		if err == nil {
			err = s.Close()
		}
		finished <- err
	}()
	select {
	case err := <-finished:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the database was still held after the walk")
	}
}

// A walk begun and stopped before the report took any, as when the
// questionnaire turns out not valid, lets go of its read, with records
// read ahead or not.
func TestReportWalkStoppedUntaken(t *testing.T) {
	for _, n := range []int{0, 3, pipeBatch*pipeBatches + 1} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := openTemp(t)
			saveMany(t, s, n)
			w := s.BeginReport()
			if n > 0 {
				time.Sleep(10 * time.Millisecond) // let it read ahead
			}
			if err := w.Stop(); err != nil {
				t.Fatal(err)
			}
			writeNow(t, s)
		})
	}
}
