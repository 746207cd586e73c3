package cli

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

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
			// summaries, and of the records only the note and warnings.
			recs, err := s.Listing()
			s.Close()
			if err != nil {
				return err
			}
			if len(recs) == 0 {
				fmt.Fprintln(env.Stdout, "No check-ins yet. Run 'leadcheck take' to take the first one (about five minutes).")
				return nil
			}
			return printHistory(env, q, recs)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the records as a JSON array, oldest first")
	return cmd
}

// printHistory writes the table. Dates are shown in the time zone each
// check-in was recorded in, as the app shows them, so a check-in taken late
// in the evening keeps its own date.
func printHistory(env Env, q *assessment.Questionnaire, recs []assessment.CheckIn) error {
	rel, res := q.RelationshipsDimension().ID, q.ResultsDimension().ID
	// Every cell from outside is made safe on its own below, so the table
	// goes to standard output through one buffer rather than a write
	// (and a check) for each of its cells.
	out := bufio.NewWriterSize(env.Stdout, 64<<10)
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "ID\tDATE\tRELATIONSHIPS\tRESULTS\tBALANCE\tPROFILE\tNOTE\tWARNINGS")
	for _, r := range slices.Backward(recs) {
		profile := assessment.NoScore
		if r.Profile != nil {
			// Cut and made safe before the table measures it.
			profile = safetext.Truncate(r.Profile.Name, historyProfileMax)
		}
		note := ""
		if strings.TrimSpace(r.Note) != "" {
			note = "yes"
		}
		flags := ""
		if r.Flagged() {
			flags = "! " + warningCodeList(r.Warnings, ",")
		}
		fmt.Fprintf(w, "%s\t%s\t%13s\t%7s\t%s\t%s\t%s\t%s\n", safetext.Line(r.ID), r.TakenAt.Format("2006-01-02"),
			assessment.ScoreText(r.Scores.Dimensions[rel]), assessment.ScoreText(r.Scores.Dimensions[res]),
			safetext.Line(balance(q, r.Scores.Balance)), profile, note, flags)
	}
	if err := w.Flush(); err != nil {
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
