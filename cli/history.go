package cli

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

func newHistory(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "history",
		Short: "List every check-in (newest first)",
		Long: `List every check-in, newest first. With --json, print a JSON array of the
full records, oldest first, for scripts and spreadsheets.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q, s, err := openBothToRead(env, g)
			if err != nil {
				return err
			}
			if asJSON {
				return printOpen(env, s, func(w io.Writer) error { return writeRecordsJSON(w, s) })
			}
			// The table needs no answers or facets: a listing reads
			// summaries, and of the records only the note and warnings,
			// one check-in at a time, newest first. The table is laid out
			// once every row is in, so it is written after the close.
			t := newHistoryTable(env, q)
			err = s.EachListed(true, t.row)
			s.Close()
			if err != nil {
				return err
			}
			if t.rows == 0 {
				fmt.Fprintln(env.Stdout, "No check-ins yet. Run 'leadcheck take' to take the first one (about five minutes).")
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
	t := newHistoryTable(env, q)
	for _, r := range slices.Backward(recs) {
		if err := t.row(r); err != nil {
			return err
		}
	}
	return t.flush()
}

// historyTable lays out the table. Dates are shown in the time zone each
// check-in was recorded in, as the app shows them, so a check-in taken
// late in the evening keeps its own date. Every cell from outside is made
// safe on its own, so the table goes to standard output through one
// buffer rather than a write (and a check) for each of its cells.
type historyTable struct {
	q        *assessment.Questionnaire
	rel, res string
	out      *bufio.Writer
	w        *tabwriter.Writer
	line     []byte // one row, reused
	rows     int
}

func newHistoryTable(env Env, q *assessment.Questionnaire) *historyTable {
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	t := &historyTable{q: q, rel: q.RelationshipsDimension().ID, res: q.ResultsDimension().ID,
		out: out, w: tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)}
	io.WriteString(t.w, "ID\tDATE\tRELATIONSHIPS\tRESULTS\tBALANCE\tPROFILE\tNOTE\tWARNINGS\n")
	return t
}

// row adds a check-in's row.
func (t *historyTable) row(r assessment.CheckIn) error {
	t.rows++
	profile := assessment.NoScore
	if r.Profile != nil {
		// Cut and made safe before the table measures it.
		profile = safetext.Truncate(r.Profile.Name, historyProfileMax)
	}
	b := append(t.line[:0], safetext.Line(r.ID)...)
	b = r.TakenAt.AppendFormat(append(b, '\t'), "2006-01-02")
	b = padLeft(append(b, '\t'), assessment.ScoreText(r.Scores.Dimensions[t.rel]), 13)
	b = padLeft(append(b, '\t'), assessment.ScoreText(r.Scores.Dimensions[t.res]), 7)
	b = append(append(b, '\t'), safetext.Line(balance(t.q, r.Scores.Balance))...)
	b = append(append(b, '\t'), profile...)
	b = append(b, '\t')
	if strings.TrimSpace(r.Note) != "" {
		b = append(b, "yes"...)
	}
	b = append(b, '\t')
	if r.Flagged() {
		b = append(append(b, "! "...), warningCodeList(r.Warnings, ",")...)
	}
	t.line = append(b, '\n')
	_, err := t.w.Write(t.line)
	return err
}

// padLeft appends s right-aligned in width characters, as %*s does.
func padLeft(b []byte, s string, width int) []byte {
	for n := utf8.RuneCountInString(s); n < width; n++ {
		b = append(b, ' ')
	}
	return append(b, s...)
}

// flush writes the table.
func (t *historyTable) flush() error {
	if err := t.w.Flush(); err != nil {
		return err
	}
	return t.out.Flush()
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
