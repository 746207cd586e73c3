package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"

	"github.com/spf13/cobra"

	"github.com/leadcheck/leadcheck/assessment"
	"github.com/leadcheck/leadcheck/internal/safetext"
	"github.com/leadcheck/leadcheck/store"
)

type calibrateOptions struct {
	asJSON bool
	out    string
	force  bool
}

func newCalibrate(env Env, g *globals) *cobra.Command {
	var o calibrateOptions
	cmd := &cobra.Command{
		Use:   "calibrate EXPORT...",
		Short: "Measure the reference values on many people's exports",
		Long: `Measure the questionnaire's reference values on many people: one export
per person ('leadcheck export'), of which the latest check-in counts. It
needs at least 30 people, all on the questionnaire in use (same id and
statements). Per dimension it prints the SD of the scores and Cronbach's
alpha of its statements with a 95% interval (Feldt); people who skipped a
statement or answered "did not come up" count only where they answered
everything. With -o FILE it writes a copy of the questionnaire with these
reference values and their source; an existing FILE is kept unless --force.`,
		Example: "  leadcheck questions calibrate team/*.json\n  leadcheck questions calibrate team/*.json -o calibrated.yaml",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usagef("%s needs the exports to calibrate on, one file per person", cmd.CommandPath())
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCalibrate(env, g, args, o)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.asJSON, "json", false, `print {"n", "dimensions": {id: {"sd", "alpha", "alpha_low", "alpha_high", "items"}}}`)
	f.StringVarP(&o.out, "output", "o", "", "write a copy of the questionnaire with the measured reference values to FILE")
	f.BoolVar(&o.force, "force", false, "replace FILE when it exists")
	return cmd
}

func runCalibrate(env Env, g *globals, paths []string, o calibrateOptions) error {
	q, err := loadQuestionnaire(env, g)
	if err != nil {
		return err
	}
	people := make([]assessment.Answers, 0, len(paths))
	for _, path := range paths {
		a, err := latestAnswers(env, q, path)
		if err != nil {
			return err
		}
		people = append(people, a)
	}
	c, err := assessment.Calibrate(q, people)
	if err != nil {
		return fmt.Errorf("cannot calibrate: %w", err)
	}
	if o.out != "" {
		if err := writeCalibrated(env, g, q, c, o); err != nil {
			return err
		}
	}
	if o.asJSON {
		return writeJSON(env.Stdout, c)
	}
	printCalibration(plainOut(env), q, c)
	if o.out != "" {
		fmt.Fprintf(plainOut(env), "\nWrote %s; use it with --questions %s.\n", o.out, o.out)
	}
	return nil
}

// latestAnswers reads one person's export and returns the answers of its
// latest check-in, refusing one taken with another questionnaire.
func latestAnswers(env Env, q *assessment.Questionnaire, path string) (assessment.Answers, error) {
	data, source, err := readExport(env, path)
	if err != nil {
		return nil, err
	}
	f, err := store.DecodeExport(source, data)
	if err != nil {
		return nil, fmt.Errorf("cannot calibrate on %s: %w", source, err)
	}
	if len(f.CheckIns) == 0 {
		return nil, fmt.Errorf("%s has no check-ins; leave it out, or export again from a database that has some", source)
	}
	latest := slices.MaxFunc(f.CheckIns, func(a, b assessment.CheckIn) int { return a.TakenAt.Compare(b.TakenAt) })
	if ref := latest.Questionnaire; ref.ID != q.ID || ref.Hash != q.Hash {
		return nil, fmt.Errorf("%s: its latest check-in was taken with questionnaire %s version %d (hash %s), not %s version %d (hash %s) being calibrated; "+
			"calibrate each questionnaire on its own exports (choose it with --questions), or leave this file out",
			source, safetext.Line(ref.ID), ref.Version, safetext.Line(ref.Hash), q.ID, q.Version, q.Hash)
	}
	return latest.Answers, nil
}

// writeCalibrated writes the questionnaire in use with the calibration's
// reference values, through the store's atomic write.
func writeCalibrated(env Env, g *globals, q *assessment.Questionnaire, c assessment.Calibration, o calibrateOptions) error {
	refs, err := c.References(q, assessment.CalibratedSource(c.N, env.Now()))
	if err != nil {
		return fmt.Errorf("nothing written: %w", err)
	}
	data, err := questionnaireBytes(env, g)
	if err != nil {
		return err
	}
	out, err := assessment.WithReferences(data, q, refs)
	if err != nil {
		return err
	}
	err = store.WriteFile(o.out, out, store.WriteOptions{Keep: !o.force})
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists and was kept; choose another file, or add --force to replace it", o.out)
	}
	return err
}

// questionnaireBytes is the text of the questionnaire in use, as
// loadQuestionnaire finds it.
func questionnaireBytes(env Env, g *globals) ([]byte, error) {
	path := g.questions
	if path == "" {
		path = env.Getenv("LEADCHECK_QUESTIONS")
	}
	if path == "" {
		return env.Questions, nil
	}
	return readQuestionnaire(path)
}

func printCalibration(w io.Writer, q *assessment.Questionnaire, c assessment.Calibration) {
	fmt.Fprintf(w, "Calibrated on %d people (the latest check-in of each).\n\n", c.N)
	for _, d := range q.Dimensions {
		dc := c.Dimensions[d.ID]
		fmt.Fprintf(w, "%s (%s, %d statements)\n", d.Name, d.ID, dc.Items)
		fmt.Fprintf(w, "  SD of the scores   %.1f (now %g, %s)\n", dc.SD, d.Reference.SD, safetext.Line(d.Reference.SourceText()))
		fmt.Fprintf(w, "  Cronbach's alpha   %.2f, 95%% interval %.2f to %.2f (now %g)\n", dc.Alpha, dc.AlphaLow, dc.AlphaHigh, d.Reference.Reliability)
		fmt.Fprintf(w, "  Complete answers   %d of %d people\n", dc.Complete, c.N)
	}
}
