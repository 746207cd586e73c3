// Command gendb writes a database of generated check-ins, for
// scripts/bench:
//
//	go run ./internal/benchdata/gendb -n 10000 -db /tmp/bench/history.db
//
// It is not part of leadcheck.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/leadcheck/leadcheck/internal/benchdata"
)

func main() {
	n := flag.Int("n", benchdata.N, "number of check-ins")
	db := flag.String("db", "", "database file to create (must not exist)")
	note := flag.Int("note", 0, "make the latest check-in's note this many characters long")
	flag.Parse()
	if err := run(*db, *n, *note); err != nil {
		fmt.Fprintln(os.Stderr, "gendb:", err)
		os.Exit(1)
	}
}

func run(path string, n, note int) error {
	if path == "" {
		return fmt.Errorf("no -db given")
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s exists; give a new file", path)
	}
	q, err := benchdata.Questionnaire()
	if err != nil {
		return err
	}
	return benchdata.FillWithNote(path, q, n, note)
}
