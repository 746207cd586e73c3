package cli

import (
	"bytes"
	"strings"
	"testing"
	"text/tabwriter"
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
