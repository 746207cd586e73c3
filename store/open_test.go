package store

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.etcd.io/bbolt"
)

func TestOpenCreatesDirectoryAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "leadcheck")
	path := filepath.Join(dir, "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if s.Path() != path {
		t.Errorf("Path = %q, want %q", s.Path(), path)
	}
	save(t, s, date(29, 9, 0, 0), "kept")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	checkMode(t, dir, 0o700)
	checkMode(t, path, 0o600)

	// Reopening finds what was saved and leaves the layout alone.
	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if r, err := s.Get(LatestRef); err != nil || r.Note != "kept" {
		t.Errorf("after reopening: %+v, %v", r, err)
	}
	err = s.db.View(func(tx *bbolt.Tx) error {
		if got, want := string(tx.Bucket(bucketMeta).Get(keySchema)), strconv.Itoa(SchemaVersion); got != want {
			t.Errorf("meta schema = %q, want %q", got, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenKeepsExistingDirectoryMode(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o750); err != nil {
		t.Fatal(err)
	}
	s, err := Open(filepath.Join(dir, "history.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	checkMode(t, dir, 0o750)
}

func TestSecondOpenIsInUse(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	first, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()

	done := make(chan error, 1)
	go func() {
		s, err := Open(path, shortWait)
		if err == nil {
			s.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrInUse) {
			t.Fatalf("second Open = %v, want ErrInUse", err)
		}
		want := "database " + path + " is in use by another leadcheck process"
		if err.Error() != want || remedyOf(err) != CloseOther {
			t.Errorf("error text:\n got %s (remedy %d)\nwant %s (remedy %d)", err, remedyOf(err), want, CloseOther)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("second Open hangs instead of reporting the lock")
	}

	// Once the first closes, the file opens again.
	first.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	s.Close()
}

func TestOpenRefusesWithoutChanging(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, path string)
		wantErr error
		want    string // the whole message, with PATH for the file
		remedy  Remedy
	}{
		{
			name: "newer schema",
			setup: func(t *testing.T, path string) {
				s, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				save(t, s, date(29, 9, 0, 0), "from the future")
				s.Close()
				writeBolt(t, path, func(tx *bbolt.Tx) error {
					return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(SchemaVersion+1)))
				})
			},
			wantErr: ErrNewerSchema,
			want:    fmt.Sprintf("database PATH was written by a newer leadcheck (schema %d); upgrade leadcheck", SchemaVersion+1),
		},
		{
			name: "schema 2 without summaries",
			setup: func(t *testing.T, path string) {
				s, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				save(t, s, date(29, 9, 0, 0), "kept")
				s.Close()
				writeBolt(t, path, func(tx *bbolt.Tx) error { return tx.DeleteBucket(bucketSummaries) })
			},
			wantErr: ErrNotDatabase,
			want:    "PATH is not a leadcheck database (it has no summaries bucket)",
			remedy:  RestoreOrChoose,
		},
		{
			name: "foreign bbolt file",
			setup: func(t *testing.T, path string) {
				writeBolt(t, path, func(tx *bbolt.Tx) error {
					_, err := tx.CreateBucket([]byte("widgets"))
					return err
				})
			},
			wantErr: ErrNotDatabase,
			want:    "PATH is not a leadcheck database (it is a bbolt database of another program)",
			remedy:  ChooseDatabase,
		},
		{
			name: "schema not a number",
			setup: func(t *testing.T, path string) {
				writeBolt(t, path, func(tx *bbolt.Tx) error {
					b, err := tx.CreateBucket(bucketMeta)
					if err != nil {
						return err
					}
					return b.Put(keySchema, []byte("one"))
				})
			},
			wantErr: ErrNotDatabase,
			want:    `PATH is not a leadcheck database (its schema version "one" is not a number)`,
			remedy:  RestoreOrChoose,
		},
		{
			name: "garbage",
			setup: func(t *testing.T, path string) {
				writeFile(t, path, bytes.Repeat([]byte("not a database\n"), 1000))
			},
			wantErr: ErrNotDatabase,
			want:    "PATH is not a leadcheck database (invalid database)",
			remedy:  RestoreOrChoose,
		},
		{
			name: "short garbage",
			setup: func(t *testing.T, path string) {
				writeFile(t, path, []byte("hello"))
			},
			wantErr: ErrNotDatabase,
		},
		{
			// Offering to restore a backup over it would replace the export.
			name: "an export",
			setup: func(t *testing.T, path string) {
				writeFile(t, path, []byte("{\n  \"format\": \"leadcheck-export\",\n  \"schema\": 3,\n  \"checkins\": []\n}\n"))
			},
			wantErr: ErrNotDatabase,
			want:    "PATH is not a leadcheck database (it is an export)",
			remedy:  ImportExport,
		},
		{
			name: "empty file",
			setup: func(t *testing.T, path string) {
				writeFile(t, path, nil)
			},
			wantErr: ErrNotDatabase,
			want:    "PATH is not a leadcheck database (the file is empty)",
			remedy:  StartAfresh,
		},
		{
			name: "truncated database",
			setup: func(t *testing.T, path string) {
				s, err := Open(path)
				if err != nil {
					t.Fatal(err)
				}
				for i := range 200 {
					save(t, s, date(1, 0, 0, 0).Add(time.Duration(i)*time.Hour), strings.Repeat("note ", 50))
				}
				s.Close()
				if err := os.Truncate(path, 4*4096); err != nil {
					t.Fatal(err)
				}
			},
			wantErr: ErrNotDatabase,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "history.db")
			tt.setup(t, path)
			before := readFile(t, path)

			s, err := Open(path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("Open = %v, want %v", err, tt.wantErr)
			}
			if want := strings.ReplaceAll(tt.want, "PATH", path); tt.want != "" && err.Error() != want {
				t.Errorf("error text:\n got %s\nwant %s", err, want)
			}
			if tt.want != "" && remedyOf(err) != tt.remedy {
				t.Errorf("remedy = %d, want %d", remedyOf(err), tt.remedy)
			}
			if !strings.HasPrefix(err.Error(), path+" ") && !strings.Contains(err.Error(), " "+path+" ") {
				t.Errorf("error %q does not name the file", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q is not one line", err)
			}
			if after := readFile(t, path); !bytes.Equal(before, after) {
				t.Errorf("Open changed the file (%d bytes before, %d after)", len(before), len(after))
			}
		})
	}
}

func TestOpenDirectory(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir)
	want := dir + " is not a leadcheck database (it is a directory)"
	if !errors.Is(err, ErrNotDatabase) || err.Error() != want || remedyOf(err) != ChooseFile {
		t.Errorf("Open(directory) = %v\nwant %s", err, want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("Open(directory) wrote into it: %v", entries)
	}
}

func TestOpenUnusablePaths(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain")
	writeFile(t, file, []byte("x"))
	tests := []struct {
		name string
		path string
		want string
	}{
		{"empty path", "", "no database path given"},
		{"parent is a file", filepath.Join(file, "history.db"), "cannot create directory " + file + " for the database"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Open(tt.path)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Open(%q) = %v, want an error starting %q", tt.path, err, tt.want)
			}
		})
	}
}

func TestOpenPermissionDenied(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	path := filepath.Join(t.TempDir(), "history.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if err := os.Chmod(path, 0o200); err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	want := "cannot open database " + path + ": permission denied"
	if !errors.Is(err, fs.ErrPermission) || err.Error() != want || remedyOf(err) != FixAccess {
		t.Errorf("Open = %v\nwant %s", err, want)
	}
}

// A bbolt file with no buckets at all, as a crash between creating the
// file and laying it out would leave, has nothing to lose: it is set up.
func TestOpenSetsUpBareBoltFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "history.db")
	writeBolt(t, path, func(*bbolt.Tx) error { return nil })
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	save(t, s, date(29, 9, 0, 0), "works")
}

func TestDefaultPath(t *testing.T) {
	path, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(os.Getenv("XDG_DATA_HOME"), "leadcheck", "history.db")
	if path != want {
		t.Errorf("DefaultPath = %q, want %q", path, want)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("DefaultPath created %s (%v); only Open should", filepath.Dir(path), err)
	}
}
