package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/store"
)

func newDoctor(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "doctor",
		Short: "Check the database for damage (exit 0 when healthy, 1 otherwise)",
		Long: `Check the database without changing it: bbolt's consistency check of every
page, the layout and schema, that every check-in can be read, that the
summaries used for lists match the check-ins, and that the questionnaire each
check-in was answered with was kept and can be read. Prints a short report, or the problems
found and what to do about them.

It works while the app is open. While another leadcheck writes to the
database, doctor waits up to a second for it, then says so instead.`,
		Example: "  leadcheck doctor\n  leadcheck doctor --json\n  leadcheck --db ~/backups/history-20261129-090000.db doctor",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := dbPath(env, g)
			if err != nil {
				return err
			}
			rep, err := store.Check(path, storeOptions(env)...)
			if err != nil {
				return err
			}
			if asJSON {
				if err := writeJSON(env.Stdout, doctorJSON(rep)); err != nil {
					return err
				}
			} else {
				printReport(env, rep)
			}
			if !rep.Healthy() {
				return exitStatus(1)
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON (the exit status is the same)")
	return cmd
}

func printReport(env Env, rep store.Report) {
	w := plainOut(env)
	fmt.Fprintf(w, "%s: schema %d, %s, %s kept; ", rep.Path, rep.Schema,
		count(rep.CheckIns, "check-in"), count(rep.Questionnaires, "questionnaire"))
	if rep.Rounds > 0 {
		fmt.Fprintf(w, "%s with %s; ", count(rep.Rounds, "feedback round"), count(rep.Responses, "response"))
	}
	if rep.Consistent {
		fmt.Fprint(w, "consistency check passed; ")
	}
	if rep.Healthy() {
		fmt.Fprintln(w, "no problems found.")
		for _, n := range rep.Notes {
			fmt.Fprintf(w, "Note: %s.\n", n)
		}
		return
	}
	fmt.Fprintf(w, "%s found:\n", count(len(rep.Problems), "problem"))
	for _, p := range rep.Problems {
		fmt.Fprintf(w, "  - %s\n", p)
	}
	fmt.Fprintln(w, "What to do: restore the latest good backup with 'leadcheck restore FILE' (it keeps a copy of this database).")
	if rep.Readable {
		fmt.Fprintln(w, "Every check-in can still be read, so you can also save them all with 'leadcheck export -o history.json'")
		fmt.Fprintln(w, "and import them into a new database: 'leadcheck --db new.db import history.json'.")
	}
}
