package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// manAnnotation marks a hidden command the manual page still describes.
const manAnnotation = "leadcheck/man"

func newMan(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page (roff); read it with: leadcheck man | man -l -",
		Long: `Print leadcheck's manual page in roff, built from the commands and flags
themselves. Read it with 'leadcheck man | man -l -', or install it:

  leadcheck man > ~/.local/share/man/man1/leadcheck.1`,
		Args: noArgs,
		// Kept out of the list of commands, where it would crowd the
		// ones used every day; the page itself still describes it.
		Hidden:      true,
		Annotations: map[string]string{manAnnotation: "yes"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			writeMan(env.Stdout, cmd.Root(), manDate())
			return nil
		},
	}
}

// manEnvironment and manExit are the man page's fixed sections; the rest
// is read from the command tree, so it cannot drift from --help.
var manEnvironment = [][2]string{
	{"LEADCHECK_DB", "The database file, when --db is not given."},
	{"LEADCHECK_QUESTIONS", "A questionnaire YAML file to use instead of the built-in one, when --questions is not given."},
	{"LEADCHECK_CONFIG", "The settings file (cadence, theme)."},
	{"NO_COLOR", "When set and not empty, no colour, whatever the theme (an empty NO_COLOR is as if unset)."},
	{"ACCESSIBLE", "When set (and not 0 or false), run line by line as with --accessible. TERM=dumb does the same."},
	{"XDG_DATA_HOME", "Where the database is kept by default, in leadcheck/history.db (~/.local/share when unset)."},
	{"XDG_CONFIG_HOME", "Where the settings file is kept by default, in leadcheck/settings.yaml (~/.config when unset)."},
	{"XDG_STATE_HOME", "Where unfinished check-ins (leadcheck/drafts/) and recovery files (leadcheck/) are kept (~/.local/state when unset)."},
}

var manExit = [][2]string{
	{"0", "Success; for 'due', a check-in is due."},
	{"1", "An error (a bad file, the database in use, input that ended before a check-in was finished); for 'due', no check-in is due yet."},
	{"2", "A usage error: an unknown command or flag, wrong arguments, or no terminal for the interactive app."},
	{"3", "For 'due' only: an error other than a usage error (the database or the settings file cannot be read, the database is in use), so it is never read as 'not due'."},
}

// writeMan writes root's manual page, section 1.
func writeMan(w io.Writer, root *cobra.Command, date string) {
	name := root.Name()
	fmt.Fprintf(w, ".TH %s 1 %q %q %q\n", strings.ToUpper(name), date, name+" "+version(), "User Commands")
	fmt.Fprintf(w, ".SH NAME\n%s \\- %s\n", name, roff(root.Short))
	fmt.Fprintf(w, ".SH SYNOPSIS\n.B %s\n[\\fIoptions\\fR] [\\fIcommand\\fR]\n", name)
	fmt.Fprintf(w, ".SH DESCRIPTION\n%s\n", roffText(root.Long))
	fmt.Fprintln(w, ".SH OPTIONS")
	manFlags(w, root.NonInheritedFlags())
	fmt.Fprintln(w, ".SH COMMANDS")
	for _, c := range root.Commands() {
		if inMan(c) {
			manCommand(w, c)
		}
	}
	fmt.Fprintln(w, ".SH ENVIRONMENT")
	for _, e := range manEnvironment {
		fmt.Fprintf(w, ".TP\n.B %s\n%s\n", e[0], roff(e[1]))
	}
	fmt.Fprintln(w, ".SH FILES")
	fmt.Fprintf(w, ".TP\n.I ~/.local/share/leadcheck/history.db\n%s\n",
		roff("The check-ins ($XDG_DATA_HOME/leadcheck/history.db; on macOS ~/Library/Application Support/leadcheck/history.db; on Windows %LOCALAPPDATA%\\leadcheck\\history.db); see --db and LEADCHECK_DB."))
	fmt.Fprintf(w, ".TP\n.I ~/.config/leadcheck/settings.yaml\n%s\n",
		roff("The settings: cadence and theme ($XDG_CONFIG_HOME/leadcheck/settings.yaml; on macOS ~/Library/Application Support/leadcheck/settings.yaml; on Windows %LOCALAPPDATA%\\leadcheck\\settings.yaml); see LEADCHECK_CONFIG."))
	fmt.Fprintf(w, ".TP\n.I ~/.local/state/leadcheck/\n%s\n",
		roff("Unfinished check-ins (drafts/) and recovery files of check-ins the database could not take ($XDG_STATE_HOME/leadcheck/; on macOS ~/Library/Application Support/leadcheck/; on Windows %LOCALAPPDATA%\\leadcheck\\)."))
	fmt.Fprintln(w, ".SH EXIT STATUS")
	for _, e := range manExit {
		fmt.Fprintf(w, ".TP\n.B %s\n%s\n", e[0], roff(e[1]))
	}
}

// manCommand writes one command, its subcommands after it.
func manCommand(w io.Writer, c *cobra.Command) {
	fmt.Fprintf(w, ".SS %s\n", roff(c.CommandPath()+" "+strings.TrimPrefix(c.Use, c.Name())))
	desc := c.Long
	if desc == "" {
		desc = c.Short
	}
	fmt.Fprintln(w, roffText(desc))
	manFlags(w, c.NonInheritedFlags())
	for _, sub := range c.Commands() {
		if inMan(sub) {
			manCommand(w, sub)
		}
	}
}

// inMan reports whether the manual page describes c: every command --help
// lists, and the hidden ones marked with manAnnotation.
func inMan(c *cobra.Command) bool {
	if c.IsAdditionalHelpTopicCommand() {
		return false
	}
	return c.IsAvailableCommand() || c.Annotations[manAnnotation] != ""
}

func manFlags(w io.Writer, fs *pflag.FlagSet) {
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		head := "\\fB\\-\\-" + roff(f.Name) + "\\fR"
		if f.Shorthand != "" {
			head = "\\fB\\-" + f.Shorthand + "\\fR, " + head
		}
		if vn, _ := pflag.UnquoteUsage(f); vn != "" {
			head += " \\fI" + roff(vn) + "\\fR"
		}
		_, usage := pflag.UnquoteUsage(f)
		fmt.Fprintf(w, ".TP\n%s\n%s\n", head, roff(usage+manDefault(f)))
	})
}

// manDefault is the "(default ...)" that --help adds after a flag's usage,
// so the page states the same defaults; like --help, it says nothing for
// a zero value.
func manDefault(f *pflag.Flag) string {
	switch f.DefValue {
	case "", "0", "false", "[]", "0s":
		return ""
	}
	if f.Value.Type() == "string" {
		return fmt.Sprintf(" (default %q)", f.DefValue)
	}
	return " (default " + f.DefValue + ")"
}

// roff escapes one line of text: backslashes, and hyphens, which roff
// would otherwise set as typographic dashes that do not paste into a shell.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	return strings.ReplaceAll(s, "-", `\-`)
}

// roffText escapes a block of text, keeping its paragraphs and setting
// indented lines (examples) as they are.
func roffText(s string) string {
	var b strings.Builder
	for line := range strings.Lines(strings.TrimSpace(s)) {
		line = strings.TrimRight(line, "\n")
		switch {
		case strings.TrimSpace(line) == "":
			b.WriteString(".PP\n")
		case strings.HasPrefix(line, " "):
			b.WriteString(".nf\n" + `\&` + roff(line) + "\n.fi\n")
		default:
			b.WriteString(`\&` + roff(line) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}
