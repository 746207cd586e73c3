package cli

import (
	"encoding/csv"
	"errors"
	"io"
	"math"
	"slices"
	"time"

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

// csvTable writes the CSV row by row, its header first.
type csvTable struct {
	cw           *csv.Writer
	dims, facets []string
	cells        []string // one row, reused
	// numbers holds each score's cell once written: scores move in
	// steps, so ten thousand rows repeat a few hundred values, and
	// formatting each anew was a good part of writing a row.
	numbers map[uint64]string
	// profiles holds each profile's cell, as few profiles recur.
	profiles map[string]string
}

func newCSVTable(w io.Writer, dims, facets []string) *csvTable {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := append(append(append([]string{"id", "date"}, dims...), "balance"), facets...)
	for i, h := range header {
		header[i] = textCell(h)
	}
	cw.Write(append(header, "profile", "warnings"))
	return &csvTable{cw: cw, dims: dims, facets: facets, numbers: map[uint64]string{}, profiles: map[string]string{}}
}

func (t *csvTable) row(r assessment.Summary) {
	row := append(t.cells[:0], textCell(r.ID), r.TakenAt.Format(time.RFC3339))
	for _, d := range t.dims {
		row = append(row, t.number(r.Dimensions[d]))
	}
	row = append(row, t.number(r.Balance))
	for _, f := range t.facets {
		row = append(row, t.number(r.Facets[f]))
	}
	profile := ""
	if r.Profile != nil {
		var ok bool
		if profile, ok = t.profiles[r.Profile.Name]; !ok {
			profile = textCell(r.Profile.Name)
			t.profiles[r.Profile.Name] = profile
		}
	}
	t.cells = append(row, profile, textCell(codeList(r.WarningCodes, ";")))
	t.cw.Write(t.cells)
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

func (t *csvTable) flush() error {
	t.cw.Flush()
	return t.cw.Error()
}
