package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// dataEnv is the environment of a leadcheck run against db that touches
// nothing of the real user's.
func dataEnv(db string) []string {
	dir := filepath.Dir(db)
	return append(os.Environ(), "LEADCHECK_DB="+db, "LEADCHECK_CONFIG="+filepath.Join(dir, "settings.yaml"),
		"XDG_STATE_HOME="+filepath.Join(dir, "state"), "XDG_DATA_HOME="+filepath.Join(dir, "data"),
		"TERM=xterm-256color", "ACCESSIBLE=", "NO_COLOR=1")
}

// runBin runs the binary to the end and returns its exit status and output.
func runBin(t *testing.T, bin string, env []string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runBinFrom(t, bin, env, "", args...)
}

// runBinFrom is runBin with standard input read from the named file (""
// for none).
func runBinFrom(t *testing.T, bin string, env []string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	if stdin != "" {
		f, err := os.Open(stdin)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	return runCmd(t, cmd)
}

// runCmd runs a prepared command of the binary to the end and returns its
// exit status and output.
func runCmd(t *testing.T, cmd *exec.Cmd) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("leadcheck %q: %v", cmd.Args[1:], err)
	}
	return code, out.String(), errb.String()
}

// importFixture takes the check-in of exported in one database and of kept
// in another, and returns the second database's bytes and the first's
// export: a file to import into a database that holds something.
func importFixture(t *testing.T, bin, exported, kept string) (db, export []byte) {
	t.Helper()
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.db"), filepath.Join(dir, "b.db")
	for db, sheet := range map[string]string{a: exported, b: kept} {
		if code, _, stderr := runBin(t, bin, dataEnv(db), "take", "--answers", sheet); code != 0 {
			t.Fatalf("take %s: exit %d\n%s", sheet, code, stderr)
		}
	}
	code, out, stderr := runBin(t, bin, dataEnv(a), "export", "--format", "json")
	if code != 0 {
		t.Fatalf("export: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	return data, []byte(out)
}

// yearDB records the twelve check-ins of examples/year in db.
func yearDB(t *testing.T, bin, db string) {
	t.Helper()
	files, _ := filepath.Glob("examples/year/*.yaml")
	for _, f := range files {
		if code, _, stderr := runBin(t, bin, dataEnv(db), "take", "--answers", f); code != 0 {
			t.Fatalf("take %s: exit %d\n%s", f, code, stderr)
		}
	}
}

// TestWriteLockHolderRefuses holds the database open for writing, as a
// save, an import or a restore does while it runs, and runs every command
// that opens it, and the app itself: each waits at most the lock timeout
// and says the database is in use, within two seconds, with exit status
// 1 (3 for due). The app, open and idle, holds no lock: see
// TestOpenAppBlocksNothing.
func TestWriteLockHolderRefuses(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	yearDB(t, bin, db)
	export := filepath.Join(dir, "export.json")
	backup := filepath.Join(dir, "backup.db")
	for _, args := range [][]string{{"export", "-o", export}, {"backup", backup}} {
		if code, _, stderr := runBin(t, bin, dataEnv(db), args...); code != 0 {
			t.Fatalf("%v: %s", args, stderr)
		}
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const inUse = "in use by another leadcheck process"
	t.Run("group", func(t *testing.T) {
		for _, args := range [][]string{
			{"history"}, {"show"}, {"take", "--answers", "examples/year/2026-01-12.yaml"}, {"trend"},
			{"compare"}, {"export"}, {"import", export}, {"backup"}, {"restore", backup}, {"due"}, {"doctor"},
		} {
			t.Run(strings.Join(args, " "), func(t *testing.T) {
				t.Parallel()
				start := time.Now()
				code, _, stderr := runBin(t, bin, dataEnv(db), args...)
				want := 1
				if args[0] == "due" {
					want = 3 // 1 is "not due"
				}
				if took := time.Since(start); code != want || !strings.Contains(stderr, inUse) || !strings.Contains(stderr, db) || took > 2*time.Second {
					t.Errorf("exit %d after %v, stderr:\n%s\nwant exit %d within 2s, naming %s as %s", code, took, stderr, want, db, inUse)
				}
			})
		}
		t.Run("the app", func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			sc := startScreen(t, bin, 300, 24, dataEnv(db))
			sc.waitFor(inUse)
			exited := make(chan error, 1)
			go func() { exited <- sc.cmd.Wait() }()
			var ee *exec.ExitError
			select {
			case err := <-exited:
				if !errors.As(err, &ee) || ee.ExitCode() != 1 {
					t.Errorf("the app exited with %v, want status 1", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatalf("the app did not exit; screen:\n%s", sc.text())
			}
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("the app took %v to say so", took)
			}
		})
	})
	if n, err := s.Count(); err != nil || n != 12 {
		t.Errorf("after the refusals: %d check-ins, %v", n, err)
	}
}

// damaged is a file that is not a leadcheck database, and the advice its
// error must give.
type damaged struct {
	name   string
	make   func(t *testing.T, path string)
	advice string
}

func damagedFiles(t *testing.T) []damaged {
	rng := rand.New(rand.NewPCG(7, 11))
	noise := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	write := func(b []byte) func(*testing.T, string) {
		return func(t *testing.T, path string) {
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
		}
	}
	const restore = "restore it from a backup (leadcheck restore FILE)"
	return []damaged{
		{"truncated", truncatedDB, restore},
		{"random bytes", write(noise(64 << 10)), restore},
		{"empty", write(nil), restore},
		{"png", write(append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), noise(8<<10)...)), restore},
		{"sqlite", write(append([]byte("SQLite format 3\x00\x10\x00\x01\x01"), make([]byte, 8<<10)...)), restore},
		// Another program's data: restoring over it would bury it, so the
		// advice is to point --db at the right file.
		{"foreign bbolt", func(t *testing.T, path string) {
			db, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Update(func(tx *bbolt.Tx) error {
				b, err := tx.CreateBucket([]byte("widgets"))
				if err != nil {
					return err
				}
				return b.Put([]byte("sprocket"), []byte("42"))
			}); err != nil {
				t.Fatal(err)
			}
		}, "use --db to choose a leadcheck database"},
		{"directory", func(t *testing.T, path string) {
			if err := os.Mkdir(path, 0o700); err != nil {
				t.Fatal(err)
			}
		}, "use --db with a file path"},
	}
}

// truncatedDB is a database of 200 check-ins with long notes, cut to its
// first four pages.
func truncatedDB(t *testing.T, path string) {
	q, err := assessment.Parse("questions.yaml", questions)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	a := assessment.Answers{}
	for _, it := range q.Items {
		a[it.ID] = 4
	}
	res := assessment.Evaluate(q, a, nil)
	for i := range 200 {
		r := assessment.NewCheckIn(q, a, res, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i)*time.Hour), strings.Repeat("note ", 50))
		if err := s.Save(&r, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	if err := os.Truncate(path, 4*4096); err != nil {
		t.Fatal(err)
	}
}

// TestDamagedOrForeignFile points every way in at a file that is not a
// leadcheck database: each names the file, says what to do, shows no
// panic, exits 1 and leaves the file exactly as it was.
func TestDamagedOrForeignFile(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	for _, d := range damagedFiles(t) {
		t.Run(d.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "history.db")
			d.make(t, db)
			before := snapshot(t, db)
			for _, args := range [][]string{{"history"}, {"show"}, {"take", "--answers", "examples/year/2026-01-12.yaml"}, {"doctor"}} {
				code, stdout, stderr := runBin(t, bin, dataEnv(db), args...)
				out := stdout + stderr
				if code != 1 || !strings.Contains(out, db) || !strings.Contains(out, d.advice) ||
					strings.Contains(out, "goroutine") || strings.Contains(out, "panic:") {
					t.Errorf("leadcheck %v: exit %d\n%s\nwant exit 1, naming %s, advising %q, no panic", args, code, out, db, d.advice)
				}
			}
			sc := startScreen(t, bin, 400, 24, dataEnv(db))
			sc.waitFor(d.advice)
			if err := sc.cmd.Wait(); err == nil || !strings.Contains(sc.text(), db) || strings.Contains(sc.text(), "goroutine") {
				t.Errorf("the app: %v\n%s", err, sc.text())
			}
			if after := snapshot(t, db); after != before {
				t.Errorf("the file changed:\nbefore %s\n after %s", before, after)
			}
		})
	}
}

// snapshot is a file's (or directory's) content and modification time.
func snapshot(t *testing.T, path string) string {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	var content string
	if info.IsDir() {
		entries, _ := os.ReadDir(path)
		content = fmt.Sprint(entries)
	} else {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		content = fmt.Sprintf("%x", b)
	}
	return fmt.Sprintf("mtime %s mode %v size %d content %.40s...%d", info.ModTime().Format(time.RFC3339Nano), info.Mode(), info.Size(), content, len(content))
}

// TestDoctor checks a healthy database, then one whose summary no longer
// matches its check-in.
func TestDoctor(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "history.db")
	yearDB(t, bin, db)
	code, stdout, stderr := runBin(t, bin, dataEnv(db), "doctor")
	if want := db + ": schema 3, 12 check-ins, 1 questionnaire kept; consistency check passed; no problems found.\n"; code != 0 || stdout != want {
		t.Fatalf("doctor: exit %d\n%s%s\nwant %s", code, stdout, stderr, want)
	}

	bdb, err := bbolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	var id string
	err = bdb.Update(func(tx *bbolt.Tx) error {
		k, v := tx.Bucket([]byte("summaries")).Cursor().Last()
		id = string(v) // edited below
		return tx.Bucket([]byte("summaries")).Put(k, bytes.Replace(v, []byte(`"balance":`), []byte(`"balance":1`), 1))
	})
	bdb.Close()
	if err != nil || id == "" {
		t.Fatal(err)
	}
	code, stdout, _ = runBin(t, bin, dataEnv(db), "doctor")
	for _, want := range []string{
		"consistency check passed; 1 problem found:\n  - the summary of check-in 20261116-",
		"does not match the check-in\n",
		"leadcheck restore FILE", "leadcheck export -o history.json",
	} {
		if code != 1 || !strings.Contains(stdout, want) {
			t.Errorf("doctor: exit %d\n%s\nwant exit 1 and %q", code, stdout, want)
		}
	}
}

// TestNoNetwork: leadcheck makes no network connections, and does not
// even link an HTTP client.
func TestNoNetwork(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs go list")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "net/http" || strings.HasPrefix(pkg, "net/http/") || pkg == "net/rpc" || pkg == "net/smtp" {
			t.Errorf("leadcheck links %s", pkg)
		}
	}
}
