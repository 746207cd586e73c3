package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/store"
)

func newRestore(env Env, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "restore FILE",
		Short: "Replace the database with a backup (after backing up the current one)",
		Long: `Replace the database with a copy of FILE, a leadcheck database such as one
'leadcheck backup' made. FILE is checked first (every check-in must be
readable) and is never changed. The current database is copied beside itself
first (history-20261129-090000.db), so a restore can be undone by restoring
that copy. A backup from an older leadcheck is upgraded the next time
leadcheck opens it.

It works while the app is open; the app's next screen reads the restored
database. While another leadcheck writes to the database, restore waits up
to a second for it, then refuses and changes nothing.`,
		Example: "  leadcheck restore ~/.local/share/leadcheck/history-20261129-090000.db",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("%s takes one argument, the backup to restore (got %d)", cmd.CommandPath(), len(args))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := dbPath(env, g)
			if err != nil {
				return err
			}
			info, err := store.Restore(path, args[0], env.Now(), storeOptions(env)...)
			if err != nil {
				return err
			}
			fmt.Fprintf(plainOut(env), "Restored %s from %s.", count(info.CheckIns, "check-in"), args[0])
			switch {
			case info.Previous == "":
				fmt.Fprintf(plainOut(env), " There was no database at %s before.", path)
			case info.PreviousCheckIns < 0:
				fmt.Fprintf(plainOut(env), " Your previous database (not a readable leadcheck database) is saved as %s.", info.Previous)
			default:
				fmt.Fprintf(plainOut(env), " Your previous database (%s) is saved as %s.", count(info.PreviousCheckIns, "check-in"), info.Previous)
			}
			fmt.Fprintln(env.Stdout)
			if info.Schema < store.SchemaVersion {
				fmt.Fprintf(plainOut(env), "It is from an older leadcheck (schema %d); the app, or the next command that writes to it, upgrades it after saving a copy beside it.\n", info.Schema)
			}
			return nil
		},
	}
}
