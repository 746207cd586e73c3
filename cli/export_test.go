package cli

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// loopDB is the year of examples plus the practice loop: the last example
// gets commitments, and a thirteenth check-in reviews them and carries a
// reflection.
func loopDB(t *testing.T) string {
	t.Helper()
	db := yearDB(t)
	q, err := assessment.Parse("questions.yaml", defaultQuestions)
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	last, err := s.Get(store.LatestRef)
	if err != nil {
		t.Fatal(err)
	}
	cs := []assessment.Commitment{
		{Facet: "momentum", Item: "momentum-3", Practice: "Close each week with a short review.", Objective: "By the next check-in I will run a Friday review | every week."},
		{Facet: "growth", Practice: "Give one person a stretch task."},
	}
	if err := s.SetCommitments(last.ID, cs); err != nil {
		t.Fatal(err)
	}
	a := last.Answers
	rec := assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), time.Date(2026, 11, 28, 17, 0, 0, 0, time.UTC), "Short week.")
	rec.Reflection = "The Friday reviews helped.\nOne was skipped."
	rec.Reviews = []assessment.Review{{CheckIn: last.ID, Commitment: cs[0], Progress: assessment.SomeProgress, Note: "Three of four Fridays."}}
	rec.DurationSeconds = 301.25
	if err := s.Save(&rec, q); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestExportImportRoundTrip(t *testing.T) {
	db := loopDB(t)
	out := leadcheck(t, db, "", "export", "--format", "json")
	if out.code != 0 {
		t.Fatalf("export: %s", out.stderr)
	}
	var head struct {
		Format         string               `json:"format"`
		Version        string               `json:"leadcheck_version"`
		Schema         int                  `json:"schema"`
		Questionnaires []json.RawMessage    `json:"questionnaires"`
		CheckIns       []assessment.CheckIn `json:"checkins"`
	}
	if err := json.Unmarshal([]byte(out.stdout), &head); err != nil {
		t.Fatal(err)
	}
	if head.Format != "leadcheck-export" || head.Version == "" || head.Schema != store.SchemaVersion ||
		len(head.Questionnaires) != 1 || len(head.CheckIns) != 13 || !strings.Contains(string(head.Questionnaires[0]), `"hash": "`) {
		t.Fatalf("export header: %+v", head)
	}
	file := filepath.Join(t.TempDir(), "export.json")
	os.WriteFile(file, []byte(out.stdout), 0o600)

	empty := filepath.Join(t.TempDir(), "new.db")
	r := leadcheck(t, empty, "", "import", file)
	if r.code != 0 || r.stdout != "Imported 13 check-ins.\n" || r.stderr != "" {
		t.Fatalf("import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if again := leadcheck(t, empty, "", "export"); again.stdout != out.stdout {
		t.Errorf("export after import differs from the export imported:\n%s", again.stdout)
	}

	r = leadcheck(t, empty, out.stdout, "import", "-")
	if r.code != 0 || r.stdout != "Imported 0 check-ins, skipped 13 already present.\n" {
		t.Errorf("second import: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	// The last imported id is 20261128-170000-13; a check-in saved now
	// must get a sequence after it.
	r = leadcheck(t, empty, sheet(3, ""), "take", "--answers", "-", "--json")
	var saved assessment.CheckIn
	if err := json.Unmarshal([]byte(r.stdout), &saved); err != nil || !strings.HasSuffix(saved.ID, "-14") {
		t.Errorf("saved after import as %q (%v), want sequence 14", saved.ID, err)
	}
}

func TestExportCSV(t *testing.T) {
	db := yearDB(t)
	r := leadcheck(t, db, "", "export", "--format", "csv")
	if r.code != 0 || !strings.Contains(r.stdout, "\r\n") {
		t.Fatalf("export csv: exit %d %s", r.code, r.stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := "id,date,relationships,results,balance,trust,morale,growth,recognition,objectives,delivery,momentum,improvement,profile,warnings"
	if len(rows) != 13 || strings.Join(rows[0], ",") != want {
		t.Fatalf("%d rows, header %v; want 13 and %s", len(rows), rows[0], want)
	}
	var recs []assessment.CheckIn
	json.Unmarshal([]byte(leadcheck(t, db, "", "history", "--json").stdout), &recs)
	for i, rec := range recs {
		row := rows[i+1]
		if row[0] != rec.ID || row[1] != rec.TakenAt.Format(time.RFC3339) || row[13] != rec.Profile.Name {
			t.Errorf("row %d = %v, want %s", i+1, row, rec.ID)
		}
		got := map[string]string{"relationships": row[2], "results": row[3], "balance": row[4], "trust": row[5], "momentum": row[11]}
		want := map[string]assessment.Score{"relationships": rec.Scores.Dimensions["relationships"], "results": rec.Scores.Dimensions["results"],
			"balance": rec.Scores.Balance, "trust": rec.Scores.Facets["trust"], "momentum": rec.Scores.Facets["momentum"]}
		for k, s := range want {
			// Four decimals: 66.66666666666666 is written 66.6667.
			if v, err := strconv.ParseFloat(got[k], 64); err != nil || math.Abs(v-s.Value) > 0.00005 {
				t.Errorf("row %d %s = %q, want %v", i+1, k, got[k], s.Value)
			}
		}
	}
}

func TestExportMarkdown(t *testing.T) {
	db := loopDB(t)
	r := leadcheck(t, db, "", "export", "--format", "md")
	if r.code != 0 {
		t.Fatalf("export md: %s", r.stderr)
	}
	var trend struct{ Sentence string }
	json.Unmarshal([]byte(leadcheck(t, db, "", "trend", "--json").stdout), &trend)
	for _, want := range []string{
		"# Leadership check-ins\n\n13 check-ins from 8 Dec 2025 to 28 Nov 2026.",
		"## Latest check-in, 28 Nov 2026",
		"| Date | Relationship-building | Results focus | Balance | Profile | Data quality |\n| --- | ---: | ---: | --- | --- | --- |\n| 8 Dec 2025 | ",
		"| Relationship-building | 75 ±13 |\n| Results focus | 83 ±13 |\n| Balance | +8 ±19 balanced within noise |",
		"These scores are your own description of the last weeks",
		"reference values that are assumed.",
		"- Relationship-building: no single weakest facet (a tie)",
		"\n" + trend.Sentence + "\n",
		"shows on 4 May 2026, 22 Jun 2026.",
		"- Results focus: +2.8 points per 30 days, rising about 3 points per 30 days (95% interval +1.9 to +3.8)",
		"### Made on 16 Nov 2026\n\n",
		"- By the next check-in I will run a Friday review | every week. (Momentum; suggested: Close each week with a short review.)\n" +
			"  Reviewed on 28 Nov 2026: some progress. “Three of four Fridays.”",
		"- Give one person a stretch task. (Developing people)\n  Not reviewed at a later check-in.",
		"### 28 Nov 2026\n\n> **Note:** Short week.\n\n> **Reflection:** The Friday reviews helped.\\\n> One was skipped.\n",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, r.stdout)
		}
	}
	if trend.Sentence == "" {
		t.Error("no trend sentence to look for")
	}
}

func TestExportToFile(t *testing.T) {
	db := yearDB(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "history.csv")
	r := leadcheck(t, db, "", "export", "-o", file)
	if r.code != 0 || r.stdout != "Exported 12 check-ins to "+file+".\n" {
		t.Fatalf("export -o: exit %d %q %s", r.code, r.stdout, r.stderr)
	}
	if info, err := os.Stat(file); err != nil || info.Mode().Perm() != 0o600 {
		t.Fatalf("mode %v, %v; want 0600", info.Mode(), err)
	}
	if b, _ := os.ReadFile(file); !strings.HasPrefix(string(b), "id,date,") {
		t.Errorf("the .csv extension did not choose csv:\n%.80s", b)
	}

	os.WriteFile(file, []byte("keep me"), 0o644)
	r = leadcheck(t, db, "", "export", "-o", file)
	if b, _ := os.ReadFile(file); r.code != 1 || !strings.Contains(r.stderr, file+" already exists; use --force") || string(b) != "keep me" {
		t.Errorf("overwrite without --force: exit %d %s, file %q", r.code, r.stderr, b)
	}
	r = leadcheck(t, db, "", "export", "-o", file, "--force", "--format", "json")
	if b, _ := os.ReadFile(file); r.code != 0 || !strings.HasPrefix(string(b), "{\n  \"format\": \"leadcheck-export\"") {
		t.Errorf("--force: exit %d %s, file %.40q", r.code, r.stderr, b)
	}
	if info, _ := os.Stat(file); info.Mode().Perm() != 0o600 {
		t.Errorf("replaced file has mode %v, want 0600", info.Mode())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("left behind in %s: %v", dir, entries)
	}

	missing := filepath.Join(dir, "no", "such", "dir", "out.json")
	r = leadcheck(t, db, "", "export", "-o", missing)
	if r.code != 1 || !strings.Contains(r.stderr, "there is no directory "+filepath.Dir(missing)+"; create it first") {
		t.Errorf("missing directory: exit %d %s", r.code, r.stderr)
	}
	r = leadcheck(t, db, "", "export", "--format", "xml")
	if r.code != 2 || !strings.Contains(r.stderr, "--format must be json, csv or md") {
		t.Errorf("--format xml: exit %d %s", r.code, r.stderr)
	}
}

func TestExportEmpty(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	for format, want := range map[string]string{
		"json": `"checkins": []`,
		"csv":  "id,date,relationships,results,balance,trust,morale,growth,recognition,objectives,delivery,momentum,improvement,profile,warnings\r\n",
		"md":   "No check-ins yet.",
	} {
		if r := leadcheck(t, db, "", "export", "--format", format); r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("%s of an empty history: exit %d %s\n%s", format, r.code, r.stderr, r.stdout)
		}
	}
}

func TestVersion(t *testing.T) {
	// A test binary has no module version: "(devel)", with the commit
	// when the build recorded one.
	if v := version(); !strings.HasPrefix(v, "(devel)") && !strings.HasPrefix(v, "v") {
		t.Errorf("version() = %q", v)
	}
}

// The database's own path is no export target even before the database
// exists: a JSON file there would stand where the first check-in is to be
// saved. It is recognised however it is spelled.
func TestExportNotToTheDatabasePath(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	if err := os.Symlink(dir, filepath.Join(dir, "here")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	for _, target := range []string{db, "history.db", "./history.db", filepath.Join(dir, "here", "history.db"), "here/../history.db"} {
		for _, force := range []bool{false, true} {
			args := []string{"export", "-o", target}
			if force {
				args = append(args, "--force")
			}
			r := leadcheck(t, db, "", args...)
			want := "will not export to " + target + ": it is where the database is kept (" + db + "); choose a new file name"
			if r.code != 1 || !strings.Contains(r.stderr, want) {
				t.Errorf("%v: exit %d %s\nwant %q", args, r.code, r.stderr, want)
			}
			if _, err := os.Lstat(db); err == nil {
				t.Fatalf("%v wrote %s", args, db)
			}
		}
	}
}

// --help states the default the export keeps: the file's extension, then
// json; never a plain "json" that -o report.md would contradict.
func TestExportHelpStatesTheFormatDefault(t *testing.T) {
	r := leadcheck(t, filepath.Join(t.TempDir(), "history.db"), "", "export", "--help")
	want := "--format string   json, csv or md (default: FILE's extension, else json)\n"
	if r.code != 0 || !strings.Contains(r.stdout, want) {
		t.Errorf("export --help: exit %d, want the line %q in\n%s", r.code, want, r.stdout)
	}
}
