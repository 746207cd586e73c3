package cli

import (
	"errors"
	"io"
	"math"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// readCSV writes the CSV of every check-in in s to buf, as writeCSV
// writes it from whole records, and says how many rows it wrote. The
// rows come from the summaries, which hold every cell (see
// store.EachScoredSummary), and are written as they come, so that no
// record is read and nothing but the text is held. When a check-in has a
// score the current questionnaire lacks, the columns are not known until
// the end, so the table is written again from whole records.
func readCSV(buf *chunks, q *assessment.Questionnaire, s *store.Store) (int, error) {
	dims, facets := csvColumns(q)
	t := newCSVTable(buf, dims, facets)
	n := 0
	err := s.EachScoredSummary(func(r assessment.Summary) error {
		if !only(r.Dimensions, dims) || !only(r.Facets, facets) {
			return errOtherColumns
		}
		n++
		t.row(r)
		return nil
	})
	if errors.Is(err, errOtherColumns) {
		buf.Reset()
		f, err := s.ExportWithout(version(), exportLeavesOut["csv"]...)
		if err != nil {
			return 0, err
		}
		return len(f.CheckIns), writeCSV(buf, q, f.CheckIns)
	}
	if err != nil {
		return 0, err
	}
	return n, t.flush()
}

// errOtherColumns stops readCSV at a check-in with a column of its own.
var errOtherColumns = errors.New("a check-in scores what the questionnaire does not")

// only reports whether every id scored is among ids.
func only(scores map[string]assessment.Score, ids []string) bool {
	if len(scores) > len(ids) {
		return false
	}
	for id := range scores {
		if !slices.Contains(ids, id) {
			return false
		}
	}
	return true
}

// csvColumns are the current questionnaire's dimensions and facets.
func csvColumns(q *assessment.Questionnaire) (dims, facets []string) {
	for _, d := range q.Dimensions {
		dims = append(dims, d.ID)
	}
	for _, f := range q.Facets {
		facets = append(facets, f.ID)
	}
	return dims, facets
}

// csvTable writes the CSV row by row, its header first, as a csv.Writer
// with CRLF line ends writes it (see appendCSVCell): the dates and
// numbers it writes itself never need quotes, and each profile's cell is
// made once, so a row is one append after another into one buffer, not
// ten thousand slices of cells and their dates as strings.
type csvTable struct {
	w            io.Writer
	line         []byte // one row, reused
	err          error
	dims, facets []string
	// numbers holds each score's cell once written: scores move in
	// steps, so ten thousand rows repeat a few hundred values, and
	// formatting each anew was a good part of writing a row.
	numbers map[uint64]string
	// profiles holds each profile's cell, as few profiles recur.
	profiles map[string][]byte
}

func newCSVTable(w io.Writer, dims, facets []string) *csvTable {
	t := &csvTable{w: w, dims: dims, facets: facets, numbers: map[uint64]string{}, profiles: map[string][]byte{}}
	header := append(append(append([]string{"id", "date"}, dims...), "balance"), facets...)
	for i, h := range append(header, "profile", "warnings") {
		if i > 0 {
			t.line = append(t.line, ',')
		}
		t.line = appendCSVCell(t.line, textCell(h))
	}
	t.end()
	return t
}

func (t *csvTable) row(r assessment.Summary) {
	t.line = appendCSVCell(t.line, textCell(r.ID))
	t.line = r.TakenAt.AppendFormat(append(t.line, ','), time.RFC3339)
	for _, d := range t.dims {
		t.line = append(append(t.line, ','), t.number(r.Dimensions[d])...)
	}
	t.line = append(append(t.line, ','), t.number(r.Balance)...)
	for _, f := range t.facets {
		t.line = append(append(t.line, ','), t.number(r.Facets[f])...)
	}
	t.line = append(t.line, ',')
	if r.Profile != nil {
		cell, ok := t.profiles[r.Profile.Name]
		if !ok {
			cell = appendCSVCell(nil, textCell(r.Profile.Name))
			t.profiles[r.Profile.Name] = cell
		}
		t.line = append(t.line, cell...)
	}
	t.line = append(t.line, ',')
	if len(r.WarningCodes) > 0 {
		t.line = appendCSVCell(t.line, textCell(codeList(r.WarningCodes, ";")))
	}
	t.end()
}

// end ends the row and writes it.
func (t *csvTable) end() {
	t.line = append(t.line, "\r\n"...)
	if t.err == nil {
		_, t.err = t.w.Write(t.line)
	}
	t.line = t.line[:0]
}

// number is number(s), each value formatted once.
func (t *csvTable) number(s assessment.Score) string {
	if !s.Valid {
		return ""
	}
	key := math.Float64bits(s.Value) // -0 and 0 are written apart
	text, ok := t.numbers[key]
	if !ok {
		text = number(s)
		t.numbers[key] = text
	}
	return text
}

func (t *csvTable) flush() error { return t.err }

// appendCSVCell appends s as one cell of a CSV record, as encoding/csv's
// Writer with UseCRLF writes it: in quotes when it holds a comma, a quote,
// a line break, or is \. or begins with a space of any kind; inside the
// quotes a quote is doubled, a line feed becomes CR LF and a lone
// carriage return is dropped. TestCSVCellIsEncodingCSV and FuzzCSVCell
// hold the two alike.
func appendCSVCell(b []byte, s string) []byte {
	if !csvNeedsQuotes(s) {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b = append(b, '"', '"')
		case '\n':
			b = append(b, '\r', '\n')
		case '\r':
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

func csvNeedsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s == `\.` || strings.ContainsAny(s, ",\"\r\n") {
		return true
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(first)
}
