// Package cli is leadcheck's command layer: it reads flags and the
// environment, loads the questionnaire, opens the store, builds the use
// cases (package practice) over it, and then either runs the terminal UI
// or prints. It puts the store's remedies into words (remedy.go). The
// accessible mode (accessible*.go) takes a check-in line by line: the
// app's own forms through tui's accessible runner, the statements with a
// line prompter of its own, the use cases the same as the app's. The
// feedback commands (feedback*.go) run a round from the command line;
// 'feedback answer' is the one an observer runs, without a database. What
// a command prints while the database is open goes through a heldOut
// (heldout.go), so a reader of the output that stops never keeps the
// database locked. It imports tui, practice, store and assessment; only
// main imports it.
//
// Exit status: 0 on success, 1 on an error (bad file, database in use, ...),
// 2 on a usage error (unknown command or flag, wrong arguments, no
// terminal for the interactive app). 'due' answers 0 (due) or 1 (not due)
// and so ends with 3 on any other error (status.go).
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/store"
)

// Env is what a command may touch of the outside world, so tests can run
// commands in-process with their own streams, environment and clock.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Getenv reads the environment (os.Getenv in the binary).
	Getenv func(string) string
	// Now is the clock.
	Now func() time.Time
	// Questions is the embedded default questionnaire.
	Questions []byte
	// IsTerminal reports whether a stream is an interactive terminal.
	IsTerminal func(any) bool
	// LockTimeout is how long to wait for a database another leadcheck
	// holds; zero waits store.DefaultLockTimeout. Tests shorten it.
	LockTimeout time.Duration
	// Process says the command is the whole process, as in the binary,
	// so it may tune what is the process's (see collectLess). Tests,
	// which run many commands in one process, leave it false.
	Process bool
}

// globals are the flags every command shares.
type globals struct {
	db        string
	questions string
	theme     string
	// themeGiven reports whether --theme was on the command line, where
	// it outranks the saved preference.
	themeGiven func() bool
	// accessible runs line by line (see accessible.go); mouse turns on
	// mouse support in the app.
	accessible bool
	mouse      bool
	// sharedWarned is set once warnShared has run: a command may work out
	// the database path more than once, and says the warning once.
	sharedWarned bool
}

// UsageError marks a mistake in how leadcheck was called (exit status 2).
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

func usagef(format string, args ...any) error { return UsageError{fmt.Errorf(format, args...)} }

// Execute runs leadcheck with args (without the program name) and returns
// the exit status. Errors are printed once, plainly, to env.Stderr.
func Execute(args []string, env Env) int {
	// Errors quote file names, ids and values from outside; every
	// message to standard error is made safe in one place.
	env.Stderr = safeWriter{env.Stderr}
	root := newRoot(env)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var status exitStatus
	if errors.As(err, &status) {
		return int(status)
	}
	fmt.Fprintf(env.Stderr, "leadcheck: %v\n", advise(err))
	var ue UsageError
	if errors.As(err, &ue) {
		fmt.Fprintln(env.Stderr, "Run 'leadcheck --help' for usage.")
		return 2
	}
	var se statusError
	if errors.As(err, &se) {
		return se.code
	}
	return 1
}

func newRoot(env Env) *cobra.Command {
	g := &globals{}
	root := &cobra.Command{
		Use:   "leadcheck",
		Short: "A periodic check-in on how you balance relationships and results",
		Long: `leadcheck is a short, periodic self-assessment for leaders. Every few weeks
you answer about two dozen statements about what you actually did; leadcheck
scores relationship-building against results focus, keeps every check-in in
a local database, and shows how the balance moves over time.

Run it without a command to open the app; with --accessible (or ACCESSIBLE=1)
it prints a text dashboard instead, and every command works line by line.`,
		Args:          noArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runApp(cmd, env, g, appStart{})
		},
		// A mistyped --theme is refused by every command, not only
		// those that colour something, so a script learns of it at once.
		PersistentPreRunE: func(*cobra.Command, []string) error { return checkTheme(g.theme) },
	}
	root.SetIn(env.Stdin)
	root.SetOut(env.Stdout)
	root.SetErr(env.Stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return UsageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", "database file (default $LEADCHECK_DB, else the XDG data home: ~/.local/share/leadcheck/history.db, on macOS ~/Library/Application Support/leadcheck/history.db, on Windows %LOCALAPPDATA%\\leadcheck\\history.db)")
	pf.StringVar(&g.questions, "questions", "", "questionnaire YAML file (default $LEADCHECK_QUESTIONS, else the built-in one)")
	pf.StringVar(&g.theme, "theme", "", "colours: auto, dark, light or none (default: the saved 'leadcheck theme', else auto; NO_COLOR turns colour off)")
	pf.BoolVar(&g.accessible, "accessible", false, "line by line, no redraws: for screen readers and piped input (also ACCESSIBLE=1 or TERM=dumb)")
	pf.BoolVar(&g.mouse, "mouse", false, "in the app, scroll with the mouse wheel and click answers")
	g.themeGiven = func() bool { return pf.Changed("theme") }
	_ = root.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(store.Themes, cobra.ShellCompDirectiveNoFileComp))
	root.Version = version()
	root.SetVersionTemplate("leadcheck {{.Version}}\n")
	root.AddCommand(newTake(env, g), newHistory(env, g), newShow(env, g), newTrend(env, g), newCompare(env, g),
		newDue(env, g), newCadence(env), newTheme(env, g), newQuestions(env, g))
	root.AddCommand(newExport(env, g), newImport(env, g))
	root.AddCommand(newBackup(env, g), newRestore(env, g))
	root.AddCommand(newDoctor(env, g), newFeedback(env, g))
	root.AddCommand(newMan(env))
	usageErrors(root)
	setCompletions(root)
	return root
}

// noArgs rejects stray words, which on the root are usually a mistyped
// command name.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		if cmd.HasSubCommands() {
			return usagef("unknown command %q", args[0])
		}
		return usagef("%s takes no arguments (got %q)", cmd.CommandPath(), args[0])
	}
	return nil
}

// maxArgs wraps cobra.MaximumNArgs as a usage error.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usagef("%s takes at most %s, got %d", cmd.CommandPath(), assessment.Count(n, "argument", "arguments"), len(args))
		}
		return nil
	}
}

// osEnv is the Env of the real program.
func osEnv(questions []byte) Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, Now: time.Now, Questions: questions,
		IsTerminal: isTerminal, Process: true,
	}
}

// Main is the whole program: main.go passes the embedded questionnaire.
func Main(questions []byte) int {
	return Execute(os.Args[1:], osEnv(questions))
}
