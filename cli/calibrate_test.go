package cli

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/leadcheck/leadcheck/assessment"
)

// calibrationExports makes n people's exports from the default
// questionnaire. Each person has a level per dimension, and answers each
// statement at that level plus noise, reversed where the statement is, so
// the statements of a dimension hang together as a real scale would.
func calibrationExports(t *testing.T, n int) []string {
	t.Helper()
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 40))
	dir := t.TempDir()
	var files []string
	for p := range n {
		level := map[string]float64{}
		for _, d := range q.Dimensions {
			level[d.ID] = 1.5 + 3*rng.Float64()
		}
		var yaml strings.Builder
		yaml.WriteString("answers:\n")
		for _, it := range q.Items {
			f, _ := q.Facet(it.Facet)
			x := min(5, max(1, int(level[f.Dimension]+rng.NormFloat64()*0.7+0.5)))
			if it.Reverse {
				x = 6 - x
			}
			fmt.Fprintf(&yaml, "  %s: %d\n", it.ID, x)
		}
		person := filepath.Join(dir, fmt.Sprintf("p%02d", p))
		answers := person + ".yaml"
		if err := os.WriteFile(answers, []byte(yaml.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		db := filepath.Join(person, "history.db")
		if r := leadcheck(t, db, "", "take", "--answers", answers); r.code != 0 {
			t.Fatalf("take: %s", r.stderr)
		}
		r := leadcheck(t, db, "", "export", "--format", "json")
		if r.code != 0 {
			t.Fatalf("export: %s", r.stderr)
		}
		file := person + ".json"
		if err := os.WriteFile(file, []byte(r.stdout), 0o600); err != nil {
			t.Fatal(err)
		}
		files = append(files, file)
	}
	return files
}

func TestCalibrate(t *testing.T) {
	files := calibrationExports(t, 40)
	db := filepath.Join(t.TempDir(), "history.db")

	r := leadcheck(t, db, "", append([]string{"questions", "calibrate", "--json"}, files...)...)
	if r.code != 0 {
		t.Fatalf("calibrate: %s", r.stderr)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil || len(raw) != 2 || raw["n"] == nil || raw["dimensions"] == nil {
		t.Fatalf("calibrate --json must be exactly {n, dimensions}: %s", r.stdout)
	}
	var out struct {
		N          int
		Dimensions map[string]map[string]float64
	}
	json.Unmarshal([]byte(r.stdout), &out)
	if out.N != 40 || len(out.Dimensions) != 2 {
		t.Fatalf("calibration = %+v", out)
	}
	for id, d := range out.Dimensions {
		if len(d) != 5 || d["items"] != 12 || d["sd"] <= 0 ||
			!(0 < d["alpha_low"] && d["alpha_low"] < d["alpha"] && d["alpha"] < d["alpha_high"] && d["alpha_high"] < 1) {
			t.Errorf("%s = %v, want sd, alpha inside its interval, alpha_low, alpha_high and 12 items", id, d)
		}
	}

	// -o writes a questionnaire that loads, with the same statements and
	// the calibrated source; it is kept unless --force.
	dest := filepath.Join(t.TempDir(), "calibrated.yaml")
	args := append([]string{"questions", "calibrate", "-o", dest}, files...)
	if r := leadcheck(t, db, "", args...); r.code != 0 || !strings.Contains(r.stdout, "Calibrated on 40 people") {
		t.Fatalf("calibrate -o: %d %s %s", r.code, r.stdout, r.stderr)
	}
	v := leadcheck(t, db, "", "questions", "validate", dest)
	if v.code != 0 || !strings.Contains(v.stdout, "(calibrated on 40 people, 2026-11-29)") || strings.Contains(v.stdout, "(assumed)") {
		t.Errorf("validate the written copy: %d %s %s", v.code, v.stdout, v.stderr)
	}
	// The comment above the reference values no longer says they are
	// assumed; the file's other comments stay.
	written := string(mustRead(dest))
	for _, want := range []string{"# with `leadcheck questions calibrate` (calibrated on 40 people, 2026-11-29):\n" +
		"# the SD of each dimension's scores and Cronbach's alpha of its items.\ndimensions:",
		"# The default leadcheck questionnaire, version 2."} {
		if !strings.Contains(written, want) {
			t.Errorf("the written copy lacks %q:\n%s", want, written)
		}
	}
	if strings.Contains(written, "so they are assumed") {
		t.Errorf("the written copy still says the values are assumed")
	}
	if r := leadcheck(t, db, "", args...); r.code != 1 || !strings.Contains(r.stderr, "already exists and was kept") {
		t.Errorf("a second -o without --force: %d %s", r.code, r.stderr)
	}
	if r := leadcheck(t, db, "", append(args, "--force")...); r.code != 0 {
		t.Errorf("-o with --force: %d %s", r.code, r.stderr)
	}
}

func TestCalibrateRefuses(t *testing.T) {
	files := calibrationExports(t, 30)
	db := filepath.Join(t.TempDir(), "history.db")

	r := leadcheck(t, db, "", append([]string{"questions", "calibrate"}, files[:29]...)...)
	if r.code != 1 || !strings.Contains(r.stderr, "29") || !strings.Contains(r.stderr, "30") {
		t.Errorf("29 people: %d %s", r.code, r.stderr)
	}

	// The same exports measured against a questionnaire with other
	// statements: refused, naming the file and both questionnaires.
	other := filepath.Join(t.TempDir(), "other.yaml")
	changed := strings.Replace(string(defaultQuestions), "version: 2", "version: 7", 1)
	if err := os.WriteFile(other, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	r = leadcheck(t, db, "", append([]string{"--questions", other, "questions", "calibrate"}, files...)...)
	if r.code != 1 || !strings.Contains(r.stderr, files[0]+": its latest check-in was taken with questionnaire production-leadership version 2") {
		t.Errorf("another questionnaire: %d %s", r.code, r.stderr)
	}
}
