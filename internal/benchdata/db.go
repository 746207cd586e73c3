package benchdata

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Fill creates the database at path and imports a history of n check-ins
// with q into it, in one transaction, with the questionnaire's snapshot,
// as 'leadcheck import' would.
func Fill(path string, q *assessment.Questionnaire, n int) error {
	return FillWithNote(path, q, n, 0)
}

// FillWithNote is Fill with the latest check-in's note noteLen characters
// long (LongNote), or as Records wrote it when noteLen is 0: what it costs
// to show a long text.
func FillWithNote(path string, q *assessment.Questionnaire, n, noteLen int) error {
	recs := Records(q, n, End)
	if noteLen > 0 && n > 0 {
		recs[n-1].Note = LongNote(noteLen)
	}
	s, err := store.Open(path)
	if err != nil {
		return err
	}
	if _, _, err := s.Import(recs, []*assessment.Questionnaire{q}); err != nil {
		s.Close()
		return err
	}
	return s.Close()
}

// shared is the database of N check-ins the benchmarks of one test binary
// share: made on first use, removed by Cleanup.
var shared struct {
	once sync.Once
	dir  string
	path string
	q    *assessment.Questionnaire
	err  error
}

// DB is the path of a database of N check-ins with the real
// questionnaire, made once per test binary in a directory under
// os.TempDir; call Cleanup from TestMain to remove it. A benchmark that
// opens it must close it before it returns, as the file is locked while
// open.
func DB(tb testing.TB) (string, *assessment.Questionnaire) {
	tb.Helper()
	shared.once.Do(func() {
		shared.q, shared.err = Questionnaire()
		if shared.err != nil {
			return
		}
		shared.dir, shared.err = os.MkdirTemp("", "leadcheck-bench-")
		if shared.err != nil {
			return
		}
		shared.path = filepath.Join(shared.dir, "history.db")
		if err := Fill(shared.path, shared.q, N); err != nil {
			shared.err = fmt.Errorf("benchdata: fill %s: %w", shared.path, err)
		}
	})
	if shared.err != nil {
		tb.Fatal(shared.err)
	}
	return shared.path, shared.q
}

// Cleanup removes the shared database, if one was made.
func Cleanup() {
	if shared.dir != "" {
		os.RemoveAll(shared.dir)
	}
}

// LongNote is a note of n characters: sentences, a line break after every
// fifth, as a leader who writes a lot might keep.
func LongNote(n int) string {
	const sentence = "The team shipped the release and we talked it through. "
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(sentence)
		if i%5 == 4 {
			b.WriteString("\n")
		}
	}
	return b.String()[:n]
}
