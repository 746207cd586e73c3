package tui

import (
	"strings"
	"testing"
)

// dashRunes are the characters of the first line that starts with
// marker after its margin, so that a column is an index.
func dashRunes(t *testing.T, v, marker string) []rune {
	t.Helper()
	for _, l := range strings.Split(v, "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " "), marker) {
			return []rune(l)
		}
	}
	t.Fatalf("no line %q in:\n%s", marker, v)
	return nil
}

// The last two of the twelve monthly check-ins met a commitment. Plain
// output marks them with v in a row under the dates, the latest in the
// chart's last column, as the time axis ends at the latest check-in.
func TestTrendMarksMetCommitments(t *testing.T) {
	q := testQuestionnaire(t)
	v := RenderTrend(q, dashLoopRecords(q), 80, 24, DefaultStyles("dark"), true, false)
	mustContain(t, v, "o Relationship-building   x Results focus   * both   v commitment met")
	met := dashRunes(t, v, "met  ")
	axis := dashRunes(t, v, "└")
	var cols []int
	for i, r := range met {
		if r == 'v' {
			cols = append(cols, i)
		}
	}
	if len(cols) != 2 {
		t.Fatalf("want two marks in the met row, got %q", string(met))
	}
	if end := len(axis) - 1; cols[1] != end {
		t.Errorf("the latest mark is in column %d, the axis ends in %d:\n%s", cols[1], end, v)
	}
	// 12 Oct is 39 of the 352 days before the end: 39/352 of 68 columns
	// (80 less the gutter and the notes), 7.5, so 7 or 8 columns back.
	if back := cols[1] - cols[0]; back < 7 || back > 8 {
		t.Errorf("the marks are %d columns apart, want 7 or 8:\n%s", back, v)
	}

	// Without met commitments there is no row and no legend entry.
	v = RenderTrend(q, trendsRecords(q, 12), 80, 24, DefaultStyles("dark"), true, false)
	mustNotContain(t, v, "commitment met", " met ")
}

func TestTrendsScreenMarksMetCommitments(t *testing.T) {
	q := testQuestionnaire(t)
	s := openStore(t)
	dashSave(t, s, dashLoopRecords(q))
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		d := trendsOpen(t, q, s, size[0], size[1])
		v := d.view()
		trendsFits(t, v, size[0], size[1])
		mustContain(t, v, "✓ commitment met")
		if row := string(dashRunes(t, v, "met  ")); strings.Count(row, "✓") != 2 {
			t.Errorf("%v: met row %q, want two ✓", size, row)
		}
		d.press("t")
		v = d.view()
		mustContain(t, v, "Balance  Met",
			"12 Oct 2025 63 88 +25 ✓ Driver",
			"20 Nov 2025 69 94 +25 ✓ Production",
			"✓ met: a commitment from the check-in before was reviewed as done")
		if got := optionLine(t, v, "30 Sep 2025"); strings.Contains(got, "✓") {
			t.Errorf("30 Sep met nothing: %q", got)
		}
	}
}
