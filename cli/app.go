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
	if accessible(env, g) {
		if at.take {
			return takeAccessible(env, g, at.takenAt)
		}
		return printAccessibleHome(env, g)
	}
	if !env.IsTerminal(env.Stdin) || !env.IsTerminal(env.Stdout) {
		return usagef("leadcheck needs an interactive terminal; without one, take a check-in line by line with 'leadcheck take --accessible' (answers may be piped in), or record one with 'leadcheck take --answers FILE' (see 'leadcheck take --help')")
	}
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return err
	}
	s, path, storeErr, err := openForApp(env, g, at.take)
	if err != nil {
		return err
	}
	if s != nil {
		defer s.Close()
	}
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
		TakenAt: at.takenAt, SettingsPath: settings, Mouse: g.mouse,
		DraftPath: draftPath(env, path), RecoveryDir: recoveryDir(env), Version: version(), StoreErr: storeErr})
}
