package cli

import (
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/store"
)

func newTheme(env Env, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "theme [auto|dark|light|none]",
		Short: "Show or set the colour theme (default auto)",
		Long: `Show or set the colour theme: auto (follow the terminal's background),
dark, light, or none (no colour). The choice is kept in the settings file
($LEADCHECK_CONFIG, else $XDG_CONFIG_HOME/leadcheck/settings.yaml:
~/.config/leadcheck/settings.yaml, on macOS
~/Library/Application Support/leadcheck/settings.yaml, on Windows
%LOCALAPPDATA%\leadcheck\settings.yaml).

NO_COLOR outranks everything; then --theme, when given; then this choice.`,
		Example: "  leadcheck theme\n  leadcheck theme light",
		Args:    maxArgs(1),
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return store.Themes, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			svc, err := settingsService(env)
			if err != nil {
				return err
			}
			if len(args) == 0 {
				st, err := svc.Settings()
				if err != nil {
					return err
				}
				t, how := st.Theme, "your choice"
				if t == "" {
					t, how = "auto", "the default; change it with 'leadcheck theme light'"
				}
				fmt.Fprintf(plainOut(env), "Theme: %s (%s).\n", t, how)
				printOutranked(env, g)
				return nil
			}
			if !slices.Contains(store.Themes, args[0]) {
				return usagef("theme must be auto, dark, light or none (got %q)", args[0])
			}
			if err := svc.SetTheme(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(plainOut(env), "From now on: theme %s. Saved in %s.\n", args[0], svc.SettingsPath())
			printOutranked(env, g)
			return nil
		},
	}
}

// printOutranked says when NO_COLOR or --theme outranks the saved theme,
// so a theme shown or just saved that does not show is explained.
func printOutranked(env Env, g *globals) {
	switch {
	case env.Getenv("NO_COLOR") != "":
		fmt.Fprintln(plainOut(env), "NO_COLOR is set, so leadcheck shows no colour for now.")
	case g.themeGiven != nil && g.themeGiven():
		fmt.Fprintf(plainOut(env), "--theme %s outranks it while given.\n", g.theme)
	}
}

// chosenTheme is the theme before NO_COLOR: --theme when given, else the
// saved preference, else auto. A settings file that cannot be read leaves
// auto; the commands that need the settings report it themselves.
func chosenTheme(env Env, g *globals) string {
	if g.themeGiven != nil && g.themeGiven() || g.theme != "auto" && g.theme != "" {
		return g.theme
	}
	svc, err := settingsService(env)
	if err != nil {
		return "auto"
	}
	st, err := svc.Settings()
	if err != nil || st.Theme == "" {
		return "auto"
	}
	return st.Theme
}

// printTheme is the theme for printed output: none unless it goes to a
// terminal that may have colour.
func printTheme(env Env, g *globals) string {
	if !colour(env, g) {
		return "none"
	}
	return chosenTheme(env, g)
}
