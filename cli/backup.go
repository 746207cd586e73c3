package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/store"
)

func newBackup(env Env, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "backup [FILE]",
		Short: "Copy the database to a new file (default: a timestamped file beside it)",
		Long: `Copy the database to FILE, which must not exist yet, or into FILE when it is
a directory. Without FILE the copy goes beside the database, named after it
and the time: history-20261129-090000.db. The copy is readable only by you.

It works while the app is open, which holds the database only while it
reads or saves. While another leadcheck writes to the database (a save, an
import, a restore), a copy could catch the write half done: backup waits up
to a second for it, then says so instead.`,
		Example: "  leadcheck backup\n  leadcheck backup ~/backups/\n  leadcheck backup before-the-move.db",
		Args:    maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path, err := dbPath(env, g)
			if err != nil {
				return err
			}
			var target string
			if len(args) == 1 {
				target = args[0]
			}
			info, err := store.BackupFile(path, target, env.Now(), storeOptions(env)...)
			if err != nil {
				return err
			}
			fmt.Fprintf(plainOut(env), "Backed up %s to %s.\n", count(info.CheckIns, "check-in"), info.Path)
			return nil
		},
	}
}
