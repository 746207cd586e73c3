package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// limitsCase is one hostile input: a command, what it must exit with and
// the phrases its message must hold (the file it names and what to do).
type limitsCase struct {
	name  string
	args  []string
	stdin string // a file to connect to standard input, if any
	code  int
	want  []string
}

// limitsHome is a temporary home with a database holding one check-in,
// a valid answers file and the hostile files the cases refer to by name.
type limitsHome struct {
	dir, db, good string
	env           []string
}

func limitsSetup(t *testing.T, bin string) limitsHome {
	t.Helper()
	dir := t.TempDir()
	h := limitsHome{dir: dir, db: filepath.Join(dir, "history.db"), good: filepath.Join(dir, "good.yaml")}
	h.env = append(os.Environ(), "LEADCHECK_DB="+h.db, "LEADCHECK_CONFIG="+filepath.Join(dir, "settings.yaml"),
		"XDG_STATE_HOME="+filepath.Join(dir, "state"), "XDG_DATA_HOME="+filepath.Join(dir, "data"),
		"LEADCHECK_QUESTIONS=", "ACCESSIBLE=", "NO_COLOR=1")
	var b strings.Builder
	b.WriteString("answers:\n")
	for k, it := range flowsQuestionnaire(t).Items {
		fmt.Fprintf(&b, "  %s: %d\n", it.ID, 2+k%4)
	}
	limitsWrite(t, h.good, b.String())
	if code, _, stderr := runBinFrom(t, bin, h.env, "", "take", "--answers", h.good); code != 0 {
		t.Fatalf("setup: take: exit %d: %s", code, stderr)
	}
	return h
}

func limitsWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// limitsStaircase is YAML nested by indentation alone, n levels deep.
func limitsStaircase(n int) string {
	var b strings.Builder
	b.WriteString("answers:\n")
	for i := 1; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.String()
}

// limitsFiles writes the hostile files; sizes are those that once took
// gigabytes of memory.
func limitsFiles(t *testing.T, dir string) {
	t.Helper()
	aliases := "a: &a [x]\nanswers: [" + strings.Repeat("*a, ", 200) + "]\n"
	for name, content := range map[string]string{
		"brackets-80k.yaml":    "answers: " + strings.Repeat("[", 80_000),
		"brackets-200k.yaml":   "answers: " + strings.Repeat("[", 200_000),
		"brackets-80k.json":    `{"answers": ` + strings.Repeat("[", 80_000),
		"braces-200k.json":     `{"answers": ` + strings.Repeat(`{"a": `, 200_000/6),
		"staircase.yaml":       limitsStaircase(500),
		"dashes.yaml":          "answers:\n" + strings.Repeat("- ", 100_000),
		"aliases.yaml":         aliases,
		"10mb.yaml":            "answers: {trust-1: 4}\nnote: " + strings.Repeat("x", 10<<20),
		"2mb-questions.yaml":   strings.Repeat("# a comment line that is long enough to fill a file\n", 2<<20/52+1),
		"deep-questions.yaml":  "id: deep\nversion: 1\nitems: " + strings.Repeat("[", 100_000),
		"alias-questions.yaml": "id: &i x\nversion: 1\ndimensions: [" + strings.Repeat("*i, ", 40) + "]\n",
	} {
		limitsWrite(t, filepath.Join(dir, name), content)
	}
}

const (
	limitsDeep  = "lists and mappings nest more than 20 levels deep here"
	limitsFix   = "look for an unclosed bracket or check that this is the right file"
	limitsNoEnd = "give a regular file (a device or a pipe that never ends is refused)"
)

func limitsCases(h limitsHome) []limitsCase {
	f := func(name string) string { return filepath.Join(h.dir, name) }
	take := func(name string) []string { return []string{"take", "--answers", f(name)} }
	return []limitsCase{
		{name: "yaml brackets 80 KB", args: take("brackets-80k.yaml"), code: 1, want: []string{"answers not saved", f("brackets-80k.yaml") + ":1:29: " + limitsDeep, limitsFix}},
		{name: "yaml brackets 200 KB", args: take("brackets-200k.yaml"), code: 1, want: []string{f("brackets-200k.yaml") + ":1:29: " + limitsDeep, limitsFix}},
		{name: "json brackets 80 KB", args: take("brackets-80k.json"), code: 1, want: []string{f("brackets-80k.json") + ":1:31: " + limitsDeep, limitsFix}},
		{name: "json braces 200 KB", args: take("braces-200k.json"), code: 1, want: []string{f("braces-200k.json") + ":1:121: " + limitsDeep, limitsFix}},
		{name: "yaml brackets from stdin", args: []string{"take", "--answers", "-"}, stdin: f("brackets-200k.yaml"), code: 1, want: []string{"<stdin>:1:29: " + limitsDeep, limitsFix}},
		{name: "deep indentation", args: take("staircase.yaml"), code: 1, want: []string{f("staircase.yaml") + ":21:21: " + limitsDeep, limitsFix}},
		{name: "compact dashes", args: take("dashes.yaml"), code: 1, want: []string{f("dashes.yaml") + ":2:41: " + limitsDeep, limitsFix}},
		{name: "alias bomb", args: take("aliases.yaml"), code: 1, want: []string{f("aliases.yaml") + ":2:75: more than 16 aliases (*name); write the repeated value out instead of referring to it"}},
		{name: "10 MB answers file", args: take("10mb.yaml"), code: 1, want: []string{f("10mb.yaml") + ": the file is 10.0 MiB, more than the 512 KiB that an answers file may hold; check that this is the right file"}},
		{name: "/dev/zero as answers", args: []string{"take", "--answers", "/dev/zero"}, code: 1, want: []string{"/dev/zero: more than 512 KiB came from it, the most that an answers file may hold; " + limitsNoEnd}},
		{name: "/dev/urandom as answers", args: []string{"take", "--answers", "/dev/urandom"}, code: 1, want: []string{"/dev/urandom: more than 512 KiB came from it", limitsNoEnd}},
		{name: "/dev/zero on stdin", args: []string{"take", "--answers", "-"}, stdin: "/dev/zero", code: 1, want: []string{"<stdin>: more than 512 KiB came from it", limitsNoEnd}},
		{name: "/dev/zero as --questions", args: append([]string{"--questions", "/dev/zero"}, take("good.yaml")...), code: 1, want: []string{"questionnaire not read", "/dev/zero: more than 1 MiB came from it, the most that a questionnaire may hold; " + limitsNoEnd}},
		{name: "/dev/zero validated", args: []string{"questions", "validate", "/dev/zero"}, code: 1, want: []string{"/dev/zero: more than 1 MiB came from it", limitsNoEnd}},
		{name: "directory as answers", args: []string{"take", "--answers", h.dir}, code: 1, want: []string{h.dir + " is a directory; give the path of an answers file"}},
		{name: "oversize questionnaire", args: []string{"questions", "validate", f("2mb-questions.yaml")}, code: 1, want: []string{f("2mb-questions.yaml") + ": the file is 2.0 MiB, more than the 1 MiB that a questionnaire may hold; check that this is the right file"}},
		{name: "oversize --questions", args: append([]string{"--questions", f("2mb-questions.yaml")}, take("good.yaml")...), code: 1, want: []string{f("2mb-questions.yaml") + ": the file is 2.0 MiB"}},
		{name: "deep questionnaire", args: []string{"--questions", f("deep-questions.yaml"), "questions", "show"}, code: 1, want: []string{f("deep-questions.yaml") + ":3:27: " + limitsDeep, limitsFix}},
		{name: "questionnaire alias bomb", args: []string{"questions", "validate", f("alias-questions.yaml")}, code: 1, want: []string{f("alias-questions.yaml") + ":3:78: more than 16 aliases"}},
		{name: "trend --width 100000", args: []string{"trend", "--width", "100000"}, code: 2, want: []string{"--width 100000 is out of range; give 40 to 1000 columns, or leave it out to use the terminal's width"}},
		{name: "trend --height -1", args: []string{"trend", "--height", "-1"}, code: 2, want: []string{"--height -1 is out of range; give 10 to 500 rows, or leave it out for 24"}},
		{name: "trend --height 100000", args: []string{"trend", "--width", "80", "--height", "100000"}, code: 2, want: []string{"--height 100000 is out of range"}},
	}
}

// TestHostileLimits runs each hostile input against a database holding
// one check-in: the command returns, says what is wrong and where, and
// leaves the database byte for byte as it was.
func TestHostileLimits(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	h := limitsSetup(t, bin)
	limitsFiles(t, h.dir)
	for _, tc := range limitsCases(h) {
		t.Run(tc.name, func(t *testing.T) {
			before := limitsBytes(t, h.db)
			code, _, stderr := runBinFrom(t, bin, h.env, tc.stdin, tc.args...)
			if code != tc.code {
				t.Errorf("exit %d, want %d; stderr:\n%.2000s", code, tc.code, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("message lacks %q:\n%.2000s", w, stderr)
				}
			}
			if !bytes.Equal(limitsBytes(t, h.db), before) {
				t.Error("the database file changed")
			}
		})
	}
}

func limitsBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestHostileLimitsFIFO: a named pipe that streams forever is refused by
// the size limit, and one carrying a small answers file still works.
func TestHostileLimitsFIFO(t *testing.T) {
	t.Parallel()
	bin := buildBinary(t)
	h := limitsSetup(t, bin)
	fifo := filepath.Join(h.dir, "answers.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	good, err := os.ReadFile(h.good)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		feed    func(w io.Writer)
		code    int
		want    string
		changes bool
	}{
		{"endless", func(w io.Writer) {
			zeros := make([]byte, 64<<10)
			for {
				if _, err := w.Write(zeros); err != nil {
					return // the reader gave up: the pipe is broken
				}
			}
		}, 1, fifo + ": more than 512 KiB came from it, the most that an answers file may hold; " + limitsNoEnd, false},
		{"small file", func(w io.Writer) { w.Write(good) }, 0, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan struct{})
			go func() {
				defer close(done)
				w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
				if err != nil {
					return
				}
				defer w.Close()
				tc.feed(w)
			}()
			before := limitsBytes(t, h.db)
			code, _, stderr := runBinFrom(t, bin, h.env, "", "take", "--answers", fifo)
			// Should leadcheck never have opened the pipe, opening its
			// reading end here lets the writer finish.
			if r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
				r.Close()
			}
			<-done
			if code != tc.code || !strings.Contains(stderr, tc.want) {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr)
			}
			if changed := !bytes.Equal(limitsBytes(t, h.db), before); changed != tc.changes {
				t.Errorf("database changed: %v, want %v", changed, tc.changes)
			}
		})
	}
}
