package cli

import (
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/tui"
)

// runApp opens the interactive app, on the home screen or straight on the
// first statement of a check-in.
// appStart is where the app opens: the home screen, or a check-in,
// possibly back-filled to an earlier date.
type appStart struct {
	take    bool
	takenAt time.Time
}

func runApp(cmd *cobra.Command, env Env, g *globals, at appStart) error {
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
	settings, err := settingsPath(env)
	if err != nil {
		return err
	}
	if _, _, err := loadCadence(env); err != nil {
		return err
	}
	start := tui.ScreenHome
	if at.take {
		start = tui.ScreenTake
	}
	return tui.Run(tui.Options{Questionnaire: q, Store: s, Start: start, Now: env.Now, Theme: th,
		TakenAt: at.takenAt, SettingsPath: settings})
}
