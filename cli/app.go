package cli

import (
	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/tui"
)

// runApp opens the interactive app, on the home screen or straight on the
// first statement of a check-in.
func runApp(cmd *cobra.Command, env Env, g *globals, take bool) error {
	th, err := theme(env, g)
	if err != nil {
		return err
	}
	if !env.IsTerminal(env.Stdin) || !env.IsTerminal(env.Stdout) {
		return usagef("leadcheck needs an interactive terminal; without one, record a check-in with 'leadcheck take --answers FILE' (see 'leadcheck take --help')")
	}
	q, s, err := openBoth(env, g)
	if err != nil {
		return err
	}
	defer s.Close()
	start := tui.ScreenHome
	if take {
		start = tui.ScreenTake
	}
	return tui.Run(tui.Options{Questionnaire: q, Store: s, Start: start, Now: env.Now, Theme: th})
}
