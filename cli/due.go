package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

func newDue(env Env, g *globals) *cobra.Command {
	var quiet, asJSON bool
	cmd := &cobra.Command{
		Use:   "due",
		Short: "Say when the next check-in is due (exit 0 when due, 1 when not, 3 on an error)",
		Long: `Say when the next check-in is due, from the last check-in and your cadence
('leadcheck cadence'). The exit status answers too, for shell prompts, login
scripts and cron. --quiet prints nothing but errors.

Exit status:
  0  a check-in is due or overdue (the first one always is)
  1  no check-in is due yet
  2  a usage error (an unknown flag, an argument)
  3  any other error: the database or the settings file cannot be read,
     the database is in use; the message says what to do`,
		Example: `  leadcheck due
  leadcheck due --quiet && echo "Time for a leadcheck check-in"
  leadcheck due --json`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if quiet && asJSON {
				return usagef("--quiet and --json do not go together: --quiet prints nothing")
			}
			d, err := checkDue(env, g)
			if err != nil {
				return withStatus(dueErrorStatus, err)
			}
			if asJSON {
				if err := writeJSON(env.Stdout, dueJSON(d)); err != nil {
					return withStatus(dueErrorStatus, err)
				}
			} else if !quiet {
				fmt.Fprintln(plainOut(env), dueSentence(d.due, d.cadence, d.last))
			}
			if !d.due.Now {
				return exitStatus(1)
			}
			return nil
		},
	}
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "print nothing; answer with the exit status only")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the answer as JSON (the exit status is the same)")
	return cmd
}

// dueState is what 'due' found: the cadence, whether the user chose it,
// the last check-in (when there is one) and when the next is due.
type dueState struct {
	cadence assessment.Cadence
	chosen  bool
	last    assessment.CheckIn
	any     bool
	due     assessment.Due
}

func checkDue(env Env, g *globals) (dueState, error) {
	c, chosen, err := loadCadence(env)
	if err != nil {
		return dueState{}, err
	}
	s, err := openStoreToRead(env, g)
	if err != nil {
		return dueState{}, err
	}
	last, ok, err := s.Latest()
	s.Close()
	if err != nil {
		return dueState{}, err
	}
	return dueState{c, chosen, last, ok, assessment.NextDue(last.TakenAt, ok, c, env.Now())}, nil
}

func dueSentence(d assessment.Due, c assessment.Cadence, last assessment.CheckIn) string {
	const day = "Mon 2 Jan 2006"
	switch {
	case d.First:
		return "No check-ins yet: your first check-in is due now. Run 'leadcheck take' (about five minutes)."
	case d.Now && d.Days == 0:
		return fmt.Sprintf("A check-in is due today (%s; the last was on %s).", c.Words(), last.TakenAt.Format(day))
	case d.Now:
		return fmt.Sprintf("A check-in is overdue by %s (due %s; %s).", days(d.Days), d.At.Format(day), c.Words())
	}
	return fmt.Sprintf("The next check-in is due on %s, in %s (%s).", d.At.Format(day), days(d.Days), c.Words())
}

func days(n int) string { return assessment.Count(n, "day", "days") }

// settingsPath is $LEADCHECK_CONFIG, else the XDG default.
func settingsPath(env Env) (string, error) {
	if p := env.Getenv("LEADCHECK_CONFIG"); p != "" {
		return p, nil
	}
	return store.DefaultSettingsPath()
}
