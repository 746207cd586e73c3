package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
)

func newQuestions(env Env, g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "questions",
		Short: "Check or print a questionnaire",
		Long: `Check or print a questionnaire: the built-in one, or the one named by
--questions or LEADCHECK_QUESTIONS. The format is described in the README.`,
		Args: noArgs,
		// Runnable, so that cobra checks its arguments: a mistyped
		// subcommand is a usage error, not the help and exit 0.
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(&cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a questionnaire file and summarise it (exit 1 on errors)",
		Long: `Check a questionnaire file and print a summary: its dimensions, facets,
statements, reversed statements, profiles and guidance. Every problem is
listed with its line and column. Without FILE, the questionnaire in use is
checked.`,
		Example: "  leadcheck questions validate my-questions.yaml",
		Args:    maxArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var q *assessment.Questionnaire
			var err error
			if len(args) == 1 {
				q, err = parseFile(args[0])
			} else {
				q, err = loadQuestionnaire(env, g)
			}
			if err != nil {
				return err
			}
			summarise(plainOut(env), q)
			return nil
		},
	})
	cmd.AddCommand(&cobra.Command{
		Use:   "show",
		Short: "Print the questionnaire in use, grouped by facet",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			q, err := loadQuestionnaire(env, g)
			if err != nil {
				return err
			}
			show(plainOut(env), q, showWindow(env))
			return nil
		},
	})
	cmd.AddCommand(newCalibrate(env, g))
	return cmd
}

// parseFile reads and checks a questionnaire file, listing every problem.
func parseFile(path string) (*assessment.Questionnaire, error) {
	data, err := readQuestionnaire(path)
	if err != nil {
		return nil, err
	}
	q, err := assessment.Parse(path, data)
	var ve *assessment.ValidationError
	if errors.As(err, &ve) {
		return nil, fmt.Errorf("%s is not valid (%s); fix these and run again:\n%w", path, assessment.Count(len(ve.Problems), "problem", "problems"), err)
	}
	return q, err
}

func summarise(w io.Writer, q *assessment.Questionnaire) {
	fmt.Fprintf(w, "%s: valid\n", q.Source)
	fmt.Fprintf(w, "  \"%s\", id %s, version %d, hash %s\n", safetext.Line(q.Title), q.ID, q.Version, q.Hash)
	fmt.Fprintf(w, "  Scale %d (%s) to %d (%s)\n", q.Scale.Min, safetext.Line(q.Scale.Label(q.Scale.Min)), q.Scale.Max, safetext.Line(q.Scale.Label(q.Scale.Max)))
	reversed, practices, prompts := 0, 0, 0
	for _, d := range q.Dimensions {
		items := q.ItemsIn(d.ID)
		fmt.Fprintf(w, "  %s (%s): %s in %s, %d reversed; reference SD %g, reliability %g (%s)\n",
			safetext.Line(d.Name), d.ID, count(len(items), "statement"), count(len(q.FacetsOf(d.ID)), "facet"), reversedIn(items),
			d.Reference.SD, d.Reference.Reliability, safetext.Line(d.Reference.SourceText()))
		for _, f := range q.FacetsOf(d.ID) {
			fitems := facetItems(q, f.ID)
			fmt.Fprintf(w, "    %s (%s): %s, %d reversed\n", safetext.Line(f.Name), f.ID, count(len(fitems), "statement"), reversedIn(fitems))
			if len(f.Practices) > 0 {
				practices++
			}
			if f.Prompt != "" {
				prompts++
			}
		}
		reversed += reversedIn(items)
	}
	fmt.Fprintf(w, "  %s, %d reversed (%.0f%%)\n", count(len(q.Items), "statement"), reversed, 100*float64(reversed)/float64(len(q.Items)))
	traps := 0
	for _, p := range q.Profiles {
		if p.Trap {
			traps++
		}
	}
	fmt.Fprintf(w, "  %s, %d marked as the trap\n", count(len(q.Profiles), "profile"), traps)
	fmt.Fprintf(w, "  Guidance: practices for %d of %s, reflection prompts for %s\n", practices, count(len(q.Facets), "facet"), count(prompts, "facet"))
}

// showWindow is the cadence the statements are shown in; the default
// when the settings cannot be read, as showing needs no settings.
func showWindow(env Env) assessment.Cadence {
	svc, err := settingsService(env)
	if err != nil {
		return assessment.DefaultCadence
	}
	return statementWindow(svc)
}

// show prints the questionnaire with its statements in the cadence's
// window, as the leader will read them.
func show(w io.Writer, q *assessment.Questionnaire, window assessment.Cadence) {
	fmt.Fprintf(w, "%s\n(%s, version %d)\n\n", safetext.Line(q.Title), q.ID, q.Version)
	fmt.Fprintf(w, "Answer each statement from %d (%s) to %d (%s).\n(R) marks a reversed statement: agreeing with it lowers the score.\n",
		q.Scale.Min, safetext.Line(q.Scale.Label(q.Scale.Min)), q.Scale.Max, safetext.Line(q.Scale.Label(q.Scale.Max)))
	fmt.Fprintln(w)
	for _, d := range q.Dimensions {
		fmt.Fprintf(w, "%s: reference SD %g, reliability %g (%s), margin %s.\n", safetext.Line(d.Name),
			d.Reference.SD, d.Reference.Reliability, safetext.Line(d.Reference.SourceText()), assessment.MarginText(assessment.ScoreMargin(d.Reference)))
	}
	idWidth := 0
	for _, it := range q.Items {
		idWidth = max(idWidth, len(it.ID))
	}
	for _, d := range q.Dimensions {
		fmt.Fprintf(w, "\n%s\n", strings.ToUpper(safetext.Line(d.Name)))
		for _, f := range q.FacetsOf(d.ID) {
			fmt.Fprintf(w, "\n  %s\n", safetext.Line(f.Name))
			for _, it := range facetItems(q, f.ID) {
				mark := "   "
				if it.Reverse {
					mark = "(R)"
				}
				indent := 4 + idWidth + 1 + 3 + 1
				text := ansi.Wrap(assessment.FillWindow(it.Text, window), printWidth-indent, "")
				text = strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", indent))
				fmt.Fprintf(w, "    %-*s %s %s\n", idWidth, it.ID, mark, text)
			}
		}
	}
}

func facetItems(q *assessment.Questionnaire, facet string) []assessment.Item {
	var out []assessment.Item
	for _, it := range q.Items {
		if it.Facet == facet {
			out = append(out, it)
		}
	}
	return out
}

func reversedIn(items []assessment.Item) int {
	n := 0
	for _, it := range items {
		if it.Reverse {
			n++
		}
	}
	return n
}

func count(n int, noun string) string { return assessment.Count(n, noun, noun+"s") }
