package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/internal/benchdata"
	"github.com/leadcheck/leadcheck/store"
)

// TestMain removes the benchmarks' shared database after the run.
func TestMain(m *testing.M) {
	code := m.Run()
	benchdata.Cleanup()
	os.Exit(code)
}

// BenchmarkHistoryJSON is 'leadcheck history --json' on 10,000 check-ins,
// in process: the questionnaire read, the database opened, every record
// encoded. scripts/bench times the whole process.
func BenchmarkHistoryJSON(b *testing.B) {
	db, _ := benchdata.DB(b)
	env := Env{
		Stdin: eofReader{}, Stdout: io.Discard, Stderr: io.Discard,
		Getenv:     func(k string) string { return map[string]string{"LEADCHECK_DB": db}[k] },
		Now:        func() time.Time { return benchdata.End },
		Questions:  defaultQuestions,
		IsTerminal: func(any) bool { return false },
	}
	for b.Loop() {
		if code := Execute([]string{"history", "--json"}, env); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkReadCommands runs each read command on 10,000 check-ins in
// process, writing to nowhere, for profiles of one command at a time
// (-bench 'ReadCommands/export_csv' -cpuprofile). scripts/bench times
// them as whole processes, against 'history --json'.
func BenchmarkReadCommands(b *testing.B) {
	db, _ := benchdata.DB(b)
	env := benchEnv(db)
	for _, args := range [][]string{
		{"history", "--json"}, {"history"}, {"trend"}, {"trend", "--json"}, {"compare"}, {"show"},
		{"export", "--format", "json"}, {"export", "--format", "csv"}, {"export", "--format", "md"}, {"doctor"},
	} {
		b.Run(strings.Join(args, "_"), func(b *testing.B) {
			for b.Loop() {
				if code := Execute(args, env); code != 0 {
					b.Fatalf("%v: exit %d", args, code)
				}
			}
		})
	}
}

// BenchmarkImport is 'leadcheck import' of an export of 10,000 check-ins
// into a new database: the file read, every check-in checked and written.
func BenchmarkImport(b *testing.B) {
	db, _ := benchdata.DB(b)
	dir := b.TempDir()
	file := filepath.Join(dir, "export.json")
	if code := Execute([]string{"export", "-o", file}, benchEnv(db)); code != 0 {
		b.Fatalf("export: exit %d", code)
	}
	n := 0
	for b.Loop() {
		n++
		env := benchEnv(filepath.Join(dir, fmt.Sprintf("new-%d.db", n)))
		if code := Execute([]string{"import", file}, env); code != 0 {
			b.Fatalf("import: exit %d", code)
		}
	}
}

// benchEnv runs commands on db, writing to nowhere, as a script would.
func benchEnv(db string) Env {
	return Env{
		Stdin: eofReader{}, Stdout: io.Discard, Stderr: io.Discard,
		Getenv:     func(k string) string { return map[string]string{"LEADCHECK_DB": db, "NO_COLOR": "1"}[k] },
		Now:        func() time.Time { return benchdata.End },
		Questions:  defaultQuestions,
		IsTerminal: func(any) bool { return false },
	}
}

// BenchmarkHistoryJSONEncode is the encoding alone, from an open store.
func BenchmarkHistoryJSONEncode(b *testing.B) {
	db, _ := benchdata.DB(b)
	s, err := store.Open(db)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		if err := writeRecordsJSON(io.Discard, s); err != nil {
			b.Fatal(err)
		}
	}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
