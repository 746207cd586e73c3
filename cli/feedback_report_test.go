package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestFeedbackReportGapsInTheRoundsWindow: the statements with the largest
// gaps read as the form asked them, in the window of the round's cadence,
// never with the questionnaire's placeholder.
func TestFeedbackReportGapsInTheRoundsWindow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	if r := leadcheck(t, db, "", "cadence", "2w"); r.code != 0 {
		t.Fatalf("cadence: %s", r.stderr)
	}
	if r := leadcheck(t, db, sheet(4, ""), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: %s", r.stderr)
	}
	formPath := filepath.Join(dir, "form.yaml")
	if r := leadcheck(t, db, "", "feedback", "start", "-o", formPath); r.code != 0 {
		t.Fatalf("start: %s", r.stderr)
	}
	form, err := os.ReadFile(formPath)
	if err != nil {
		t.Fatal(err)
	}
	inbox := filepath.Join(dir, "inbox")
	os.Mkdir(inbox, 0o700)
	// The same answers with different comments are three responses.
	for _, name := range []string{"a", "b", "c"} {
		writeTestFile(t, filepath.Join(inbox, name+".yaml"), fillForm(t, form, "peer", 1, "Comment "+name))
	}
	if r := leadcheck(t, db, "", "feedback", "add", inbox); r.code != 0 {
		t.Fatalf("add: %s", r.stderr)
	}
	// Self all 4s scores a statement 75 (a reversed one 25); the team's
	// 1s score 0 (a reversed one 100): every gap is 75 points either way.
	r := leadcheck(t, db, "", "feedback", "report")
	_, gaps, found := strings.Cut(r.stdout, "Where you and your team differ most (you − team, in points):\n")
	if r.code != 0 || !found {
		t.Fatalf("report: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	lines := strings.Split(strings.TrimRight(gaps, "\n"), "\n")
	if len(lines) < 5 {
		t.Fatalf("want 5 statements with gaps, got:\n%s", gaps)
	}
	line := regexp.MustCompile(`^   [+−]75  In the last two weeks, I [a-z]`)
	for _, l := range lines[:5] {
		if !line.MatchString(l) {
			t.Errorf("gap line %q does not match %s", l, line)
		}
	}
}

// halfRound is a database whose check-in scores relationships 62.5
// (see halfSheet) and trust 66.7 (4, 3 and 4 keyed), with a feedback
// round of three observers answering 4 throughout: 58.3 on every side
// and facet. args come before each command (--questions, say).
func halfRound(t *testing.T, args ...string) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	lc := func(stdin string, more ...string) run {
		return leadcheck(t, db, stdin, append(append([]string{}, args...), more...)...)
	}
	if r := lc(halfSheet(), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: %s", r.stderr)
	}
	formPath := filepath.Join(dir, "form.yaml")
	if r := lc("", "feedback", "start", "-o", formPath); r.code != 0 {
		t.Fatalf("start: %s", r.stderr)
	}
	form, err := os.ReadFile(formPath)
	if err != nil {
		t.Fatal(err)
	}
	inbox := filepath.Join(dir, "inbox")
	os.Mkdir(inbox, 0o700)
	for _, name := range []string{"a", "b", "c"} {
		writeTestFile(t, filepath.Join(inbox, name+".yaml"), fillForm(t, form, "peer", 4, "Comment "+name))
	}
	if r := lc("", "feedback", "add", inbox); r.code != 0 {
		t.Fatalf("add: %s", r.stderr)
	}
	return db
}

// A gap is the difference of the two scores printed beside it, as a
// change between check-ins is: 63 beside 58 is +5, though the exact
// 62.5 − 58.3 is 4.2.
func TestFeedbackReportGapAddsUpToTheScoresShown(t *testing.T) {
	r := leadcheck(t, halfRound(t), "", "feedback", "report")
	if r.code != 0 {
		t.Fatalf("report: exit %d, %s", r.code, r.stderr)
	}
	for _, row := range []string{
		`(?m)^Relationship-building +63 +58 ±\d+ +\+5 `,
		`(?m)^  Trust and listening +67 +58 ±\d+ +\+9 `,
		`(?m)^Results focus +0 +58 ±\d+ +−58 `,
	} {
		if !regexp.MustCompile(row).MatchString(r.stdout) {
			t.Errorf("no row matching %s in:\n%s", row, r.stdout)
		}
	}
}

// A facet named in wide characters keeps the columns after it in line.
func TestFeedbackReportWideNames(t *testing.T) {
	qf := filepath.Join(t.TempDir(), "wide.yaml")
	wide := strings.Replace(string(defaultQuestions), "    name: Trust and listening\n", "    name: 信頼と傾聴\n", 1)
	writeTestFile(t, qf, []byte(strings.Replace(wide, "version: 2\n", "version: 3\n", 1)))
	r := leadcheck(t, halfRound(t, "--questions", qf), "", "--questions", qf, "feedback", "report")
	if r.code != 0 {
		t.Fatalf("report: exit %d, %s", r.code, r.stderr)
	}
	// 信頼と傾聴 takes ten cells, as many as "Trust and ".
	for _, want := range []string{
		"\n                               YOU  TEAM",
		"\n  信頼と傾聴                   67   58 ±",
		"\n  Energy and sustainable pace  67   58 ±",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("missing %q in:\n%s", want, r.stdout)
		}
	}
}

// A round closed below its minimum never shows the team's scores: the
// report says so and points at a new round, rather than counting the
// responses still needed, which 'feedback add' would refuse.
func TestFeedbackReportClosedBelowMinimum(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "history.db")
	if r := leadcheck(t, db, halfSheet(), "take", "--answers", "-"); r.code != 0 {
		t.Fatalf("take: %s", r.stderr)
	}
	if r := leadcheck(t, db, "", "feedback", "start", "-o", filepath.Join(dir, "form.yaml")); r.code != 0 {
		t.Fatalf("start: %s", r.stderr)
	}
	if r := leadcheck(t, db, "", "feedback", "close"); r.code != 0 {
		t.Fatalf("close: %s", r.stderr)
	}
	r := leadcheck(t, db, "", "feedback", "report")
	want := "The round closed before enough came in, so your team's scores are never shown; " +
		"to hear from them, start a new round with 'leadcheck feedback start'.\n"
	if r.code != 0 || !strings.HasSuffix(r.stdout, want) || strings.Contains(r.stdout, "more are needed") {
		t.Errorf("exit %d, stdout %q\nwant it to end %q", r.code, r.stdout, want)
	}
}

// A round named as no round id is written is a usage error (exit 2), as
// a malformed check-in id is for show; a well-formed id the database
// does not hold is an error (exit 1).
func TestFeedbackRoundArgument(t *testing.T) {
	db := filepath.Join(t.TempDir(), "history.db")
	if r := leadcheck(t, db, "", "feedback", "start", "-o", filepath.Join(t.TempDir(), "f.yaml")); r.code != 0 {
		t.Fatalf("start: %s", r.stderr)
	}
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"report", "2026/11/30"}, 2},
		{[]string{"form", "Round 1"}, 2},
		{[]string{"close", "Nov_30"}, 2},
		{[]string{"report", "2025-01-01"}, 1},
		{[]string{"close", "2025-01-01"}, 1},
	}
	for _, tt := range tests {
		if r := leadcheck(t, db, "", append([]string{"feedback"}, tt.args...)...); r.code != tt.code {
			t.Errorf("feedback %v: exit %d, want %d (%s)", tt.args, r.code, tt.code, r.stderr)
		}
	}
}
