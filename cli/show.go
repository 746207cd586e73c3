package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
	"github.com/leadcheck/leadcheck/tui"
)

// printWidth is the width of printed results: a classic terminal, which
// also reads well in a file or an e-mail.
const printWidth = 80

func newShow(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show [ID|latest]",
		Short: "Show one check-in's result (default: the latest)",
		Long: `Show one check-in's full result. ID is an id from 'leadcheck history', or
any unique beginning of one, or a date written as ids begin (20261129),
which names the check-in shown on that date where it was taken (an id is
written in UTC); the default is latest.`,
		Example: "  leadcheck show\n  leadcheck show 20261116-090500-12 --json",
		Args:    cobra.MatchAll(maxArgs(1), idArgs),
		// Ids from the summaries, which a shell can afford on a key press.
		ValidArgsFunction: completeIDs(env, g, 1, store.LatestRef),
		RunE: func(cmd *cobra.Command, args []string) error {
			ref := "latest"
			if len(args) == 1 {
				ref = args[0]
			}
			q, s, err := openBothToRead(env, g)
			if err != nil {
				return err
			}
			svc := serviceOver(env, q, s, nil, "")
			rec, before, err := svc.WithPrevious(ref)
			own, known := q, true
			if err == nil {
				own, known = answeredWith(svc, rec)
			}
			// Everything is read: print without keeping the database locked.
			s.Close()
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.Stdout, store.EnvelopeOf(rec))
			}
			printRecord(env, g, own, known, rec, before)
			fmt.Fprintf(plainOut(env), "\nCheck-in %s in %s.\n", rec.ID, s.Path())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the record as JSON")
	return cmd
}

// printRecord writes a result as the result screen shows it, in colour only
// on a terminal.
// q is the questionnaire the check-in was answered with; known is false
// when that one was not kept and q is the current one standing in.
func printRecord(env Env, g *globals, q *assessment.Questionnaire, known bool, rec assessment.CheckIn, prev *assessment.CheckIn) {
	th := printTheme(env, g)
	if !known {
		fmt.Fprintf(plainOut(env), "(taken with questionnaire %s version %d, which this database did not keep; names are from the current one)\n\n",
			rec.Questionnaire.ID, rec.Questionnaire.Version)
	}
	if accessible(env, g) {
		fmt.Fprintln(env.Stdout, safetext.Text(accessibleResult(q, rec, prev)))
		return
	}
	fmt.Fprintln(env.Stdout, printable(env, g, tui.RenderResult(q, rec, prev, printWidth, tui.DefaultStyles(th))))
}

// trimLines drops the padding screens add to every line: a file or a pipe
// should not carry it.
func trimLines(s string) string {
	var b strings.Builder
	for line := range strings.Lines(s) {
		b.WriteString(strings.TrimRight(line, " \n"))
		b.WriteByte('\n')
	}
	return strings.TrimRight(b.String(), "\n")
}

// idArgs refuses an argument that could name no check-in in any
// database (see store.CouldName) as a usage error, as a mistyped flag
// value is, before anything is opened. A well-formed id that this
// database does not hold is an error about the data instead (status 1).
func idArgs(_ *cobra.Command, args []string) error {
	for _, a := range args {
		if !store.CouldName(a) {
			return usagef("%q is not a check-in id: an id looks like 20261129-090000-1, and any beginning of one, or a date such as 20261129, will do; 'leadcheck history' lists them", a)
		}
	}
	return nil
}
