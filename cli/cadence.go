package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
)

func newCadence(env Env) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "cadence [EVERY]",
		Short: "Show or set how often you mean to check in (default every 4 weeks)",
		Long: `Show or set how often you mean to check in. EVERY is a number of weeks or
days: 4w, 2 weeks, 10d. Between 7 days and a year. The choice is kept in
the settings file ($LEADCHECK_CONFIG, else
$XDG_CONFIG_HOME/leadcheck/settings.yaml: ~/.config/leadcheck/settings.yaml,
on macOS ~/Library/Application Support/leadcheck/settings.yaml, on Windows
%LOCALAPPDATA%\leadcheck\settings.yaml).`,
		Example: "  leadcheck cadence\n  leadcheck cadence 2w\n  leadcheck cadence --json",
		Args:    cadenceArgs,
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return cadenceChoices, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, err := settingsService(env)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				c, chosen, err := svc.Cadence()
				if err != nil {
					return err
				}
				if asJSON {
					return writeJSON(env.Stdout, cadenceOf(c, chosen))
				}
				how := "your choice"
				if !chosen {
					how = "the default; change it with 'leadcheck cadence 2w'"
				}
				fmt.Fprintf(plainOut(env), "Check in %s (%s).\n", c.Words(), how)
				return nil
			}
			c, err := assessment.ParseCadence(strings.Join(args, " "))
			if err != nil {
				return UsageError{err}
			}
			if err := svc.SetCadence(c); err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.Stdout, cadenceOf(c, true))
			}
			fmt.Fprintf(plainOut(env), "From now on: check in %s. Saved in %s.\n", c.Words(), svc.SettingsPath())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the cadence in use as JSON")
	return cmd
}

// cadenceArgs takes EVERY as one argument or, typed as the help writes it
// (leadcheck cadence 2 weeks), as a number and its unit.
func cadenceArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 2 {
		return usagef("%s takes one EVERY, such as 2w or 2 weeks (got %d arguments)", cmd.CommandPath(), len(args))
	}
	return nil
}
