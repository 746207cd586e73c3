package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/practice"
)

func newFeedbackList(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the feedback rounds with their response counts",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			svc, done, err := feedbackService(env, g, false)
			if err != nil {
				return err
			}
			rounds, err := svc.Rounds()
			done()
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.Stdout, roundsJSON(rounds))
			}
			printRounds(plainOut(env), rounds)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the rounds as a JSON array, oldest first")
	return cmd
}

// roundJSON is a round as 'feedback list --json' writes it.
type roundJSON struct {
	assessment.Round
	Responses int  `json:"responses"`
	Open      bool `json:"open"`
}

func roundsJSON(rounds []practice.RoundInfo) []roundJSON {
	out := make([]roundJSON, len(rounds))
	for i, r := range rounds {
		out[i] = roundJSON{Round: r.Round, Responses: r.Responses, Open: r.Open}
	}
	return out
}

func printRounds(w io.Writer, rounds []practice.RoundInfo) {
	if len(rounds) == 0 {
		fmt.Fprintln(w, "No feedback rounds yet. Run 'leadcheck feedback start' to open one.")
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ROUND\tSTARTED\tCHECK-IN\tRESPONSES\tSTATUS")
	for _, r := range rounds {
		checkIn := r.CheckIn
		if checkIn == "" {
			checkIn = "the next one"
		}
		status := assessment.RoundStatus(r.Open, r.ClosesOn)
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", safetext.Line(r.ID), r.StartedAt.Format(time.DateOnly),
			safetext.Line(checkIn), responsesCell(r.Responses, r.MinResponses()), status)
	}
	tw.Flush()
}

// responsesCell is a round's responses against its minimum, worded as
// the report's first line words them: "5 (at least 3 needed)", where "5
// of 3" would read as more answers than were asked for.
func responsesCell(n, minimum int) string {
	return fmt.Sprintf("%d (at least %d needed)", n, minimum)
}

func newFeedbackReport(env Env, g *globals) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "report [ROUND]",
		Short: "Your scores beside your team's, for a round (the latest by default)",
		Long: `Your scores beside your team's for each dimension and facet, with the gaps
labelled blind spot (you above them beyond the margin), hidden strength (them
above you) or aligned; how much your team agrees; where you and your team
differ most; and the balance as your team sees it.

Below the round's minimum of responses only the count is shown.`,
		Args:              maxArgs(1),
		ValidArgsFunction: completeRounds(env, g),
		RunE: func(cmd *cobra.Command, args []string) error {
			ref, err := roundArg(args)
			if err != nil {
				return err
			}
			svc, done, err := feedbackService(env, g, false)
			if err != nil {
				return err
			}
			rep, err := svc.Report(ref)
			done()
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.Stdout, rep.Report)
			}
			printFeedback(plainOut(env), rep)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the report as JSON")
	return cmd
}

// printFeedback writes the report as text: the count alone below the
// minimum.
func printFeedback(w io.Writer, fr practice.FeedbackReport) {
	rep, q := fr.Report, fr.Questionnaire
	fmt.Fprintf(w, "Feedback round %s: %s (at least %d needed).\n", rep.Round, count(rep.Responses, "response"), rep.Min)
	if rep.Others == nil && !fr.Open {
		fmt.Fprintln(w, assessment.ClosedShortWords())
		return
	}
	if rep.Others == nil {
		fmt.Fprintln(w, assessment.MoreNeededWords(rep.Min-rep.Responses))
		return
	}
	if fr.Self == nil {
		fmt.Fprintln(w, "Your own scores come from your next check-in; until then only your team's are shown.")
	}
	fmt.Fprintln(w)
	// The layout of the history's table, which measures a name in wide
	// characters in terminal cells, as tabwriter would not.
	tw := newTable(5, 1+len(q.Dimensions)+len(q.Facets))
	for _, c := range []string{"", "YOU", "TEAM", "GAP", ""} {
		tw.add(c)
	}
	for _, d := range q.Dimensions {
		for _, c := range []string{safetext.Line(d.Name), assessment.ScoreText(rep.Self[d.ID]),
			othersText(rep.Others[d.ID]), gapText(rep.Self[d.ID], rep.Others[d.ID], rep.Gaps, d.ID), ""} {
			tw.add(c)
		}
		for _, f := range q.FacetsOf(d.ID) {
			v := rep.Facets[f.ID]
			for _, c := range []string{"  " + safetext.Line(f.Name), assessment.ScoreText(v.Self), othersPtrText(v.Others),
				facetGap(v.Self, v.Others, v.Gap), "agreement " + spreadText(v.Agreement)} {
				tw.add(c)
			}
		}
	}
	tw.writeTo(w)
	fmt.Fprintf(w, "\n%s\n", assessment.TeamBalanceWords(rep.Balance.Self, rep.Balance.Others))
	printRoles(w, q, rep)
	printGaps(w, q, rep, fr.Round.Window())
	printComments(w, rep.Comments)
}

// printRoles lists the roles the anonymity rules let the report show on
// their own, in form order.
func printRoles(w io.Writer, q *assessment.Questionnaire, rep assessment.Report) {
	if len(rep.Roles) == 0 {
		return
	}
	fmt.Fprintln(w, "\nBy role (only roles with enough responses to stay anonymous):")
	for _, role := range assessment.Roles {
		v, ok := rep.Roles[role]
		if !ok {
			continue
		}
		var parts []string
		for _, d := range q.Dimensions {
			parts = append(parts, safetext.Line(d.Name)+" "+othersText(v.Others[d.ID]))
		}
		fmt.Fprintf(w, "  %s, %s: %s\n", role.Words(), count(v.Responses, "response"), strings.Join(parts, ", "))
	}
}

// printGaps lists the statements where the leader and the team differ
// most, each in the window the round's form asked about.
func printGaps(w io.Writer, q *assessment.Questionnaire, rep assessment.Report, window assessment.Cadence) {
	items := rep.LargestGaps(5)
	if len(items) == 0 {
		return
	}
	fmt.Fprintln(w, "\nWhere you and your team differ most (you − team, in points):")
	for _, it := range items {
		text := it.Item
		if item, ok := q.Item(it.Item); ok {
			text = assessment.FillWindow(item.Text, window)
		}
		fmt.Fprintf(w, "  %4s  %s\n", signedText(it.Difference), safetext.Line(text))
	}
}

func printComments(w io.Writer, cs []assessment.Comment) {
	if len(cs) == 0 {
		return
	}
	fmt.Fprintln(w, "\nComments, in no particular order:")
	for _, c := range cs {
		who := ""
		if c.Role != "" {
			who = "(" + c.Role.Words() + ") "
		}
		fmt.Fprintf(w, "  - %s%s\n", who, strings.Join(strings.Fields(safetext.Line(c.Text)), " "))
	}
}

func othersText(o assessment.OthersScore) string {
	return assessment.TeamScoreText(&o)
}

func othersPtrText(o *assessment.OthersScore) string {
	return assessment.TeamScoreText(o)
}

func gapText(self assessment.Score, others assessment.OthersScore, gaps map[string]assessment.Gap, id string) string {
	g, ok := gaps[id]
	if !ok {
		return assessment.NoScore
	}
	return facetGap(self, &others, &g)
}

func facetGap(self assessment.Score, others *assessment.OthersScore, g *assessment.Gap) string {
	if g == nil || others == nil {
		return assessment.NoScore
	}
	return assessment.GapText(self, *others, *g)
}

func spreadText(s *assessment.Score) string {
	if s == nil || !s.Valid {
		return assessment.NoScore
	}
	return "±" + assessment.ScoreText(*s) + " points"
}

func signedText(s assessment.Score) string {
	if !s.Valid {
		return assessment.NoScore
	}
	return assessment.Signed(s.Value)
}
