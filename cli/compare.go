package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
	"github.com/leadcheck/leadcheck/tui"

	"github.com/leadcheck/leadcheck/practice"
)

func newCompare(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "compare [ID1 [ID2]]",
		Short: "Compare two check-ins: is the change real or noise?",
		Long: `Compare two check-ins: both scores, their difference, and whether each
change is reliable (reliable change index, |RCI| >= 1.96, from each side's
reference SD and reliability in the questionnaire) or within noise; then the
facets and statements that moved most. Statements added, removed or reworded
between questionnaire versions are marked and not compared.

With no ids: the latest check-in against the one before it. With one id:
that check-in against the one before it. With two: ID1 (from) against ID2
(to). Ids may be shortened to any unique beginning, or given as a date
(20261129), the check-in shown on that date.`,
		Example:           "  leadcheck compare\n  leadcheck compare 20260316 20261116 --json",
		Args:              cobra.MatchAll(maxArgs(2), idArgs),
		ValidArgsFunction: completeIDs(env, g, 2, store.LatestRef),
		RunE: func(cmd *cobra.Command, args []string) error {
			q, s, err := openBothToRead(env, g)
			if err != nil {
				return err
			}
			svc := serviceOver(env, q, s, nil, "")
			from, to, err := pickPair(svc, args)
			if err != nil {
				s.Close()
				return err
			}
			c := assessment.Compare(q, side(svc, from), side(svc, to))
			window := statementWindow(svc)
			// Everything is read: print without keeping the database locked.
			s.Close()
			if asJSON {
				return writeJSON(env.Stdout, compareJSON(from, to, c))
			}
			if accessible(env, g) {
				fmt.Fprintln(env.Stdout, safetext.Text(accessibleComparison(q, from, to, c, window)))
				return nil
			}
			th := printTheme(env, g)
			fmt.Fprintln(env.Stdout, printable(env, g, tui.RenderComparison(q, from, to, c, window, printWidth, tui.DefaultStyles(th))))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the comparison as JSON")
	return cmd
}

// pickPair resolves the command's ids to two check-ins.
func pickPair(svc *practice.Service, args []string) (from, to assessment.CheckIn, err error) {
	if len(args) == 2 {
		if from, err = svc.Get(args[0]); err != nil {
			return
		}
		to, err = svc.Get(args[1])
		return
	}
	ref := store.LatestRef
	if len(args) == 1 {
		ref = args[0]
	}
	to, prev, err := svc.WithPrevious(ref)
	switch {
	case err != nil:
		return from, to, err
	case prev == nil:
		return from, to, errors.New("there is no earlier check-in to compare with; take another check-in, or name two ids")
	}
	return *prev, to, nil
}

// side is a check-in as a comparison needs it, with the questionnaire it
// was answered with when the database kept one.
func side(svc *practice.Service, r assessment.CheckIn) assessment.Side {
	return assessment.Side{Questionnaire: svc.AnsweredWith(r), Answers: r.Answers, Dimensions: r.Scores.Dimensions, Facets: r.Scores.Facets}
}

// answeredWith is the questionnaire a check-in was answered with: the
// current one when the hash matches, else the snapshot kept with it. ok is
// false when neither is known and the current one stands in.
func answeredWith(svc *practice.Service, r assessment.CheckIn) (*assessment.Questionnaire, bool) {
	if q := svc.Snapshot(r.Questionnaire.Hash); q != nil {
		return q, true
	}
	return svc.Questionnaire(), false
}
