package practice

import (
	"os"
	"testing"

	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
)

// The dashboard's read (the last check-ins and how many there are) on
// 10,000 check-ins, by the app, which opens the database for each read,
// and over a database held open, as a command holds it: the difference
// is what opening and closing costs. Run with
// go test ./practice -bench Recent -benchmem -run '^$'

func TestMain(m *testing.M) {
	code := m.Run()
	benchdata.Cleanup() // the benchmarks' database, if one was made
	os.Exit(code)
}

func BenchmarkRecentOpenedEachTime(b *testing.B) {
	path, q := benchdata.DB(b)
	benchRecent(b, New(Config{Questionnaire: q, Handle: store.NewHandle(path)}))
}

func BenchmarkRecentHeldOpen(b *testing.B) {
	path, q := benchdata.DB(b)
	s, err := store.OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	benchRecent(b, New(Config{Questionnaire: q, Store: s}))
}

func benchRecent(b *testing.B, svc *Service) {
	for b.Loop() {
		if recent, n, err := svc.Recent(12); err != nil || len(recent) != 12 || n != benchdata.N {
			b.Fatal(len(recent), n, err)
		}
	}
}
