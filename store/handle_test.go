package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
)

// notesVia reads every note through h.
func notesVia(t *testing.T, h *Handle) []string {
	t.Helper()
	var got []string
	err := h.Read(func(s *Store) error {
		rs, err := s.List()
		got = notes(rs)
		return err
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return got
}

// TestHandleHoldsNothingBetweenOperations is the app's use of a Handle:
// between its operations, another process opens the database to read
// and to write without waiting, and the Handle's next read sees what was
// written. A missing database reads as empty and only a write makes it.
func TestHandleHoldsNothingBetweenOperations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "history.db")
	h := NewHandle(path, shortWait)
	if got := notesVia(t, h); len(got) != 0 {
		t.Fatalf("a missing database reads %v, want nothing", got)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a read made the directory (%v); only the first write may", err)
	}
	err := h.Write(func(s *Store) error {
		r := newTestRecord(date(1, 9, 0, 0), "app")
		return s.Save(&r, testQuestionnaire())
	})
	if err != nil {
		t.Fatalf("Write: %v", err)
	}

	reader, err := OpenReadOnly(path, shortWait)
	if err != nil {
		t.Fatalf("another reader, the Handle idle: %v", err)
	}
	reader.Close()
	writer, err := Open(path, shortWait)
	if err != nil {
		t.Fatalf("another writer, the Handle idle: %v", err)
	}
	save(t, writer, date(2, 9, 0, 0), "other")
	writer.Close()

	if got, want := notesVia(t, h), []string{"app", "other"}; !slices.Equal(got, want) {
		t.Errorf("the Handle reads %v, want %v", got, want)
	}
}

// TestHandleMeetsAnotherHolder: while another process holds the file,
// the Handle waits its lock timeout and then fails with ErrInUse without
// running the operation; a reader held elsewhere lets the Handle read
// but not write.
func TestHandleMeetsAnotherHolder(t *testing.T) {
	tests := []struct {
		name    string
		holder  func(string, ...Option) (*Store, error)
		write   bool
		wantErr error
	}{
		{"read under another's write lock", Open, false, ErrInUse},
		{"write under another's write lock", Open, true, ErrInUse},
		{"read beside another reader", OpenReadOnly, false, nil},
		{"write under another's read lock", OpenReadOnly, true, ErrInUse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "history.db")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			save(t, s, date(1, 9, 0, 0), "kept")
			s.Close()
			held, err := tt.holder(path)
			if err != nil {
				t.Fatal(err)
			}
			defer held.Close()

			h := NewHandle(path, shortWait)
			op := h.Read
			if tt.write {
				op = h.Write
			}
			ran := false
			err = op(func(*Store) error { ran = true; return nil })
			if !errors.Is(err, tt.wantErr) || ran != (tt.wantErr == nil) {
				t.Errorf("err = %v, ran = %v; want %v, ran %v", err, ran, tt.wantErr, tt.wantErr == nil)
			}
		})
	}
}

// TestHandleTakesTurnsWithItself: the app reads and writes from several
// goroutines at once; its own reads never make its writes wait out the
// lock timeout, however short.
func TestHandleTakesTurnsWithItself(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	h := NewHandle(path, shortWait)
	const each = 8
	errs := make(chan error, 2*each)
	var wg sync.WaitGroup
	for i := range each {
		wg.Add(2)
		go func() {
			defer wg.Done()
			errs <- h.Write(func(s *Store) error {
				r := newTestRecord(date(1+i, 9, 0, 0), "w")
				return s.Save(&r, testQuestionnaire())
			})
		}()
		go func() {
			defer wg.Done()
			errs <- h.Read(func(s *Store) error { _, err := s.Summaries(); return err })
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("an operation failed: %v", err)
		}
	}
	if got := notesVia(t, h); len(got) != each {
		t.Errorf("%d check-ins saved, want %d", len(got), each)
	}
}
