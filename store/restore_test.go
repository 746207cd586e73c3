package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"go.etcd.io/bbolt"
)

// backupOf saves three check-ins, backs them up, then deletes one: the
// database holds two, the backup three.
func backupOf(t *testing.T) (dbPath, backup string) {
	t.Helper()
	s := openTemp(t)
	save(t, s, date(10, 9, 0, 0), "a")
	b := save(t, s, date(20, 9, 0, 0), "b")
	save(t, s, date(29, 9, 0, 0), "c")
	backup = filepath.Join(t.TempDir(), "backup.db")
	if err := s.Backup(backup); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(b); err != nil {
		t.Fatal(err)
	}
	s.Close()
	return s.Path(), backup
}

func TestRestore(t *testing.T) {
	dbPath, backup := backupOf(t)
	before := readFile(t, dbPath)
	original := readFile(t, backup)

	info, err := Restore(dbPath, backup, backupNow)
	if err != nil {
		t.Fatal(err)
	}
	wantPrev := filepath.Join(filepath.Dir(dbPath), "history-20261129-090000.db")
	if info.CheckIns != 3 || info.Schema != SchemaVersion || info.Previous != wantPrev || info.PreviousCheckIns != 2 {
		t.Errorf("Restore = %+v; want 3 check-ins, previous (2) at %s", info, wantPrev)
	}
	if got := readFile(t, backup); !bytes.Equal(got, original) {
		t.Errorf("Restore changed the file it restored from")
	}
	if got := readFile(t, info.Previous); !bytes.Equal(got, before) {
		t.Errorf("the previous database is not saved as it was")
	}
	checkMode(t, dbPath, 0o600)
	checkMode(t, info.Previous, 0o600)
	if entries, _ := os.ReadDir(filepath.Dir(dbPath)); len(entries) != 2 {
		t.Errorf("beside the database: %v, want it and the previous one only", entries)
	}

	s, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	recs, err := s.List()
	if got := notes(recs); err != nil || !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("after Restore: %v, %v; want a b c", got, err)
	}
	checkSummaries(t, s, 3)
}

func TestRestoreWithoutDatabase(t *testing.T) {
	_, backup := backupOf(t)
	dbPath := filepath.Join(t.TempDir(), "new", "history.db")
	info, err := Restore(dbPath, backup, backupNow)
	if err != nil || info.Previous != "" || info.CheckIns != 3 {
		t.Fatalf("Restore = %+v, %v", info, err)
	}
	checkMode(t, filepath.Dir(dbPath), 0o700)
	checkMode(t, dbPath, 0o600)
}

// An older backup is restored as it is, and upgraded when next opened.
func TestRestoreOlderSchema(t *testing.T) {
	from, original := copyFixture(t)
	dbPath := filepath.Join(t.TempDir(), "history.db")
	info, err := Restore(dbPath, from, backupNow)
	if err != nil || info.Schema != 1 || info.CheckIns != 3 {
		t.Fatalf("Restore = %+v, %v; want schema 1 with 3 check-ins", info, err)
	}
	if got := readFile(t, from); !bytes.Equal(got, original) {
		t.Errorf("Restore changed the file it restored from")
	}
	s, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, ok := s.Upgraded(); !ok {
		t.Errorf("the restored schema 1 database was not upgraded on opening")
	}
	checkSummaries(t, s, 3)
}

// A damaged database can be replaced: it is kept, byte for byte.
func TestRestoreOverDamagedDatabase(t *testing.T) {
	_, backup := backupOf(t)
	dbPath := filepath.Join(t.TempDir(), "history.db")
	garbage := bytes.Repeat([]byte("not a database\n"), 1000)
	writeFile(t, dbPath, garbage)
	info, err := Restore(dbPath, backup, backupNow)
	if err != nil || info.PreviousCheckIns != -1 || info.CheckIns != 3 {
		t.Fatalf("Restore = %+v, %v", info, err)
	}
	if got := readFile(t, info.Previous); !bytes.Equal(got, garbage) {
		t.Errorf("the damaged database was not kept as it was")
	}
}

func TestRestoreRefuses(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, from string)
		want  string
	}{
		{"garbage", func(t *testing.T, from string) {
			writeFile(t, from, bytes.Repeat([]byte("not a database\n"), 1000))
		}, "it is not a leadcheck database"},
		{"empty file", func(t *testing.T, from string) { writeFile(t, from, nil) }, "the file is empty"},
		// An export is easily taken for a backup; import is what takes it.
		{"an export", func(t *testing.T, from string) {
			writeFile(t, from, []byte("{\n  \"format\": \"leadcheck-export\",\n  \"schema\": 3,\n  \"checkins\": []\n}\n"))
		}, "it is an export, not a backup; add its check-ins with 'leadcheck import FROM'"},
		{"missing", func(t *testing.T, from string) {}, "no such file or directory"},
		{"directory", func(t *testing.T, from string) { os.Mkdir(from, 0o700) }, "it is a directory"},
		{"another program's bbolt file", func(t *testing.T, from string) {
			writeBolt(t, from, func(tx *bbolt.Tx) error {
				_, err := tx.CreateBucket([]byte("widgets"))
				return err
			})
		}, "it is not a leadcheck database"},
		{"bbolt file with nothing in it", func(t *testing.T, from string) {
			writeBolt(t, from, func(tx *bbolt.Tx) error { return nil })
		}, "it holds no leadcheck data"},
		{"newer schema", func(t *testing.T, from string) {
			s, err := Open(from)
			if err != nil {
				t.Fatal(err)
			}
			save(t, s, date(29, 9, 0, 0), "from the future")
			s.Close()
			writeBolt(t, from, func(tx *bbolt.Tx) error {
				return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion+1)))
			})
		}, fmt.Sprintf("it was written by a newer leadcheck (schema %d); upgrade leadcheck to restore it", SchemaVersion+1)},
		{"a damaged check-in", func(t *testing.T, from string) {
			s, err := Open(from)
			if err != nil {
				t.Fatal(err)
			}
			id := save(t, s, date(29, 9, 0, 0), "")
			s.Close()
			k, _ := parseID(id)
			writeBolt(t, from, func(tx *bbolt.Tx) error {
				return tx.Bucket(bucketCheckins).Put(k, []byte("{"))
			})
		}, "it is damaged: check-in 20261129-090000-1 cannot be read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dbPath, _ := backupOf(t)
			before := readFile(t, dbPath)
			from := filepath.Join(t.TempDir(), "from.db")
			tt.setup(t, from)
			fromBefore, _ := os.ReadFile(from)

			_, err := Restore(dbPath, from, backupNow)
			want := strings.ReplaceAll(tt.want, "FROM", from)
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "; nothing was changed") {
				t.Fatalf("Restore = %v, want an error containing %q", err, want)
			}
			if !strings.HasPrefix(err.Error(), "cannot restore from "+from+": ") {
				t.Errorf("error %q does not start by naming the file", err)
			}
			if got := readFile(t, dbPath); !bytes.Equal(got, before) {
				t.Errorf("the database changed")
			}
			if entries, _ := os.ReadDir(filepath.Dir(dbPath)); len(entries) != 1 {
				t.Errorf("beside the database: %v, want nothing", entries)
			}
			if got, _ := os.ReadFile(from); !bytes.Equal(got, fromBefore) {
				t.Errorf("Restore changed %s", from)
			}
		})
	}
}

func TestRestoreOntoItself(t *testing.T) {
	dbPath, _ := backupOf(t)
	if _, err := Restore(dbPath, dbPath, backupNow); err == nil || !strings.Contains(err.Error(), "it is the database itself") {
		t.Errorf("Restore onto itself = %v", err)
	}
}

func TestRestoreWhileOpen(t *testing.T) {
	dbPath, backup := backupOf(t)
	s, err := Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := readFile(t, dbPath)
	_, err = Restore(dbPath, backup, backupNow, shortWait)
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), "; nothing was changed") {
		t.Errorf("Restore of an open database = %v, want an in-use error", err)
	}
	if got := readFile(t, dbPath); !bytes.Equal(got, before) {
		t.Errorf("the database changed")
	}
	if entries, _ := os.ReadDir(filepath.Dir(dbPath)); len(entries) != 1 {
		t.Errorf("beside the database: %v, want nothing", entries)
	}
	if n, err := s.Count(); err != nil || n != 2 {
		t.Errorf("the open store now counts %d, %v", n, err)
	}
}

// A leadcheck that waited for the lock while a restore replaced the file
// must not go on with the old one.
func TestOpenNoticesReplacedFile(t *testing.T) {
	dbPath, backup := backupOf(t)
	f, err := os.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := os.Rename(backup, dbPath); err != nil {
		t.Fatal(err)
	}
	if !replaced(dbPath, f) {
		t.Errorf("replaced = false after a rename over the file")
	}
	g, err := os.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	if replaced(dbPath, g) {
		t.Errorf("replaced = true for the file itself")
	}
}

// A device or a named pipe is no backup: restore says so at once, and
// never reads one (/dev/zero has no end; a pipe may have no writer).
func TestRestoreRefusesWhatIsNotAFile(t *testing.T) {
	const want = "it is not a regular file (a device, a pipe or a socket); name a backup file; nothing was changed"
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	for _, from := range []string{"/dev/zero", "/dev/null", fifo} {
		dbPath, _ := backupOf(t)
		before := readFile(t, dbPath)
		if _, err := Restore(dbPath, from, backupNow); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Restore(%s) = %v, want %q", from, err, want)
		}
		if !bytes.Equal(readFile(t, dbPath), before) {
			t.Errorf("Restore(%s) changed the database", from)
		}
	}
}
