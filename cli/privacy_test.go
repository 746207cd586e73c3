//go:build unix

package cli

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFilesArePrivate creates every file and directory leadcheck writes
// through the commands a person would use, with umask 0 so that nothing
// relies on the user's umask, and checks each is readable only by them.
// A recovery file is made by take when the database cannot be written;
// drafts are made by the app alone, and store/draft_test.go checks theirs.
func TestFilesArePrivate(t *testing.T) {
	defer syscall.Umask(syscall.Umask(0))
	dir := filepath.Join(t.TempDir(), "data")
	db := filepath.Join(dir, "history.db")
	backups := filepath.Join(t.TempDir(), "backups")
	if err := os.Mkdir(backups, 0o755); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name string
		args []string
		stdin,
		path string // what the step creates
		want fs.FileMode
	}{
		{"data directory", []string{"take", "--answers", "-"}, sheet(3, ""), dir, 0o700},
		{"database", []string{"history"}, "", db, 0o600},
		{"backup beside", []string{"backup"}, "", filepath.Join(dir, "history-20261129-090000.db"), 0o600},
		{"backup into a directory", []string{"backup", backups}, "", filepath.Join(backups, "history-20261129-090000.db"), 0o600},
		{"backup to a file", []string{"backup", filepath.Join(backups, "named.db")}, "", filepath.Join(backups, "named.db"), 0o600},
		{"export json", []string{"export", "-o", filepath.Join(backups, "h.json")}, "", filepath.Join(backups, "h.json"), 0o600},
		{"export csv", []string{"export", "-o", filepath.Join(backups, "h.csv")}, "", filepath.Join(backups, "h.csv"), 0o600},
		{"export md", []string{"export", "-o", filepath.Join(backups, "h.md")}, "", filepath.Join(backups, "h.md"), 0o600},
		{"export replaced", []string{"export", "--force", "-o", filepath.Join(backups, "h.json")}, "", filepath.Join(backups, "h.json"), 0o600},
		// restore saves the database it replaces beside it; the name
		// takes -2 because the backup above has the first.
		{"copy kept by restore", []string{"restore", filepath.Join(backups, "named.db")}, "", filepath.Join(dir, "history-20261129-090000-2.db"), 0o600},
		{"restored database", []string{"history"}, "", db, 0o600},
	}
	for _, st := range steps {
		r := leadcheck(t, db, st.stdin, st.args...)
		if r.code != 0 {
			t.Fatalf("%s: leadcheck %v: exit %d\n%s", st.name, st.args, r.code, r.stderr)
		}
		info, err := os.Stat(st.path)
		if err != nil {
			t.Errorf("%s: %v", st.name, err)
			continue
		}
		if got := info.Mode().Perm(); got != st.want {
			t.Errorf("%s: %s has mode %#o, want %#o", st.name, st.path, got, st.want)
		}
	}

	// A database under a plain file cannot be created (and root, who
	// ignores permissions, cannot either): take keeps the check-in in a
	// recovery file in the state directory, which it creates.
	state := filepath.Join(t.TempDir(), "state")
	blocker := filepath.Join(t.TempDir(), "plain")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	env := Env{
		Stdin: strings.NewReader(sheet(3, "")), Stdout: &out, Stderr: &out,
		Getenv: func(k string) string {
			return map[string]string{"LEADCHECK_DB": filepath.Join(blocker, "history.db"), "XDG_STATE_HOME": state,
				"LEADCHECK_CONFIG": filepath.Join(state, "settings.yaml")}[k]
		},
		Now:       func() time.Time { return time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC) },
		Questions: defaultQuestions, IsTerminal: func(any) bool { return false },
	}
	if code := Execute([]string{"take", "--answers", "-"}, env); code != 1 {
		t.Fatalf("take into an unwritable database: exit %d\n%s", code, out.String())
	}
	files, _ := filepath.Glob(filepath.Join(state, "leadcheck", "leadcheck-recovery-*.json"))
	if len(files) != 1 {
		t.Fatalf("recovery files %v\n%s", files, out.String())
	}
	for path, want := range map[string]fs.FileMode{filepath.Dir(files[0]): 0o700, files[0]: 0o600} {
		if info, err := os.Stat(path); err != nil || info.Mode().Perm() != want {
			t.Errorf("recovery: %s: %v, %v; want mode %#o", path, info.Mode(), err, want)
		}
	}
}

func TestWarnsAboutSharedDirectory(t *testing.T) {
	tests := []struct {
		mode fs.FileMode
		warn bool
	}{
		{0o700, false},
		{0o755, false},
		{0o777, true},
		// The sticky bit (as on /tmp) stops others deleting the file, not
		// creating it first: still a warning.
		{0o777 | fs.ModeSticky, true},
	}
	for _, tt := range tests {
		t.Run(tt.mode.String(), func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Chmod(dir, tt.mode); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(dir, "history.db")
			r := leadcheck(t, filepath.Join(t.TempDir(), "unused.db"), "", "--db", db, "history")
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			warned := strings.Contains(r.stderr, "leadcheck: warning: "+db+" is in "+dir+", which anyone on this computer can write to")
			if warned != tt.warn || strings.Count(r.stderr, "\n") > 1 {
				t.Errorf("stderr = %q, want a one-line warning: %v", r.stderr, tt.warn)
			}
		})
	}
}

// The warning is one line however many times a command works out where
// the database is (import does so to check the file, then to write).
func TestWarnsOnceAboutSharedDirectory(t *testing.T) {
	year := yearDB(t)
	export := filepath.Join(t.TempDir(), "export.json")
	if r := leadcheck(t, year, "", "export", "-o", export); r.code != 0 {
		t.Fatalf("export: exit %d: %s", r.code, r.stderr)
	}
	tests := [][]string{
		{"history"},
		{"import", export},
		{"take", "--answers", "-"},
		{"backup", filepath.Join(t.TempDir(), "backup.db")},
		{"doctor"},
	}
	for _, args := range tests {
		t.Run(args[0], func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Chmod(dir, 0o777); err != nil {
				t.Fatal(err)
			}
			db := filepath.Join(dir, "history.db")
			if r := leadcheck(t, year, "", "--db", db, "import", export); r.code != 0 {
				t.Fatalf("import: exit %d: %s", r.code, r.stderr)
			}
			r := leadcheck(t, year, sheet(4, ""), append([]string{"--db", db}, args...)...)
			if r.code != 0 {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			if n := strings.Count(r.stderr, "which anyone on this computer can write to"); n != 1 {
				t.Errorf("stderr = %q: the warning %d times, want once", r.stderr, n)
			}
		})
	}
}
