package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
)

// A command that prints while the database is open, to a pipe nobody
// reads, lets go of the database anyway: a writer opens it while the
// reader is stalled, and once the reader reads, every byte arrives, in
// order. Both a pipe the runtime polls (os.Pipe) and one as a shell
// hands it over (blocking, which is opened again to be polled).
func TestStalledReaderDoesNotHoldTheDatabase(t *testing.T) {
	q, err := benchdata.Questionnaire()
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "history.db")
	// Some 700 KB of JSON, and a report of 100 KB: more than a pipe holds.
	if err := benchdata.Fill(db, q, 300); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"history", "--json"}, {"export", "--format", "json"}, {"export", "--format", "md"}} {
		want := leadcheck(t, db, "", args...)
		for _, kind := range []string{"os.Pipe", "blocking pipe"} {
			r, w := stalledPipe(t, kind)
			env := benchEnv(db)
			env.Stdout = w
			code := make(chan int, 1)
			go func() {
				code <- Execute(args, env)
				w.Close()
			}()
			// The first byte says the command has the database open
			// (it prints nothing before); one byte leaves the pipe full.
			first := make([]byte, 1)
			if _, err := io.ReadFull(r, first); err != nil {
				t.Fatal(err)
			}
			// The lock timeout only bounds a failure; a command holding
			// the database for its stalled reader would reach it.
			s, err := store.Open(db, store.WithLockTimeout(10*time.Second))
			if err != nil {
				t.Errorf("%v to a stalled %s: a writer could not open the database: %v", args, kind, err)
			} else {
				s.Close()
			}
			rest, err := io.ReadAll(r)
			r.Close()
			got := append(first, rest...)
			if c := <-code; c != 0 || err != nil || !bytes.Equal(got, []byte(want.stdout)) {
				t.Errorf("%v to a stalled %s: exit %d, %v, %d bytes; want %d bytes (first difference at byte %d)",
					args, kind, c, err, len(got), len(want.stdout), firstDifference(string(got), want.stdout))
			}
		}
	}
}

// stalledPipe is a pipe whose reader reads nothing until told to.
func stalledPipe(t *testing.T, kind string) (r, w *os.File) {
	t.Helper()
	if kind == "os.Pipe" {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		return r, w
	}
	var fds [2]int
	if err := syscall.Pipe(fds[:]); err != nil {
		t.Fatal(err)
	}
	return os.NewFile(uintptr(fds[0]), "r"), os.NewFile(uintptr(fds[1]), "w")
}

// Writers that keep up are written straight: a regular file, a device
// that never stalls, and a pipe read as fast as it is written.
func TestHeldOutWritesStraightWhenTheReaderKeepsUp(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789abcdef"), 64<<10) // 1 MB
	file, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	devNull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devNull.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	read := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); read <- b }()
	for _, tc := range []struct {
		name   string
		f      *os.File
		polled bool
	}{{"regular file", file, false}, {"/dev/null", devNull, false}, {"pipe", w, true}} {
		h := newHeldOut(tc.f)
		// Generous, so only a reader that stops trips it.
		h.grace = time.Minute
		for chunk := range slices.Chunk(data, 64<<10) {
			if n, err := h.Write(chunk); n != len(chunk) || err != nil {
				t.Fatalf("%s: wrote %d of %d: %v", tc.name, n, len(chunk), err)
			}
		}
		if h.holding || h.held.Len() != 0 || (h.polled != nil) != tc.polled {
			t.Errorf("%s: holding %v (%d bytes), polled %v; want nothing held, polled %v",
				tc.name, h.holding, h.held.Len(), h.polled != nil, tc.polled)
		}
		if err := h.release(); err != nil {
			t.Errorf("%s: release: %v", tc.name, err)
		}
	}
	w.Close()
	if got, _ := os.ReadFile(file.Name()); !bytes.Equal(got, data) {
		t.Errorf("regular file: %d bytes, want %d", len(got), len(data))
	}
	if got := <-read; !bytes.Equal(got, data) {
		t.Errorf("pipe: %d bytes, want %d (first difference at byte %d)", len(got), len(data), firstDifference(string(got), string(data)))
	}
}
