package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"
)

// usageErrors makes every mistake in how a command is called a usage
// error (status 2) across the whole tree, cobra's own help and
// completion commands included: a group of commands (feedback,
// completion) given a word that is none of its commands refuses it
// instead of printing its help with status 0, and an argument check
// that says no is a UsageError whoever wrote it. cobra adds its help
// and completion commands only as it runs, so they are added here first.
func usageErrors(root *cobra.Command) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "help" {
			c.Args = helpTopic
		}
	}
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		if cmd.HasSubCommands() && !cmd.Runnable() {
			cmd.Args = noArgs
			cmd.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
		}
		if check := cmd.Args; check != nil {
			cmd.Args = func(c *cobra.Command, args []string) error { return asUsage(check(c, args)) }
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// asUsage is err as a UsageError, nil staying nil.
func asUsage(err error) error {
	var ue UsageError
	if err == nil || errors.As(err, &ue) {
		return err
	}
	return UsageError{err}
}

// helpTopic refuses help on a command that does not exist, which cobra
// would answer with the main help and status 0.
func helpTopic(c *cobra.Command, args []string) error {
	if _, rest, err := c.Root().Find(args); err != nil || len(rest) > 0 {
		return usagef("no help for %q: there is no such command ('leadcheck --help' lists them)", strings.Join(args, " "))
	}
	return nil
}
