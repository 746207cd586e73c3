package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/leadcheck/leadcheck/assessment"
)

// compareOpen seeds n monthly check-ins and presses c on home.
func compareOpen(t *testing.T, n, w, h int) (*driver, []assessment.CheckIn) {
	t.Helper()
	q := testQuestionnaire(t)
	s := openStore(t)
	recs := historySeed(t, s, q, n)
	d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, w, h)
	d.press("c")
	return d, recs
}

// compareVersions seeds eleven months with questions.yaml and the twelfth
// with questions-v2.yaml, which rewords trust-2, adds growth-3 and drops
// momentum-2, and opens the app on version 2.
func compareVersions(t *testing.T, w, h int) *driver {
	t.Helper()
	q1, q2 := testQuestionnaire(t), compareQuestionnaireV2(t)
	s := openStore(t)
	historySeed(t, s, q1, 11)
	historySeedFrom(t, s, q2, 11, 1)
	return newDriver(t, appOptions{Questionnaire: q2, Store: s, Now: newClock().now}, w, h)
}

func compareQuestionnaireV2(t *testing.T) *assessment.Questionnaire {
	t.Helper()
	return parseQuestionnaire(t, filepath.Join("testdata", "questions-v2.yaml"))
}

// From month 10 to month 11 (see history_test.go): relationships 25 to
// 56.25, +31.25 against a threshold of 1.96 * sqrt(2) * 15 * sqrt(0.2) =
// 18.59, a reliable improvement; results 87.5 to 75, shown 88 to 75, -13:
// within noise. Facets: trust 12.5 to 62.5 (+50), objectives 87.5 to 62.5
// (-25), growth 37.5 to 50 (+12.5, shown 38 to 50), momentum unchanged.
func TestCompareFromHomeDefaultsToLatestTwo(t *testing.T) {
	d, _ := compareOpen(t, 12, 80, 24)
	v := d.view()
	mustContain(t, v, "leadcheck · Compare", "Check-ins 11 and 12 of 12",
		"Fri 12 Sep 2025, 09:00 → Sun 12 Oct 2025, 09:00", "30 days apart",
		"A change needs ±18.6 points to be reliable (RCI ±1.96).",
		"[/] older • {/} newer • ↑/↓ scroll • q back • ? more keys")
	for label, want := range map[string]string{
		"Relationship-building ": "Relationship-building      25      56     +31  ▲ reliable improvement",
		"Results focus ":         "Results focus              88      75     −13  ≈ within noise",
		"Balance ":               "Balance                   +63     +19     −44  closer to balanced",
		"Trust and listening":    "Trust and listening                      13      63     +50",
		"Clear objectives":       "Clear objectives                         88      63     −25",
	} {
		if got := optionLine(t, v, label); got != want {
			t.Errorf("row %q:\n got %q\nwant %q", label, got, want)
		}
	}
	if f, o, g := strings.Index(v, "Trust and listening"), strings.Index(v, "Clear objectives"),
		strings.Index(v, "Developing people"); !(f < o && o < g) {
		t.Error("facets should be listed largest change first")
	}
}

func TestCompareListsChangedStatementsLargestFirst(t *testing.T) {
	d, _ := compareOpen(t, 12, 160, 48)
	v := d.view()
	// Keyed changes: trust-1 +2, trust-2 +2, objectives-2 -2, growth-2 +2,
	// growth-1 -1; the other three were answered the same.
	mustContain(t, v, "Statements, largest change first",
		// Wrapped beside the reliability note, so in two parts.
		"+2  In the last four weeks, I let team members finish explaining a problem", "before I gave my view.",
		"Disagree → Agree",
		"−1  In the last four weeks, I did a task myself",
		"3 other statements were answered the same both times.")
	if two, one := strings.Index(v, "−2  In the last"), strings.Index(v, "−1  In the last"); two < 0 || one < two {
		t.Error("a change of 2 should come before a change of 1")
	}
	mustNotContain(t, v, "Not compared")
}

func TestCompareMovesEitherSide(t *testing.T) {
	d, _ := compareOpen(t, 12, 80, 24)
	for _, step := range []struct{ key, want string }{
		{"[", "Check-ins 10 and 12 of 12"},
		{"]", "Check-ins 11 and 12 of 12"},
		{"]", "Check-ins 11 and 12 of 12"}, // the older side stays older
		{"{", "Check-ins 11 and 12 of 12"},
		{"}", "Check-ins 11 and 12 of 12"}, // nothing newer
		{"[", "Check-ins 10 and 12 of 12"},
		{"{", "Check-ins 10 and 11 of 12"},
	} {
		d.press(step.key)
		mustContain(t, d.view(), step.want)
	}
	mustContain(t, d.view(), "Tue 12 Aug 2025, 09:00 → Fri 12 Sep 2025, 09:00")
	d.press("?")
	mustContain(t, d.view(), "[ older: earlier", "] older: later", "{ newer: earlier", "} newer: later")
}

func TestCompareNeedsTwoCheckIns(t *testing.T) {
	d, _ := compareOpen(t, 0, 80, 24)
	mustContain(t, d.view(), "A comparison needs two check-ins, and there are none yet. Press t to take your first one.", "t take a check-in")
	d, _ = compareOpen(t, 1, 80, 24)
	v := d.view()
	mustContain(t, v, "A comparison needs two check-ins, and there is one so far.", "q back")
	mustNotContain(t, v, "scroll", "Scores")
	d.press("[", "t")
	mustContain(t, d.view(), "Statement 1 of 8")
}

func TestCompareBackReturnsWhereItCameFrom(t *testing.T) {
	d, _ := compareOpen(t, 12, 80, 24)
	d.press("q")
	mustContain(t, d.view(), "Last check-in", "12 check-ins so far")

	d, _, recs := historyOpen(t, 12, 80, 24)
	d.press("down", "down", "c")
	mustContain(t, d.view(), "Check-ins 9 and 10 of 12", "Sat 12 Jul 2025, 09:00 → Tue 12 Aug 2025, 09:00")
	d.press("esc")
	if row := historyRowOf(t, d.view(), recs[9]); !strings.HasPrefix(row, "›") {
		t.Errorf("back from the comparison should keep the history row: %q", row)
	}
}

func TestCompareFromHistoryMarkedAndSelected(t *testing.T) {
	d, _, recs := historyOpen(t, 12, 80, 24)
	d.press("down", "down", "down", "down", "down", " ") // mark recs[6]
	mustContain(t, d.view(), "◆ Mon 12 May 2025, 09:00 marked: press c on another check-in to compare.")
	if row := historyRowOf(t, d.view(), recs[6]); !strings.HasPrefix(row, "›◆") {
		t.Errorf("the marked row should show the mark: %q", row)
	}
	d.press("c")
	mustContain(t, d.view(), "Move to another check-in to compare it with the marked one.")
	d.press("home", "down", "c") // recs[10], newer than the mark
	mustContain(t, d.view(), "Check-ins 7 and 11 of 12", "Mon 12 May 2025, 09:00 → Fri 12 Sep 2025, 09:00")
	d.press("q", "end", "c") // recs[0], older than the mark: still oldest first
	mustContain(t, d.view(), "Check-ins 1 and 7 of 12", "Tue 12 Nov 2024, 09:00 → Mon 12 May 2025, 09:00")
	d.press("q", " ", "c") // the mark moves to the oldest, which has nothing before it
	mustContain(t, d.view(), "Move to another check-in")
	d.press(" ", "c") // unmarked again: the first check-in has nothing before it
	mustContain(t, d.view(), "This is your first check-in: mark another with space to compare.")
}

func TestCompareMarksQuestionnaireChanges(t *testing.T) {
	d := compareVersions(t, 80, 24)
	d.press("c")
	mustContain(t, d.view(), "These check-ins were answered with different versions of the questionnaire (1 and 2): "+
		"1 reworded, 1 added, 1 removed. Only the statements in both are compared")
	d.press("end")
	v := d.view()
	mustContain(t, v, "Not compared")
	for tag, text := range map[string]string{
		"reworded": "I cut a team member off",
		"added":    "I handed a team member a",
		"removed":  "I left my team waiting",
	} {
		if line := optionLine(t, v, text); !strings.Contains(line, tag+"  ") {
			t.Errorf("%q should be marked %s: %q", text, tag, line)
		}
	}
	mustNotContain(t, v, "interrupted team members") // the old wording is not compared
}

func TestRenderComparisonThresholdPerDimension(t *testing.T) {
	q := testQuestionnaire(t)
	q.Dimensions[1].Reference = assessment.Reference{SD: 10, Reliability: 0.9}
	from, to := compareRecord(q, historyAnswers(q, 10), oct12), compareRecord(q, historyAnswers(q, 11), t0)
	out := RenderComparison(q, from, to, assessment.Compare(q, compareSide(from), compareSide(to)), assessment.DefaultCadence, 80, DefaultStyles("none"))
	// Results: -12.5 / (sqrt(2) * 10 * sqrt(0.1)) = -2.80, past -1.96; a
	// reliable change needs 1.96 * 4.47 = 8.77 points.
	mustContain(t, out, "Sun 12 Oct 2025, 18:30 → Sat 29 Nov 2025, 09:00", "48 days apart",
		"▼ reliable decline",
		"Relationship-building needs ±18.6 points to be reliable (RCI ±1.96). "+
			"Results focus needs ±8.8 points to be reliable (RCI ±1.96).")
}

func TestRenderComparisonMarksSkippedStatements(t *testing.T) {
	q := testQuestionnaire(t)
	a := historyAnswers(q, 11)
	delete(a, "trust-1")
	from, to := compareRecord(q, historyAnswers(q, 10), oct12), compareRecord(q, a, t0)
	out := RenderComparison(q, from, to, assessment.Compare(q, compareSide(from), compareSide(to)), assessment.DefaultCadence, 80, DefaultStyles("none"))
	if line := optionLine(t, out, "I let team members finish explaining"); !strings.HasPrefix(line, "skipped 29 Nov  ") {
		t.Errorf("a statement skipped the second time should be marked: %q", line)
	}
	mustNotContain(t, out, "These check-ins were answered with different versions")
}

func TestRenderComparisonFitsWidth(t *testing.T) {
	q1, q2 := testQuestionnaire(t), compareQuestionnaireV2(t)
	from, to := compareRecord(q1, historyAnswers(q1, 3), oct12), compareRecord(q2, historyAnswers(q2, 4), t0)
	cmp := assessment.Compare(q2, assessment.Side{Questionnaire: q1, Answers: from.Answers,
		Dimensions: from.Scores.Dimensions, Facets: from.Scores.Facets}, compareSide(to))
	for _, w := range []int{56, 76, 100, 119, 120, 156} {
		out := RenderComparison(q2, from, to, cmp, assessment.DefaultCadence, w, DefaultStyles("none"))
		for i, l := range strings.Split(out, "\n") {
			if lipgloss.Width(l) > w {
				t.Errorf("width %d: line %d is %d wide: %q", w, i, lipgloss.Width(l), l)
			}
		}
		mustContain(t, out, "Scores", "Facets, largest change first", "Statements, largest change first", "reworded")
	}
}

func compareRecord(q *assessment.Questionnaire, a assessment.Answers, at time.Time) assessment.CheckIn {
	return assessment.NewCheckIn(q, a, assessment.Evaluate(q, a, nil), at, "")
}

// compareSide is a record answered with the questionnaire compared with.
func compareSide(r assessment.CheckIn) assessment.Side {
	return assessment.Side{Answers: r.Answers, Dimensions: r.Scores.Dimensions, Facets: r.Scores.Facets}
}

// Every state of both screens, with the real questionnaire, fits every
// supported size.
func TestHistoryAndCompareFitTheWindow(t *testing.T) {
	q := parseQuestionnaire(t, "../questions.yaml")
	for _, size := range [][2]int{{60, 20}, {80, 24}, {120, 36}, {160, 48}} {
		w, h := size[0], size[1]
		s := openStore(t)
		historySeed(t, s, q, 12)
		d := newDriver(t, appOptions{Questionnaire: q, Store: s, Now: newClock().now}, w, h)
		for _, step := range []struct{ keys, screen string }{
			{"h", "history"}, {"?", "history with all keys"}, {"?", "history"},
			{"j  d", "delete question"}, {"n", "history, marked"}, {"\r", "result"},
			{"?", "result with all keys"}, {"q", "history"}, {"c", "comparison"},
			{"?", "comparison with all keys"}, {"G", "comparison, end"}, {"[[{", "comparison moved"},
		} {
			for _, r := range step.keys {
				if r == '\r' {
					d.press("enter")
				} else {
					d.press(string(r))
				}
			}
			v := d.view()
			if n := len(strings.Split(v, "\n")); n > h {
				t.Errorf("%d×%d %s: %d lines", w, h, step.screen, n)
			}
			for i, l := range strings.Split(v, "\n") {
				if lw := lipgloss.Width(l); lw > w {
					t.Errorf("%d×%d %s: line %d is %d wide: %q", w, h, step.screen, i, lw, l)
				}
			}
		}
	}
}

func TestBalanceShift(t *testing.T) {
	q := &assessment.Questionnaire{Dimensions: []assessment.Dimension{{ID: "relationships"}, {ID: "results"}}}
	tests := []struct {
		from, to float64
		want     string
	}{
		// The default references give a balance margin of 18.59, and a
		// move needs sqrt 2 * 18.59 = 26.30 points to count.
		{-27, 20, "now leans results"},
		{25, 3, "now balanced within noise"},
		{2, -3, "still balanced within noise"},
		{60, 30, "closer to balanced"}, // 30 points nearer the middle
		{25, 60, "further from balanced"},
		{40, 25, "still leans results"}, // 15 points: within the noise
	}
	for _, tt := range tests {
		if got := balanceShift(q, assessment.Scored(tt.from), assessment.Scored(tt.to)); got != tt.want {
			t.Errorf("balanceShift(%v, %v) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}

// A side left unscored in one check-in is said to be so in that one, not
// in both.
func TestRenderComparisonSaysWhichWasUnscored(t *testing.T) {
	q := testQuestionnaire(t)
	scored := historyAnswers(q, 10)
	unscored := historyAnswers(q, 11)
	for _, it := range q.ItemsIn(q.RelationshipsDimension().ID) {
		delete(unscored, it.ID)
	}
	for _, tc := range []struct {
		name     string
		from, to assessment.Answers
		want     string
	}{
		{"the first", unscored, scored, "not scored the first time"},
		{"the second", scored, unscored, "not scored the second time"},
		{"both", unscored, unscored, "not scored either time"},
	} {
		from, to := compareRecord(q, tc.from, oct12), compareRecord(q, tc.to, t0)
		out := RenderComparison(q, from, to, assessment.Compare(q, compareSide(from), compareSide(to)), assessment.DefaultCadence, 80, DefaultStyles("none"))
		if line := optionLine(t, out, "Relationship-building "); !strings.HasSuffix(line, tc.want) {
			t.Errorf("%s: %q, want it to end %q", tc.name, line, tc.want)
		}
	}
}

// Where the balance's words do not fit beside its numbers in the left
// column of a wide comparison, they go under them rather than run into
// the statements on the right: the gap between the columns stays blank.
func TestRenderComparisonKeepsTheColumnGap(t *testing.T) {
	q := testQuestionnaire(t)
	// Balanced both times: "still balanced within noise".
	from, to := compareRecord(q, trendsAnswers(q, 12, 12), oct12), compareRecord(q, trendsAnswers(q, 13, 12), t0)
	cmp := assessment.Compare(q, compareSide(from), compareSide(to))
	for _, w := range []int{120, 124, 130, 140, 160, 200} {
		out := RenderComparison(q, from, to, cmp, assessment.DefaultCadence, w, DefaultStyles("none"))
		mustContain(t, out, "still balanced within noise")
		leftW := min(w*55/100, compareLeftMax)
		for i, l := range strings.Split(out, "\n")[1:] { // the title spans both columns
			r := []rune(l)
			if len(r) > leftW && strings.TrimSpace(string(r[leftW:min(len(r), leftW+columnGap)])) != "" {
				t.Errorf("width %d: line %d runs into the gap after column %d: %q", w, i+1, leftW, l)
			}
		}
	}
}

// Colour alone says a change is reliable; without colour (theme "none",
// as NO_COLOR gives) the change carries its verdict's glyph instead, and
// the changes of a column stay aligned.
func TestReliableChangeShowsWithoutColour(t *testing.T) {
	q := testQuestionnaire(t)
	// Relationships 25 to 56, +31: a reliable improvement (see
	// TestCompareFromHomeDefaultsToLatestTwo); results 88 to 75, within noise.
	from, to := compareRecord(q, historyAnswers(q, 10), oct12), compareRecord(q, historyAnswers(q, 11), t0)
	cmp := assessment.Compare(q, compareSide(from), compareSide(to))
	for _, tc := range []struct {
		theme     string
		relLine   string // the end of the result's line
		trustLine string
	}{
		{"none", "56 ±13   +31▲", "Trust and listening                      13      63    +50▲"},
		{"dark", "56 ±13   +31", "Trust and listening                      13      63     +50"},
	} {
		res := RenderResult(q, to, &from, 80, DefaultStyles(tc.theme))
		if got := strings.TrimRight(optionLine(t, res, "Relationship-building "), " "); !strings.HasSuffix(got, tc.relLine) {
			t.Errorf("%s: result %q, want it to end %q", tc.theme, got, tc.relLine)
		}
		out := RenderComparison(q, from, to, cmp, assessment.DefaultCadence, 80, DefaultStyles(tc.theme))
		if got := strings.TrimRight(optionLine(t, out, "Trust and listening"), " "); got != tc.trustLine {
			t.Errorf("%s: compare %q, want %q", tc.theme, got, tc.trustLine)
		}
		// A statement's change has no verdict to mark: the same in both.
		if !strings.Contains(out, "\n +2  In the last four weeks, I let team members finish") {
			t.Errorf("%s: a statement's change is not as in colour:\n%s", tc.theme, out)
		}
	}
}
