package cli

import (
	"bytes"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/leadcheck/leadcheck/internal/safetext"
)

// The table lays rows out as text/tabwriter (padding 2, spaces) does.
func TestTableIsTabwriter(t *testing.T) {
	for _, rows := range [][][]string{
		{{"ID", "SCORE", "NOTE"}},
		{{"ID", "SCORE", "NOTE"}, {"20261129-090000-1", "63 ± 13", "yes"}, {"x", "", ""}},
		{{"a", "", "last cell is never padded"}, {"ééé", "→ results", ""}, {"", "b", "c"}},
	} {
		var want bytes.Buffer
		tw := tabwriter.NewWriter(&want, 0, 0, 2, ' ', 0)
		tb := newTable(len(rows[0]), 1)
		for _, r := range rows {
			tw.Write([]byte(strings.Join(r, "\t") + "\n"))
			for _, c := range r {
				tb.add(c)
			}
		}
		tw.Flush()
		var got bytes.Buffer
		if err := tb.writeTo(&got); err != nil || got.String() != want.String() {
			t.Errorf("%q:\n got %q, %v\nwant %q", rows, got.String(), err, want.String())
		}
		if tb.rows() != len(rows) {
			t.Errorf("%q: %d rows, want %d", rows, tb.rows(), len(rows))
		}
	}
}

// A wide character takes two cells of a terminal, and the columns after
// it stay in line: tabwriter, counting characters, would pad 生産
// (two characters, four cells) as if it took two.
func TestTableCountsTerminalCells(t *testing.T) {
	tb := newTable(3, 3)
	for _, c := range []string{"PROFILE", "NOTE", "X", "生産的", "yes", "", "é≈→", "", "x"} {
		tb.add(c)
	}
	want := "PROFILE  NOTE  X\n" +
		"生産的   yes   \n" +
		"é≈→            x\n"
	var got bytes.Buffer
	if err := tb.writeTo(&got); err != nil || got.String() != want {
		t.Errorf("got\n%q, %v\nwant\n%q", got.String(), err, want)
	}
}

// cellWidth's short way for the table's own characters gives what
// safetext.Width measures.
func TestCellWidthIsSafetextWidth(t *testing.T) {
	for _, s := range []string{"", "plain", "+8 ≈ balanced", "−17 ← relationships", "–", "é≈→", "生産的", "한글",
		"e\u0301", "a\u200bb", "x␊y", "👍ok", "\u20ddx", "ok\u2060"} {
		if got, want := cellWidth([]byte(s)), safetext.Width(s); got != want {
			t.Errorf("cellWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
