package cli

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

// noCheckInsYet is what the commands that list check-ins say of a
// history with none, each the same way.
const noCheckInsYet = "No check-ins yet. Run 'leadcheck take' to take the first one (about five minutes)."

func newHistory(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "history",
		Short: "List every check-in (newest first)",
		Long: `List every check-in, newest first. With --json, print a JSON array of the
full records, oldest first, for scripts and spreadsheets.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			collectLess(env)
			q, s, err := openBothToRead(env, g)
			if err != nil {
				return err
			}
			if asJSON {
				return printOpen(env, s, func(w io.Writer) error { return writeRecordsJSON(w, s) })
			}
			// The table needs no answers or facets: it reads the
			// summaries, newest first, which say whether there is a note
			// and give the warnings' codes (named in words). The table is
			// laid out once every row is in, so it is written after the
			// close.
			n, err := s.Count()
			if err != nil {
				s.Close()
				return err
			}
			t := newHistoryTable(env, q, n, accessible(env, g))
			err = s.EachNoted(t.row)
			s.Close()
			if err != nil {
				return err
			}
			if t.rows() == 0 {
				fmt.Fprintln(env.Stdout, noCheckInsYet)
				return nil
			}
			return t.flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the records as a JSON array, oldest first")
	return cmd
}

// printHistory writes the table of recs, oldest first, newest at the top.
func printHistory(env Env, q *assessment.Questionnaire, recs []assessment.CheckIn) error {
	t := newHistoryTable(env, q, len(recs), false)
	for _, r := range slices.Backward(recs) {
		if err := t.row(assessment.SummaryOf(r)); err != nil {
			return err
		}
	}
	return t.flush()
}

// historyTable lays out the table. Dates are shown in the time zone each
// check-in was recorded in, as the app shows them, so a check-in taken
// late in the evening keeps its own date. Every cell from outside is made
// safe on its own. Spoken, for the accessible mode, the balance leans in
// words rather than with an arrow a screen reader would name.
type historyTable struct {
	q        *assessment.Questionnaire
	rel, res string
	// relW and resW are the widths of the score columns' titles, under
	// which the scores are right-aligned.
	relW, resW int
	env        Env
	t          *table
	spoken     bool
	// pending is the row last given, written once the next shows whether
	// it shares its day (has says there is one); prevDay is the day of the
	// row written before it. It is kept in place for every row: a row
	// made anew for each of ten thousand cost a tenth of the command.
	pending          historyRow
	has              bool
	prevDay, pendDay int
}

// newHistoryTable titles the score columns with the dimensions' ids, as
// the app's history and the trend table do: RELATIONSHIPS and RESULTS
// for the built-in questionnaire.
func newHistoryTable(env Env, q *assessment.Questionnaire, rows int, spoken bool) *historyTable {
	h := &historyTable{q: q, rel: q.RelationshipsDimension().ID, res: q.ResultsDimension().ID, env: env, spoken: spoken}
	relTitle, resTitle := strings.ToUpper(h.rel), strings.ToUpper(h.res)
	// A score takes up to three columns ("100").
	h.relW, h.resW = max(len(relTitle), 3), max(len(resTitle), 3)
	h.t = newTable(8, rows+1)
	for _, c := range []string{"ID", "DATE", relTitle, resTitle, "BALANCE", "PROFILE", "NOTE", "WARNINGS"} {
		h.t.add(c)
	}
	return h
}

// rows is how many check-ins the table has.
func (h *historyTable) rows() int {
	if h.has {
		return h.t.rows()
	}
	return h.t.rows() - 1
}

// historyRow is what a row shows, kept from a summary whose maps and
// slices the next summary may reuse: the scores as they are, the other
// cells as text.
type historyRow struct {
	id       string
	at       time.Time
	rel, res assessment.Score
	cells    [4]string // balance, profile, note, warnings
}

// row adds a check-in's row. Dates are written as the other tables write
// them (16 Nov 2026), with the time where two rows side by side share a
// day, so that they can be told apart.
func (h *historyTable) row(r assessment.Summary) error {
	y, m, d := r.TakenAt.Date()
	day := y*10000 + int(m)*100 + d
	if h.has {
		h.write(&h.pending, h.pendDay == h.prevDay || h.pendDay == day)
		h.prevDay = h.pendDay
	}
	h.cellsOf(&h.pending, r)
	h.has, h.pendDay = true, day
	return nil
}

// historyDate and historyDateTime are the layouts of the date column.
const (
	historyDate     = "2 Jan 2006"
	historyDateTime = "2 Jan 2006 15:04"
)

// write adds a row, with the time beside the date when sameDay.
func (h *historyTable) write(r *historyRow, sameDay bool) {
	t := h.t
	t.add(r.id)
	layout := historyDate
	if sameDay {
		layout = historyDateTime
	}
	t.text = r.at.AppendFormat(t.text, layout)
	t.cell()
	t.text = padLeft(t.text, assessment.ScoreText(r.rel), h.relW)
	t.cell()
	t.text = padLeft(t.text, assessment.ScoreText(r.res), h.resW)
	t.cell()
	for _, c := range r.cells {
		t.add(c)
	}
}

// cellsOf makes row r's, each cell from outside made safe.
func (h *historyTable) cellsOf(row *historyRow, r assessment.Summary) {
	*row = historyRow{id: safetext.Line(r.ID), at: r.TakenAt, rel: r.Dimensions[h.rel], res: r.Dimensions[h.res]}
	if h.spoken {
		row.cells[0] = safetext.Line(spokenBalance(h.q, r.Balance))
	} else {
		row.cells[0] = safetext.Line(balance(h.q, r.Balance))
	}
	row.cells[1] = assessment.NoScore
	if r.Profile != nil {
		// Cut and made safe before the table measures it.
		row.cells[1] = safetext.Truncate(r.Profile.Name, historyProfileMax)
	}
	if r.NoteWritten {
		row.cells[2] = "yes"
	}
	// Named in words, as compare and the report name them; the accessible
	// mode leaves out the mark a screen reader would read as a symbol.
	if len(r.WarningCodes) == 0 {
		return
	}
	if names := codeList(assessment.WarningNames(r.WarningCodes), ", "); h.spoken {
		row.cells[3] = names
	} else if names != "" {
		row.cells[3] = "! " + names
	}
}

// padLeft appends s right-aligned in width characters, as %*s does.
func padLeft(b []byte, s string, width int) []byte {
	for n := utf8.RuneCountInString(s); n < width; n++ {
		b = append(b, ' ')
	}
	return append(b, s...)
}

// flush writes the table, through one buffer rather than a write for
// each row.
func (h *historyTable) flush() error {
	if h.has {
		h.write(&h.pending, h.pendDay == h.prevDay)
		h.has = false
	}
	out := bufio.NewWriterSize(h.env.Stdout, 64<<10)
	if err := h.t.writeTo(out); err != nil {
		return err
	}
	return out.Flush()
}

// historyProfileMax is the widest profile name the table shows.
const historyProfileMax = 40

// balance is the signed balance and the side it leans to, with an arrow
// along the grid from relationships (left) to results (right), as the
// app's history shows it: "+12 → results", "+3 ≈ balanced".
func balance(q *assessment.Questionnaire, s assessment.Score) string {
	if !s.Valid {
		return assessment.NoScore
	}
	arrow := "≈"
	switch q.LeanIn(s.Value) {
	case assessment.LeansResults:
		arrow = "→"
	case assessment.LeansRelationships:
		arrow = "←"
	}
	return assessment.Signed(s.Value) + " " + arrow + " " + assessment.LeanSide(q, s)
}

// spokenBalance is the balance and its lean in words, as the accessible
// result says it: "+19 leans results", "0 balanced within noise".
func spokenBalance(q *assessment.Questionnaire, s assessment.Score) string {
	if !s.Valid {
		return assessment.NotScored
	}
	return assessment.Signed(s.Value) + " " + assessment.LeanWords(q, s)
}
