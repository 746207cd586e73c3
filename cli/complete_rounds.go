package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
)

// completeRounds completes the one ROUND of the feedback commands with
// the ids of the rounds, newest first, each described by its start and
// whether it still takes responses. Like completeIDs it only reads, and
// gives up at once on a database in use.
func completeRounds(env Env, g *globals) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []cobra.Completion
		for _, r := range roundsToComplete(env, g) {
			if strings.HasPrefix(r.ID, toComplete) {
				out = append(out, cobra.CompletionWithDesc(r.ID, roundDescription(env, r)))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveKeepOrder
	}
}

// roundsToComplete reads the rounds newest first (newestToComplete).
func roundsToComplete(env Env, g *globals) []assessment.Round {
	return newestToComplete(env, g, (*store.Store).Rounds)
}

// roundDescription is "started Mon 30 Nov 2026, open until 2026-12-14",
// its status as the list and the report say it.
func roundDescription(env Env, r assessment.Round) string {
	state := assessment.RoundStatus(r.IsOpen(env.Now()), r.ClosesOn)
	return safetext.Line("started " + r.StartedAt.Format("Mon 2 Jan 2006") + ", " + state)
}
