package assessment

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .want files of testdata/broken from the current errors")

// TestBrokenFiles reads every file under testdata/broken and checks that it
// is refused with exactly the message in its .want file: the file, line,
// column and the offending id or field. Questionnaires are parsed alone;
// answers files against testdata/mini.yaml. Run with -update to rewrite the
// .want files after an intended change, and read the diff.
func TestBrokenFiles(t *testing.T) {
	q := mustMini(t)
	files, _ := filepath.Glob("testdata/broken/*/*")
	n := 0
	for _, path := range files {
		if strings.HasSuffix(path, ".want") {
			continue
		}
		n++
		t.Run(path, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Base(path)
			if strings.Contains(path, "/answers/") {
				_, err = ParseAnswers(name, data, q)
			} else {
				_, err = Parse(name, data)
			}
			if err == nil {
				t.Fatal("accepted a broken file")
			}
			checkWant(t, path+".want", err.Error())
		})
	}
	if n < 30 {
		t.Errorf("only %d broken files; keep at least 30", n)
	}
}

func checkWant(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no %s (run with -update to create it): %v", path, err)
	}
	if got != strings.TrimSuffix(string(want), "\n") {
		t.Errorf("error:\n%s\nwant:\n%s", got, want)
	}
}
