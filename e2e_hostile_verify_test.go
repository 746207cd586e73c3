package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// More hostile input of the classes the other suites cover, each case a
// different way in: forged imports, names that are text from outside, and
// keys that arrive together on screens that read the database first.

// verifyCase is one hostile command: what it must answer and, when it
// fails, that the database is byte for byte as it was.
type verifyCase struct {
	name string
	// setup prepares dir (the database is dir/history.db) and returns the
	// arguments.
	setup func(t *testing.T, fx verifyFixture, dir string) []string
	code  int
	want  []string // all in stdout+stderr
	// absent is a path, under dir, that must not exist afterwards.
	absent string
	// stdin is a file to read standard input from (none when empty).
	stdin string
	// env adds to the environment; DIR stands for the case's directory.
	env []string
}

// verifyFixture is a database holding the check-in of 2026-01-12 and an
// export of another database's check-in of 2025-12-08.
type verifyFixture struct {
	db     []byte
	export []byte
}

func verifySetup(t *testing.T, bin string) verifyFixture {
	t.Helper()
	db, export := importFixture(t, bin, "examples/year/2025-12-08.yaml", "examples/year/2026-01-12.yaml")
	return verifyFixture{db: db, export: export}
}

// verifyForged is an import of the fixture's export after fn changed it
// (the whole file, decoded with numbers kept as written).
func verifyForged(fn func(f map[string]any)) func(t *testing.T, fx verifyFixture, dir string) []string {
	return func(t *testing.T, fx verifyFixture, dir string) []string {
		var f map[string]any
		dec := json.NewDecoder(bytes.NewReader(fx.export))
		dec.UseNumber()
		if err := dec.Decode(&f); err != nil {
			t.Fatal(err)
		}
		fn(f)
		data, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "forged.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return []string{"import", path}
	}
}

// verifyCheckIn is the first check-in of an export; verifyProfiles the
// profiles of its first questionnaire.
func verifyCheckIn(f map[string]any) map[string]any {
	return f["checkins"].([]any)[0].(map[string]any)
}

func verifyProfiles(f map[string]any) []any {
	return f["questionnaires"].([]any)[0].(map[string]any)["profiles"].([]any)
}

// verifyTooFast is the too-fast warning as leadcheck writes it, for a
// typical answer of 0.4 seconds.
const verifyTooFast = "Your typical answer took 0.4 s; reading a statement carefully takes a few seconds. " +
	"Fast answers tend to follow habit rather than the last few weeks."

// verifyFile writes content to dir/name and runs args, where DIR stands
// for dir.
func verifyFile(name, content string, args ...string) func(t *testing.T, fx verifyFixture, dir string) []string {
	return func(t *testing.T, fx verifyFixture, dir string) []string {
		if name != "" {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
		}
		out := make([]string, len(args))
		for i, a := range args {
			out[i] = strings.ReplaceAll(a, "DIR", dir)
		}
		return out
	}
}

// verifyDeep is the nesting guard's message.
const verifyDeep = "lists and mappings nest more than 20 levels deep here"

func verifyCases() []verifyCase {
	const id = "checkins[0] (id 20251208-090000-1): "
	const fix = "nothing imported; fix these and run again"
	warn := func(ws ...map[string]any) func(f map[string]any) {
		return func(f map[string]any) { verifyCheckIn(f)["warnings"] = ws }
	}
	return []verifyCase{
		{name: "import: a side the questionnaire has not", setup: verifyForged(func(f map[string]any) {
			verifyCheckIn(f)["scores"].(map[string]any)["dimensions"].(map[string]any)["charm"] = 50
		}), code: 1, want: []string{fix, "forged.json:", id + "scores.dimensions.charm: no dimension with this id in the questionnaire"}},
		{name: "import: a too-fast warning reworded", setup: verifyForged(warn(map[string]any{"code": "too-fast", "message": "\x1b]0;pwned\x07Call 555"})),
			code: 1, want: []string{fix, id + `warnings[0]: "\x1b]0;pwned\aCall 555" is not what leadcheck writes for too-fast`}},
		{name: "import: a too-fast warning twice", setup: verifyForged(warn(
			map[string]any{"code": "too-fast", "message": verifyTooFast}, map[string]any{"code": "too-fast", "message": verifyTooFast})),
			code: 1, want: []string{fix, id + "warnings[1]: too-fast is given twice"}},
		{name: "import: a too-fast warning as leadcheck writes it", setup: verifyForged(warn(map[string]any{"code": "too-fast", "message": verifyTooFast})),
			code: 0, want: []string{"Imported 1 check-in."}},
		// The questionnaire's hash leaves out its profiles: a file that
		// renames a profile in its copy and in the check-in keeps the hash.
		{name: "import: a profile renamed in the file's questionnaire too", setup: verifyForged(func(f map[string]any) {
			for _, p := range verifyProfiles(f) {
				if p := p.(map[string]any); p["id"] == "harmonizer" {
					p["name"] = "Saint"
				}
			}
			verifyCheckIn(f)["profile"].(map[string]any)["name"] = "Saint"
		}), code: 1, want: []string{fix, id + `profile: is "harmonizer" ("Saint"), but the answers give "harmonizer" ("Harmonizer")`}},

		// Another database's check-in under an id this one holds already
		// is not "already present": it is refused, and named.
		{name: "import: a different check-in under a taken id", setup: verifyForged(func(f map[string]any) {
			c := verifyCheckIn(f)
			c["id"], c["taken_at"] = "20260112-083000-1", "2026-01-12T08:30:00Z"
		}), code: 1, want: []string{"check-in 20260112-083000-1: the database holds a different check-in under this id (other answers)",
			"import this file into another database (--db), or delete that check-in here first; nothing was imported"}},

		// Deep nesting written so that a scan of the bytes could take it
		// for something else; each 80 KB file would take gigabytes to read.
		{name: "answers: brackets after a document start", setup: verifyFile("deep.yaml", "--- "+strings.Repeat("[", 80000), "take", "--answers", "DIR/deep.yaml"),
			code: 1, want: []string{"deep.yaml:1:24: " + verifyDeep}},
		{name: "answers: braces after a document end", setup: verifyFile("deep.yaml", "note: x\n... "+strings.Repeat("{", 80000), "take", "--answers", "DIR/deep.yaml"),
			code: 1, want: []string{"deep.yaml:2:24: " + verifyDeep}},
		{name: "answers: JSON objects after a document start", setup: verifyFile("deep.json", "--- "+strings.Repeat(`{"a":`, 16000), "take", "--answers", "DIR/deep.json"),
			code: 1, want: []string{"deep.json:1:", verifyDeep}},
		{name: "answers: dashes on lines ended by CR", setup: verifyFile("deep.yaml", "note: x\r"+strings.Repeat("- ", 40000), "take", "--answers", "DIR/deep.yaml"),
			code: 1, want: []string{"deep.yaml:2:41: " + verifyDeep}},
		{name: "questionnaire: brackets after a document start", setup: verifyFile("coach.yaml", "--- "+strings.Repeat("[", 80000), "--questions", "DIR/coach.yaml", "questions", "validate"),
			code: 1, want: []string{"coach.yaml:1:24: " + verifyDeep}},
		{name: "questionnaire: an open quote after a stray closer", setup: verifyFile("coach.yaml", "- - ?]\"a\\\r"+strings.Repeat("- ", 40000), "--questions", "DIR/coach.yaml", "history"),
			code: 1, want: []string{"coach.yaml:2:41: " + verifyDeep}},

		// The database's own path, before the database exists, is no
		// export target: the export would stand where check-ins are saved.
		{name: "export: to where a new database will be", setup: verifyFile("", "", "--db", "DIR/new.db", "export", "-o", "DIR/new.db", "--force"),
			code: 1, want: []string{"will not export to ", "new.db: it is where the database is kept", "choose a new file name"}, absent: "new.db"},
		{name: "export: to the database's path through a linked directory", setup: func(t *testing.T, fx verifyFixture, dir string) []string {
			if err := os.Symlink(dir, filepath.Join(dir, "here")); err != nil {
				t.Fatal(err)
			}
			return []string{"--db", filepath.Join(dir, "new.db"), "export", "-o", filepath.Join(dir, "here", "new.db")}
		}, code: 1, want: []string{"here/new.db: it is where the database is kept"}, absent: "new.db"},

		// Input with no line breaks is read through a limit.
		{name: "accessible check-in reading /dev/zero", setup: verifyFile("", "", "take", "--accessible"), stdin: "/dev/zero",
			code: 1, want: []string{"a line of standard input is longer than 64 KiB", "check what is piped in", "nothing was saved"}},

		// The settings file is read through the same limits.
		{name: "settings: brackets after a document start", setup: verifyFile("settings.yaml", "--- "+strings.Repeat("[", 60000), "due"),
			env: []string{"LEADCHECK_CONFIG=DIR/settings.yaml"}, code: 3,
			want: []string{"settings.yaml is not valid (line 1, column 24: " + verifyDeep, "fix it or delete it to start from the defaults"}},
		{name: "settings: /dev/zero", setup: verifyFile("", "", "cadence"), env: []string{"LEADCHECK_CONFIG=/dev/zero"}, code: 1,
			want: []string{"settings file /dev/zero is larger than 64 KiB, more than settings take; fix it or delete it"}},

		// Reading creates nothing, in the accessible mode too.
		{name: "accessible dashboard of a database not made yet", setup: verifyFile("", "", "--accessible", "--db", "DIR/no/such/history.db"),
			code: 0, want: []string{"leadcheck take"}, absent: "no"},
		{name: "accessible dashboard, LEADCHECK_DB under ~", setup: verifyFile("", "", "--accessible", "--db", "~/sub/history.db"),
			code: 0, want: []string{"leadcheck take"}, absent: "home/sub"},
	}
}

func TestHostileVerify(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	fx := verifySetup(t, bin)
	for _, tt := range verifyCases() {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			db := filepath.Join(dir, "history.db")
			if err := os.WriteFile(db, fx.db, 0o600); err != nil {
				t.Fatal(err)
			}
			args := tt.setup(t, fx, dir)
			// A ~ in --db is this home, never the real one.
			env := append(dataEnv(db), "HOME="+filepath.Join(dir, "home"))
			for _, e := range tt.env {
				env = append(env, strings.ReplaceAll(e, "DIR", dir))
			}
			code, stdout, stderr := runBinFrom(t, bin, env, tt.stdin, args...)
			out := stdout + stderr
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s", code, tt.code, out)
			}
			if c := textControl(out); c != "" {
				t.Errorf("the output keeps %q:\n%s", c, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			if code != 0 {
				verifySame(t, db, fx.db)
			}
			if tt.absent != "" {
				if _, err := os.Lstat(filepath.Join(dir, tt.absent)); err == nil {
					t.Errorf("%s was created", tt.absent)
				}
			}
		})
	}
}

func verifySame(t *testing.T, path string, want []byte) {
	t.Helper()
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("a failing command changed the database")
	}
}

// TestHostileVerifyKeysOpenAScreenAndMoveIn types "h", two rows down and
// enter in ONE write: the history reads the database first, and the keys
// after "h" wait for it, so the third check-in opens, as when typed slowly.
func TestHostileVerifyKeysOpenAScreenAndMoveIn(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	db := filepath.Join(t.TempDir(), "history.db")
	yearDB(t, bin, db)
	s := startScreen(t, bin, 100, 30, dataEnv(db))
	s.waitFor("12 check-ins so far")
	s.send("hjj\r")
	s.waitFor("Check-in of Mon 28 Sep 2026")
	s.send("qqq") // back to the history, home, and quit
	s.waitExit()
}
