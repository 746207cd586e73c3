package cli

import (
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/internal/safetext"
)

// table lays out rows of cells in columns as text/tabwriter does with a
// minimum width of 0, a padding of 2 and spaces (every cell but a row's
// last padded to its column's widest cell plus two), byte for byte, for
// rows that all have the same number of cells. Unlike tabwriter, which
// counts characters, it counts the cells a terminal gives them, so a
// profile named in Japanese or Chinese keeps the columns after it in
// line.
// A cell's text is appended to text, then cell ends it. It keeps the
// rows as one text and where each cell ends, which for a
// history of ten thousand is a fraction of what tabwriter keeps, and
// measures each cell once, as it comes.
type table struct {
	text   []byte
	ends   []int // where each cell of each row ends in text
	widths []int // the widest cell of each column but the last
	cells  int   // cells in a row
}

// newTable makes a table of rows of cells; rows (a guess is fine) sizes
// its text and index once, rather than growing them, and each copy
// left behind, row by row.
func newTable(cells, rows int) *table {
	return &table{cells: cells, widths: make([]int, cells-1),
		text: make([]byte, 0, rows*cells*bytesPerCell), ends: make([]int, 0, rows*cells)}
}

// bytesPerCell is about what a cell of the history's table takes.
const bytesPerCell = 14

// cell ends the cell whose text was appended to t.text since the last.
func (t *table) cell() {
	start := 0
	if len(t.ends) > 0 {
		start = t.ends[len(t.ends)-1]
	}
	if i := len(t.ends) % t.cells; i < len(t.widths) {
		t.widths[i] = max(t.widths[i], cellWidth(t.text[start:]))
	}
	t.ends = append(t.ends, len(t.text))
}

// add appends a cell of text.
func (t *table) add(text string) {
	t.text = append(t.text, text...)
	t.cell()
}

// rows is how many rows were added.
func (t *table) rows() int { return len(t.ends) / t.cells }

// writeTo writes the table to w through line, a reused buffer.
func (t *table) writeTo(w io.Writer) error {
	var line []byte
	start := 0
	for r := range t.rows() {
		line = line[:0]
		for i := range t.cells {
			end := t.ends[r*t.cells+i]
			cell := t.text[start:end]
			line = append(line, cell...)
			if i < len(t.widths) {
				for n := cellWidth(cell); n < t.widths[i]+2; n++ {
					line = append(line, ' ')
				}
			}
			start = end
		}
		line = append(line, '\n')
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
	return nil
}

// cellWidth is how many terminal cells a cell's text takes. Every row
// has a balance with a true minus, an arrow or "≈": characters below
// U+1100, or among the punctuation, arrows and operators of U+2000 to
// U+22FF, that are not combining or invisible take one cell each, so
// only other text (a name in Japanese, say) is measured per grapheme
// cluster, which costs far more.
func cellWidth(text []byte) int {
	n := 0
	for i := 0; i < len(text); n++ {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		if r >= 0x1100 && r < 0x2000 || r >= 0x2300 || r == utf8.RuneError || unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			return safetext.Width(string(text))
		}
		i += size
	}
	return n
}
