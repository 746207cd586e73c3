package cli

import (
	"io"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
)

// Shell completion: check-in ids where a command takes one, the values a
// flag or argument allows, and file names only where a file is meant.

// fileArgs are the commands whose arguments are files or directories.
var fileArgs = []string{"backup", "restore", "import", "calibrate", "add", "answer", "validate"}

// fileFlags are the flags whose value is a file.
var fileFlags = []string{"db", "questions", "answers", "output"}

// cadenceChoices are the cadences offered by completion; any other in
// range is accepted when typed.
var cadenceChoices = []cobra.Completion{
	cobra.CompletionWithDesc("1w", "every week"),
	cobra.CompletionWithDesc("2w", "every 2 weeks"),
	cobra.CompletionWithDesc("4w", "every 4 weeks (the default)"),
	cobra.CompletionWithDesc("6w", "every 6 weeks"),
	cobra.CompletionWithDesc("8w", "every 8 weeks"),
}

// completionLockWait is how long completing an id waits for a database
// the app is writing: a shell must not hang on a key press.
const completionLockWait = 100 * time.Millisecond

// setCompletions fills in what the commands did not say themselves: no
// file names where no file is meant, for arguments and flag values alike.
func setCompletions(cmd *cobra.Command) {
	if cmd.ValidArgsFunction == nil && len(cmd.ValidArgs) == 0 && !slices.Contains(fileArgs, cmd.Name()) {
		cmd.ValidArgsFunction = cobra.NoFileCompletions
	}
	cmd.LocalNonPersistentFlags().VisitAll(func(f *pflag.Flag) {
		noFiles(cmd, f)
	})
	if !cmd.HasParent() {
		cmd.PersistentFlags().VisitAll(func(f *pflag.Flag) { noFiles(cmd, f) })
	}
	for _, sub := range cmd.Commands() {
		setCompletions(sub)
	}
}

// noFiles turns off file names for a flag that takes a value other than
// a file and has no completion of its own.
func noFiles(cmd *cobra.Command, f *pflag.Flag) {
	if f.Value.Type() == "bool" || slices.Contains(fileFlags, f.Name) || f.Name == "help" {
		return
	}
	if _, ok := cmd.GetFlagCompletionFunc(f.Name); ok {
		return
	}
	_ = cmd.RegisterFlagCompletionFunc(f.Name, cobra.NoFileCompletions)
}

// completeIDs completes up to n check-in ids from the summaries, newest
// first, each described by its date and scores. It opens the database
// read-only, so it creates nothing, and gives up at once on a database
// in use. extra are words offered besides the ids (such as latest).
func completeIDs(env Env, g *globals, n int, extra ...string) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) >= n {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, w := range extra {
			if strings.HasPrefix(w, toComplete) && !slices.Contains(args, w) {
				out = append(out, w)
			}
		}
		sums := summariesToComplete(env, g)
		named := namedIDs(sums, args)
		for _, s := range sums {
			if strings.HasPrefix(s.ID, toComplete) && !named[s.ID] {
				out = append(out, cobra.CompletionWithDesc(s.ID, idDescription(s)))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	}
}

// namedIDs are the ids the arguments already typed name, so that
// compare does not offer the check-in it already has for the other side:
// each argument that names exactly one of sums (newest first), as the
// command would take it.
func namedIDs(sums []assessment.Summary, args []string) map[string]bool {
	named := map[string]bool{}
	for _, a := range args {
		if a == store.LatestRef && len(sums) > 0 {
			named[sums[0].ID] = true
			continue
		}
		var match string
		n := 0
		for _, s := range sums {
			if strings.HasPrefix(s.ID, a) {
				match, n = s.ID, n+1
			}
		}
		if n == 1 {
			named[match] = true
		}
	}
	return named
}

// summariesToComplete reads the summaries newest first (newestToComplete).
func summariesToComplete(env Env, g *globals) []assessment.Summary {
	return newestToComplete(env, g, (*store.Store).Summaries)
}

// newestToComplete reads a list with read, newest first, or none when the
// database cannot be read: a completion has nowhere to say why.
func newestToComplete[T any](env Env, g *globals, read func(*store.Store) ([]T, error)) []T {
	quiet := env
	quiet.Stderr = io.Discard
	path, err := dbPath(quiet, g)
	if err != nil {
		return nil
	}
	s, err := store.OpenReadOnly(path, store.WithLockTimeout(completionLockWait))
	if err != nil {
		return nil
	}
	list, err := read(s)
	s.Close()
	if err != nil {
		return nil
	}
	slices.Reverse(list)
	return list
}

// idDescription is "Mon 16 Nov 2026, 09:05, relationships 75, results
// 83": the time as show and compare write it, in the zone the check-in
// was recorded in. The id beside it is in UTC, so a time recorded in
// another zone says which ("Fri 20 Nov 2026, 00:30 UTC+02:00" beside
// 20261119-223000-14), lest the two read as different check-ins.
func idDescription(s assessment.Summary) string {
	when := s.TakenAt.Format(assessment.CheckInLayout)
	if _, offset := s.TakenAt.Zone(); offset != 0 {
		when += " UTC" + s.TakenAt.Format("-07:00")
	}
	parts := []string{when}
	dims := make([]string, 0, len(s.Dimensions))
	for id := range s.Dimensions {
		dims = append(dims, id)
	}
	slices.Sort(dims)
	for _, id := range dims {
		parts = append(parts, id+" "+assessment.ScoreText(s.Dimensions[id]))
	}
	return safetext.Line(strings.Join(parts, ", "))
}
