package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// yearDB records the README's year of example check-ins.
func yearDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "history.db")
	files, err := filepath.Glob("../examples/year/*.yaml")
	if err != nil || len(files) != 12 {
		t.Fatalf("example files: %v %v", files, err)
	}
	for _, f := range files {
		if r := leadcheck(t, db, "", "take", "--answers", f); r.code != 0 {
			t.Fatalf("take %s: %s", f, r.stderr)
		}
	}
	return db
}

func TestTrendJSON(t *testing.T) {
	db := yearDB(t)
	r := leadcheck(t, db, "", "trend", "--json")
	if r.code != 0 {
		t.Fatalf("trend --json: %s", r.stderr)
	}
	var out struct {
		Series []struct {
			ID         string              `json:"id"`
			Dimensions map[string]*float64 `json:"dimensions"`
		} `json:"series"`
		Slopes map[string]struct {
			PointsPer30Days *float64 `json:"points_per_30_days"`
			N               int      `json:"n"`
			SE, Low, High   *float64
			Days            float64 `json:"days"`
			Direction       string  `json:"direction"`
		} `json:"slopes"`
		Sentence             string   `json:"sentence"`
		LeftOut              []string `json:"left_out"`
		QuestionnaireChanges []any    `json:"questionnaire_changes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	if len(out.Series) != 12 || out.Slopes["results"].N != 12 || out.Slopes["results"].PointsPer30Days == nil {
		t.Fatalf("trend = %+v", out)
	}
	// The example year pushes results up: the slope must say so.
	if *out.Slopes["results"].PointsPer30Days <= 1 || !strings.HasPrefix(out.Sentence, "Results: rising") {
		t.Errorf("results slope %v, sentence %q", *out.Slopes["results"].PointsPer30Days, out.Sentence)
	}
	// The interval must lie above zero for "rising"; the year's check-ins
	// span 345 days (8 Dec 2025 to 18 Nov 2026).
	res := out.Slopes["results"]
	if res.Direction != "rising" || res.SE == nil || res.Low == nil || res.High == nil ||
		*res.Low <= 0 || *res.Low >= *res.PointsPer30Days || *res.High <= *res.PointsPer30Days || res.Days < 300 {
		t.Errorf("results slope = %+v, want rising with an interval above zero around the slope", res)
	}
	if rel := out.Slopes["relationships"]; rel.Direction != "no-clear-trend" {
		t.Errorf("relationships direction = %q, want no-clear-trend", rel.Direction)
	}
	if out.LeftOut == nil || out.QuestionnaireChanges == nil {
		t.Errorf("left_out and questionnaire_changes must be lists: %+v", out)
	}

	r = leadcheck(t, db, "", "trend", "--json", "--since", "2026-06-01")
	json.Unmarshal([]byte(r.stdout), &out)
	if len(out.Series) != 6 {
		t.Errorf("--since 2026-06-01 kept %d check-ins, want 6", len(out.Series))
	}
}

func TestTrendText(t *testing.T) {
	db := yearDB(t)
	r := leadcheck(t, db, "", "trend", "--width", "90", "--height", "30")
	if r.code != 0 {
		t.Fatalf("trend: %s", r.stderr)
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("plain output has escape codes")
	}
	for _, r := range r.stdout {
		if r >= 0x2800 && r <= 0x28FF {
			t.Fatalf("plain output has braille")
		}
	}
	for _, want := range []string{"Relationship-building", "Results focus", "Results: rising"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("trend output lacks %q:\n%s", want, r.stdout)
		}
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if w := len([]rune(line)); w > 90 {
			t.Errorf("line of %d columns in a 90-column chart: %q", w, line)
		}
	}
}

func TestTrendUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"trend", "--since", "last week"}, `--since "last week" is not a date; use YYYY-MM-DD, e.g. 2026-01-31`},
		{[]string{"trend", "--width", "10"}, "--width 10 is out of range; give 40 to 1000 columns, or leave it out to use the terminal's width"},
		{[]string{"trend", "--width", "1001"}, "--width 1001 is out of range; give 40 to 1000 columns, or leave it out to use the terminal's width"},
		{[]string{"trend", "--height", "-1"}, "--height -1 is out of range; give 10 to 500 rows, or leave it out for 24"},
		{[]string{"trend", "--height", "501"}, "--height 501 is out of range; give 10 to 500 rows, or leave it out for 24"},
	} {
		r := leadcheck(t, db, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, %s", tc.args, r.code, r.stderr)
		}
	}
	for _, args := range [][]string{{"trend"}, {"trend", "--width", "1000", "--height", "500"}, {"trend", "--width", "40", "--height", "10"}} {
		if r := leadcheck(t, db, "", args...); r.code != 0 || !strings.Contains(r.stdout, "No check-ins") {
			t.Errorf("%v: %d %q", args, r.code, r.stdout)
		}
	}
}

func TestCompareJSON(t *testing.T) {
	db := yearDB(t)
	r := leadcheck(t, db, "", "compare", "20251208", "20260622", "--json")
	if r.code != 0 {
		t.Fatalf("compare: %s", r.stderr)
	}
	var out struct {
		Dimensions map[string]map[string]any `json:"dimensions"`
		Items      []map[string]any          `json:"items"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("%v\n%s", err, r.stdout)
	}
	for _, dim := range []string{"relationships", "results"} {
		d := out.Dimensions[dim]
		for _, k := range []string{"from", "to", "difference", "rci", "verdict"} {
			if _, ok := d[k]; !ok {
				t.Errorf("%s lacks %q: %v", dim, k, d)
			}
		}
	}
	// December to June: relationships 67 -> 42 (-25 > 18.6 points), results
	// 40 -> 77: both reliable, in opposite directions.
	if out.Dimensions["relationships"]["verdict"] != "declined" || out.Dimensions["results"]["verdict"] != "improved" {
		t.Errorf("verdicts = %v / %v", out.Dimensions["relationships"]["verdict"], out.Dimensions["results"]["verdict"])
	}
	if len(out.Items) != 24 {
		t.Errorf("%d items, want 24", len(out.Items))
	}
}

func TestCompareDefaultsAndErrors(t *testing.T) {
	db := yearDB(t)
	r := leadcheck(t, db, "", "compare")
	if r.code != 0 || !strings.Contains(r.stdout, "Relationship-building") {
		t.Errorf("compare: %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	empty := filepath.Join(t.TempDir(), "e.db")
	leadcheck(t, empty, "", "take", "--answers", "../examples/year/2026-01-12.yaml")
	if r := leadcheck(t, empty, "", "compare"); r.code != 1 || !strings.Contains(r.stderr, "no earlier check-in") {
		t.Errorf("compare with one check-in: %d %q", r.code, r.stderr)
	}
	if r := leadcheck(t, db, "", "compare", "1999"); r.code != 1 {
		t.Errorf("compare unknown id: %d %q", r.code, r.stderr)
	}
	if _, err := os.Stat(db); err != nil {
		t.Fatal(err)
	}
}

// --since takes each check-in on the date it is shown with, where it was
// taken, in whatever time zone trend runs: 22:00 on 31 Oct at −5 is
// 1 Nov in UTC, 01:00 on 1 Nov at +9 is 31 Oct in UTC.
func TestTrendSinceByTheDateShown(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	for _, at := range []string{"2026-10-30T09:00:00Z", "2026-10-31T22:00:00-05:00", "2026-11-01T01:00:00+09:00", "2026-11-02T09:00:00Z"} {
		if r := leadcheck(t, db, sheet(4, "taken_at: "+at+"\n"), "take", "--answers", "-"); r.code != 0 {
			t.Fatalf("take at %s: %s", at, r.stderr)
		}
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--since", "2026-11-01"}, []string{"2026-11-01T01:00:00+09:00", "2026-11-02T09:00:00Z"}},
		// In the order they were taken: 01:00 at +9 came first.
		{[]string{"--since", "2026-10-31"}, []string{"2026-11-01T01:00:00+09:00", "2026-10-31T22:00:00-05:00", "2026-11-02T09:00:00Z"}},
	} {
		r := leadcheck(t, db, "", append([]string{"trend", "--json"}, tc.args...)...)
		var out struct {
			Series []struct {
				TakenAt string `json:"taken_at"`
			} `json:"series"`
		}
		if err := json.Unmarshal([]byte(r.stdout), &out); r.code != 0 || err != nil {
			t.Fatalf("trend %v: exit %d, %v\n%s", tc.args, r.code, err, r.stderr)
		}
		var got []string
		for _, p := range out.Series {
			got = append(got, p.TakenAt)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("trend %v: %q; want %q", tc.args, got, tc.want)
		}
	}
}

// A history with no check-ins is said the same way by history and trend,
// in either mode; a window with none says so of the window.
func TestTrendEmptyAsHistory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	const none = "No check-ins yet. Run 'leadcheck take' to take the first one (about five minutes).\n"
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"history"}, none},
		{[]string{"trend"}, none},
		{[]string{"--accessible", "trend"}, none},
		{[]string{"trend", "--since", "2026-01-01"}, "No check-ins in this window yet. Run 'leadcheck take' to take one.\n"},
	} {
		if r := leadcheck(t, db, "", tt.args...); r.code != 0 || r.stdout != tt.want {
			t.Errorf("%v: exit %d, got %q, want %q (%s)", tt.args, r.code, r.stdout, tt.want, r.stderr)
		}
	}
}

// --height is the height of the whole page, as its help says: honoured
// between the rows the page needs and the 24 rows its score chart grows
// to, and never a taller or shorter page than the help promises.
func TestTrendHeightIsThePage(t *testing.T) {
	db := yearDB(t)
	help := leadcheck(t, db, "", "trend", "--help").stdout
	if !strings.Contains(help, "rows of the whole page, 10 to 500 (default 24); it takes at least the 16 or so it needs, and its score chart grows to 24 rows at most") {
		t.Errorf("trend --help does not say what --height sets:\n%s", help)
	}
	for _, tt := range []struct {
		height string
		lines  int
	}{{"10", 16}, {"16", 16}, {"24", 24}, {"41", 41}, {"500", 41}} {
		r := leadcheck(t, db, "", "trend", "--width", "80", "--height", tt.height)
		if got := strings.Count(r.stdout, "\n"); r.code != 0 || got != tt.lines {
			t.Errorf("trend --height %s: exit %d, %d lines, want %d", tt.height, r.code, got, tt.lines)
		}
	}
}

// The examples in the help of the commands that read run as written on
// the README's example year, ids included (those that name other files
// aside).
func TestReadingExamplesRunOnTheExampleYear(t *testing.T) {
	db := yearDB(t)
	root := newRoot(Env{})
	ran := 0
	for _, name := range []string{"show", "compare", "trend", "history", "doctor", "due"} {
		cmd, _, err := root.Find([]string{name})
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(cmd.Example) {
			args := strings.Fields(line)
			if len(args) < 2 || args[0] != "leadcheck" || strings.ContainsAny(line, "~|>&") {
				continue
			}
			ran++
			if r := leadcheck(t, db, "", args[1:]...); r.code != 0 && !(name == "due" && r.code == 1) {
				t.Errorf("%s: exit %d\n%s", strings.TrimSpace(line), r.code, r.stderr)
			}
		}
	}
	if ran < 8 {
		t.Errorf("only %d examples ran", ran)
	}
}
