package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/practice"
	"github.com/leadcheck/leadcheck/store"
)

// 'leadcheck feedback': rounds of feedback from the team. The forms
// travel as files; this file holds the parent command, start, form and
// close; add, list and report are in files of their own.

func newFeedback(env Env, g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "feedback",
		Short: "Ask your team for feedback, with forms that travel as files",
		Long: `Ask your team how they see you, on the same statements in their words.

  leadcheck feedback start          open a round and write its form to hand out
  leadcheck feedback answer FORM    fill in a form (for the people you ask)
  leadcheck feedback add DIR        take in the filled-in forms
  leadcheck feedback report         your scores beside theirs

No observer's name, file name or time of arrival is stored, and no score of
theirs is shown before a round has its minimum of responses (3 or more).`,
		Args: noArgs,
	}
	cmd.AddCommand(newFeedbackStart(env, g), newFeedbackForm(env, g), newFeedbackAdd(env, g),
		newFeedbackClose(env, g), newFeedbackList(env, g), newFeedbackReport(env, g), newFeedbackAnswer(env, g))
	return cmd
}

// feedbackService opens the database to write (or only to read) and
// builds the use cases over it; done closes it.
func feedbackService(env Env, g *globals, write bool) (svc *practice.Service, done func(), err error) {
	open := openBothToRead
	if write {
		open = openBoth
	}
	q, s, err := open(env, g)
	if err != nil {
		return nil, nil, err
	}
	return serviceOver(env, q, s, nil, ""), func() { s.Close() }, nil
}

func newFeedbackStart(env Env, g *globals) *cobra.Command {
	var (
		minimum  int
		closes   string
		roles    []string
		separate bool
		out      string
	)
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Open a feedback round and write its form",
		Long: `Open a feedback round, set against your latest check-in (or your next one,
when the latest is older than your cadence), and write the form to hand out:
feedback-<round>.yaml in the current directory unless -o names another file.
An existing file is never replaced.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o, err := roundOptions(env, minimum, closes, roles, separate)
			if err != nil {
				return err
			}
			svc, done, err := feedbackService(env, g, true)
			if err != nil {
				return err
			}
			defer done()
			r, err := svc.PlanRound(o)
			if err != nil {
				return err
			}
			return startRound(env, svc, r, out)
		},
	}
	f := cmd.Flags()
	f.IntVar(&minimum, "min", assessment.DefaultMinResponses, "responses needed before any score of your team is shown (at least 3)")
	f.StringVar(&closes, "closes", "", "last day responses are taken, as YYYY-MM-DD (default: open until 'feedback close')")
	f.StringSliceVar(&roles, "roles", nil, "roles the form offers: direct-report, peer, manager, other (default: all)")
	_ = cmd.RegisterFlagCompletionFunc("roles", cobra.FixedCompletions([]string{"direct-report", "peer", "manager", "other"}, cobra.ShellCompDirectiveNoFileComp))
	f.BoolVar(&separate, "manager-separate", false, "show the manager's answers apart from the others' (the form says so)")
	f.StringVarP(&out, "output", "o", "", "file to write the form to (default feedback-<round>.yaml)")
	return cmd
}

// roundOptions reads start's flags; a wrong value is a usage error.
func roundOptions(env Env, minimum int, closes string, roles []string, separate bool) (assessment.RoundOptions, error) {
	o := assessment.RoundOptions{Min: minimum, ManagerSeparate: separate}
	if minimum < assessment.DefaultMinResponses {
		return o, usagef("--min %d is too low: a round needs at least %d responses, so no one's answers can be singled out", minimum, assessment.DefaultMinResponses)
	}
	if closes != "" {
		d, err := time.ParseInLocation(time.DateOnly, closes, env.Now().Location())
		if err != nil {
			return o, usagef("--closes %q is not a date; write it as YYYY-MM-DD", closes)
		}
		// A day gone by is a value not allowed, as a --date to come is for take.
		if (assessment.Round{ClosesOn: d}).PastClosing(env.Now()) {
			return o, usagef("--closes %s has passed; pick today or a later day", closes)
		}
		o.ClosesOn = d
	}
	for _, s := range roles {
		r, ok := assessment.ParseRole(s)
		if !ok {
			return o, usagef("--roles: %q is not a role; use direct-report, peer, manager or other", s)
		}
		o.Roles = append(o.Roles, r)
	}
	return o, nil
}

// startRound writes the planned round's form, never over a file that is
// there, then saves the round, so a form that cannot be written leaves
// no round behind; and says what to do next.
func startRound(env Env, svc *practice.Service, r assessment.Round, out string) error {
	if out == "" {
		out = "feedback-" + r.ID + ".yaml"
	}
	form, err := svc.FormOf(r, assessment.FormYAML)
	if err == nil {
		err = store.WriteFile(out, form, store.WriteOptions{Keep: true})
	}
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s is there already and is kept; no round was started (name another file with -o)", out)
	}
	if err != nil {
		return fmt.Errorf("cannot write the form to %s: %w; no round was started (name another file with -o)", out, err)
	}
	if err := svc.SaveRound(r); err != nil {
		_ = os.Remove(out) // the form of a round that does not exist would only be refused
		return err
	}
	w := plainOut(env)
	fmt.Fprintf(w, "Started feedback round %s. Its form is in %s.\n", r.ID, out)
	if r.CheckIn != "" {
		fmt.Fprintf(w, "Your team's answers will be set against your check-in %s.\n", r.CheckIn)
	} else if sums, err := svc.Summaries(); err == nil && len(sums) == 0 {
		// With no check-in at all there is no latest to be older than
		// the cadence; the round waits for the first.
		fmt.Fprintln(w, "You have no check-in yet, so your team's answers will be set against your first one (take it with 'leadcheck take' or in the app).")
	} else {
		fmt.Fprintln(w, "Your latest check-in is older than your cadence, so your team's answers will be set against your next one.")
	}
	fmt.Fprintf(w, "Hand the form to the people you ask; no score of theirs is shown before %d responses have come.\n", r.Min)
	fmt.Fprintln(w, "Collect the filled-in forms in one folder, then run 'leadcheck feedback add FOLDER'.")
	return nil
}

func newFeedbackForm(env Env, g *globals) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:               "form [ROUND]",
		Short:             "Print a round's form again (yaml, or md and txt for paper)",
		Args:              maxArgs(1),
		ValidArgsFunction: completeRounds(env, g),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := assessment.ParseFormFormat(format)
			if err != nil {
				return UsageError{err}
			}
			ref, err := roundArg(args)
			if err != nil {
				return err
			}
			svc, done, err := feedbackService(env, g, false)
			if err != nil {
				return err
			}
			_, form, err := svc.Form(ref, f)
			done()
			if err != nil {
				return err
			}
			_, err = plainOut(env).Write(form)
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "yaml", "yaml (to fill in), md or txt (to print)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"yaml", "md", "txt"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func newFeedbackClose(env Env, g *globals) *cobra.Command {
	return &cobra.Command{
		Use:               "close [ROUND]",
		Short:             "Close a round (the latest by default): it takes no more responses",
		Args:              maxArgs(1),
		ValidArgsFunction: completeRounds(env, g),
		RunE: func(cmd *cobra.Command, args []string) error {
			ref, err := roundArg(args)
			if err != nil {
				return err
			}
			svc, done, err := feedbackService(env, g, true)
			if err != nil {
				return err
			}
			defer done()
			r, err := svc.CloseRound(ref)
			if err != nil {
				return err
			}
			fmt.Fprintf(plainOut(env), "Round %s is closed; it takes no more responses.\n", r.ID)
			return nil
		},
	}
}

// roundArg is the round named in args, "" for the latest. One that is
// not written as a round id is a usage error, as a malformed check-in id
// is for show, rather than a round the database does not hold.
func roundArg(args []string) (string, error) {
	if len(args) == 0 {
		return "", nil
	}
	if !assessment.IsRoundID(args[0]) {
		return "", usagef("%q is not a round id: a round id is the day it started, such as 2026-11-30 (2026-11-30-2 for a second that day); 'leadcheck feedback list' shows them", args[0])
	}
	return args[0], nil
}
